package org.crm4j.core.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;

/**
 * Customer-service metrics ({@code crm.ticketReports()}), each one aggregate query on the port
 * ({@link TicketReports}), in a fixed order on every adapter. Thread-safe.
 *
 * <p>Business times come from the {@link MeasuredTime}s the ticket service stores when a target is achieved
 * (see {@link Ticket#measured(BusinessCalendar)}): hosts without {@link ServiceLevels} have none, and tickets
 * stored before crm-jpa's V16 migration have none until their next change through the ticket service (a
 * business time cannot be computed in SQL without the calendar). Such tickets are left out of
 * {@link #serviceTimes} and counted by the other reports.
 */
public interface TicketReportService {

    /** The most age bounds {@link #backlog} takes. */
    int MAX_BOUNDS = 100;

    /** The oldest age bound {@link #backlog} takes: 36 500 days. */
    Duration MAX_AGE = Duration.ofDays(36_500);

    /**
     * Creates the service.
     *
     * @param reports      the port
     * @param transactions the transaction port
     * @return the service
     */
    static TicketReportService create(TicketReports reports, Transactions transactions) {
        return new DefaultTicketReportService(reports, transactions);
    }

    /**
     * First-response or resolution times in business seconds (count, mean, median, 90th percentile as defined in
     * {@link ServiceTimeStats}) and SLA attainment (share met), per group, of the tickets whose first response or
     * (last) resolution falls in {@code [from, to)}. Tickets still waiting are not counted (see
     * {@link TicketService#sla} and {@link #backlog}).
     *
     * @param time which target
     * @param by   how to group, see {@link TicketGrouping} for the keys
     * @param from the start of the period, inclusive
     * @param to   the end, exclusive
     * @return one row per non-empty group, in the grouping's order
     * @throws ValidationException {@code time}/{@code by}/{@code from}/{@code to} {@code must not be null};
     *                             {@code to} {@code must not be before from}
     */
    List<ServiceTimeStats> serviceTimes(ServiceTime time, TicketGrouping by, Instant from, Instant to);

    /**
     * The backlog at an instant by age: the tickets unsolved (NEW, OPEN or PENDING) at {@code at}, as their status
     * history says, counted per age bucket. The age is wall-clock time since opening.
     *
     * @param at     the instant (now, or a past one)
     * @param bounds the ages separating the buckets, e.g. {@code [1 day, 3 days, 7 days]} gives
     *               {@code [0, 1d), [1d, 3d), [3d, 7d), [7d, ∞)}
     * @return {@code bounds.size() + 1} buckets, youngest first, empty ones included
     * @throws ValidationException {@code at} {@code must not be null} or {@code must be between 1600-01-01 and
     *                             9999-12-31}; {@code bounds} {@code must not be null} or
     *                             {@code must hold 1 to 100 ages}; {@code bounds[i]} {@code must not be null},
     *                             {@code must be > 0}, {@code must be greater than bounds[i-1]} or
     *                             {@code must be at most 36500 days}
     */
    List<BacklogBucket> backlog(Instant at, List<Duration> bounds);

    /**
     * Complaint categories over time: the tickets opened in {@code [from, to)} per UTC month and category.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return non-empty (month, category) rows, by month then category in code point order
     * @throws ValidationException {@code from}/{@code to} {@code must not be null}; {@code to}
     *                             {@code must not be before from}
     */
    List<CategoryMonth> categoriesByMonth(Instant from, Instant to);

    /**
     * Reopen rate per UTC month of opening, over the tickets opened in {@code [from, to)}: how many have been
     * resolved at least once, how many of those were reopened.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return one row per month with a ticket opened in the period, oldest first
     * @throws ValidationException {@code from}/{@code to} {@code must not be null}; {@code to}
     *                             {@code must not be before from}
     */
    List<ReopenRate> reopenRates(Instant from, Instant to);
}
