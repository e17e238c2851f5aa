package org.crm4j.core.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The reporting port of customer service: aggregates over the stored tickets, computed where they are stored (a
 * SQL {@code GROUP BY} or window query on crm-jpa, never by loading tickets). Periods are half-open
 * {@code [from, to)} of {@link Instant}s, months are UTC months. Arguments arrive checked by
 * {@link TicketReportService}; results may come in any order (the service sorts them). Calls join the running
 * transaction.
 *
 * <p>Tickets stored without measures ({@link Ticket#firstResponseTime()}, {@link Ticket#resolutionTime()} empty:
 * no SLA targets, or stored before the measures existed and not changed since) are left out of
 * {@link #serviceTimes}; every other report counts them.
 */
public interface TicketReports {

    /**
     * @param time which measure
     * @param by   the grouping
     * @param from the start of the period of the measured event (first response, resolution), inclusive
     * @param to   its end, exclusive
     * @return one row per non-empty group, built with {@link ServiceTimeStats#of}
     */
    List<ServiceTimeStats> serviceTimes(ServiceTime time, TicketGrouping by, Instant from, Instant to);

    /**
     * A ticket is unsolved at {@code at} if it was opened at or before {@code at} and, counting its status moves at
     * or before {@code at}, it has not been resolved more often than reopened (CLOSED follows RESOLVED only).
     *
     * @param at     the instant
     * @param bounds the ages separating the buckets, positive, strictly increasing
     * @return {@code bounds.size() + 1} buckets {@code [0, b0), [b0, b1), ..., [b_last, ∞)} of the unsolved
     *         tickets by age {@code at - createdAt}, in that order, empty ones included
     */
    List<BacklogBucket> backlog(Instant at, List<Duration> bounds);

    /**
     * @param from the start of the opening times, inclusive
     * @param to   the end, exclusive
     * @return the tickets opened in the period per UTC month and category, non-empty ones only
     */
    List<CategoryMonth> categoriesByMonth(Instant from, Instant to);

    /**
     * A ticket has been resolved at least once if it is RESOLVED or CLOSED now or has been reopened; reopened if
     * its history holds a move RESOLVED to OPEN.
     *
     * @param from the start of the opening times, inclusive
     * @param to   the end, exclusive
     * @return per UTC month of opening with at least one ticket opened in the period: resolved and reopened counts
     */
    List<ReopenRate> reopenRates(Instant from, Instant to);
}
