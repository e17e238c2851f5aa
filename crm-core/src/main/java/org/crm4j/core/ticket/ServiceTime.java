package org.crm4j.core.ticket;

/** The two SLA targets whose business times {@link TicketReportService#serviceTimes} aggregates. */
public enum ServiceTime {
    /**
     * From the opening to the first agent reply ({@link Ticket#firstResponseTime()}); a ticket counts in the period
     * of its first response.
     */
    FIRST_RESPONSE,
    /**
     * From the opening to the (last) resolution, the clock paused while PENDING and between a resolution and a
     * reopen ({@link Ticket#resolutionTime()}); a ticket counts in the period of its resolution.
     */
    RESOLUTION
}
