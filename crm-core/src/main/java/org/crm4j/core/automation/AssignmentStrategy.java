package org.crm4j.core.automation;

/** How a team's new tickets are shared among its members. */
public enum AssignmentStrategy {
    /** In turn, in the order of {@link Team#members()}; the turn is stored, so it carries over between runs. */
    ROUND_ROBIN,
    /** To the member with the fewest NEW, OPEN or PENDING tickets (ties: the first in {@link Team#members()}). */
    LEAST_LOADED
}
