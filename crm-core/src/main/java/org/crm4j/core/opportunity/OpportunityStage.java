package org.crm4j.core.opportunity;

/**
 * The stages of an opportunity. The four open stages may follow each other in any order (a deal can fall back
 * from NEGOTIATION to PROPOSAL); CLOSED_WON and CLOSED_LOST are final.
 */
public enum OpportunityStage {
    /** A possible deal has been spotted. */
    PROSPECTING,
    /** Need, budget and decision maker are being checked. */
    QUALIFICATION,
    /** An offer has been made. */
    PROPOSAL,
    /** Terms are being negotiated. */
    NEGOTIATION,
    /** The customer bought (final). */
    CLOSED_WON,
    /** The deal is off (final, with a reason). */
    CLOSED_LOST;

    /** @return whether the stage is CLOSED_WON or CLOSED_LOST */
    public boolean closed() {
        return this == CLOSED_WON || this == CLOSED_LOST;
    }
}
