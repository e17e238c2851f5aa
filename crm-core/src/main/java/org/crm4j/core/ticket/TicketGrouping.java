package org.crm4j.core.ticket;

/**
 * How {@link TicketReportService#serviceTimes} groups the measured tickets, and the text of each group's
 * {@link ServiceTimeStats#group()}.
 */
public enum TicketGrouping {
    /** One group of all tickets; key {@code ""}. */
    ALL,
    /** By the ticket's priority now; key the {@link TicketPriority} name, groups in the enum's order. */
    PRIORITY,
    /** By category; key the category, groups in code point order. */
    CATEGORY,
    /** By the team the ticket is assigned to now; key the team, {@code ""} for no team; code point order. */
    TEAM,
    /**
     * By the UTC month of the measured event (first response or resolution); key {@code yyyy-MM} as
     * {@link java.time.YearMonth#toString()}, oldest first.
     */
    MONTH
}
