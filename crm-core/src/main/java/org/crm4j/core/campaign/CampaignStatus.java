package org.crm4j.core.campaign;

/**
 * Where a {@link Campaign} stands on a given day. PLANNED before its start date, RUNNING from its start date to
 * its end date (both inclusive), FINISHED after its end date or once finished early, CANCELLED once cancelled.
 */
public enum CampaignStatus {
    /** The campaign has not started yet. */
    PLANNED,
    /** The campaign is under way. */
    RUNNING,
    /** The campaign is over. */
    FINISHED,
    /** The campaign was called off. */
    CANCELLED;

    /**
     * Tells whether the campaign can no longer change (finished or cancelled).
     *
     * @return true for FINISHED and CANCELLED
     */
    public boolean isClosed() {
        return this == FINISHED || this == CANCELLED;
    }
}
