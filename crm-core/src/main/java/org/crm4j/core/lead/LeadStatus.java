package org.crm4j.core.lead;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lead stands. A lead moves forward NEW → CONTACTED → QUALIFIED, may be converted from any of these three
 * (by {@link LeadService#convert}), or disqualified from any of them; CONVERTED and DISQUALIFIED are final.
 */
public enum LeadStatus {
    /** Just entered, nobody has talked to the person yet. */
    NEW,
    /** Somebody has talked to the person. */
    CONTACTED,
    /** The person has a need, a budget and the authority to buy. */
    QUALIFIED,
    /** Became a customer (final). */
    CONVERTED,
    /** Will not become a customer, for a recorded reason (final). */
    DISQUALIFIED;

    /** @return whether the lead is still being worked on: NEW, CONTACTED or QUALIFIED */
    public boolean open() {
        return this == NEW || this == CONTACTED || this == QUALIFIED;
    }

    /** @return the statuses a lead in this status may move to; empty for the final ones */
    public Set<LeadStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(CONTACTED, QUALIFIED, CONVERTED, DISQUALIFIED);
            case CONTACTED -> EnumSet.of(QUALIFIED, CONVERTED, DISQUALIFIED);
            case QUALIFIED -> EnumSet.of(CONVERTED, DISQUALIFIED);
            case CONVERTED, DISQUALIFIED -> EnumSet.noneOf(LeadStatus.class);
        };
    }

    /**
     * @param target a status
     * @return whether a lead in this status may move to {@code target}
     */
    public boolean canMoveTo(LeadStatus target) {
        return next().contains(target);
    }

    /** @return the rule a refused move from this status breaks: {@code "must move from NEW to one of [...]"} */
    public String moveRule() {
        return next().isEmpty() ? "must not move from " + this + " (final)"
                : "must move from " + this + " to one of " + next();
    }
}
