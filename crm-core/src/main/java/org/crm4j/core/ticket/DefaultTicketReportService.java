package org.crm4j.core.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;

/** The service metrics over the port, checked and sorted here so that every adapter answers alike. */
final class DefaultTicketReportService implements TicketReportService {

    private static final Comparator<CategoryMonth> CATEGORY_ORDER = Comparator.comparing(CategoryMonth::month)
            .thenComparing(CategoryMonth::category);
    private static final Comparator<ServiceTimeStats> PRIORITY_ORDER = Comparator
            .comparing(s -> TicketPriority.valueOf(s.group()));
    private static final Comparator<ServiceTimeStats> KEY_ORDER = Comparator.comparing(ServiceTimeStats::group);

    private final TicketReports reports;
    private final Transactions transactions;

    DefaultTicketReportService(TicketReports reports, Transactions transactions) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public List<ServiceTimeStats> serviceTimes(ServiceTime time, TicketGrouping by, Instant from, Instant to) {
        Require.nonNull("time", time);
        Require.nonNull("by", by);
        Require.period("from", from, "to", to);
        List<ServiceTimeStats> rows = new ArrayList<>(transactions.inTransaction(
                () -> reports.serviceTimes(time, by, from, to)));
        rows.sort(by == TicketGrouping.PRIORITY ? PRIORITY_ORDER : KEY_ORDER);
        return List.copyOf(rows);
    }

    @Override
    public List<BacklogBucket> backlog(Instant at, List<Duration> bounds) {
        Require.storable("at", Require.nonNull("at", at));
        Require.nonNull("bounds", bounds);
        if (bounds.isEmpty() || bounds.size() > MAX_BOUNDS) {
            throw new ValidationException("bounds", "must hold 1 to " + MAX_BOUNDS + " ages", bounds.size());
        }
        List<Duration> checked = new ArrayList<>(bounds.size());
        for (int i = 0; i < bounds.size(); i++) {
            String field = "bounds[" + i + "]";
            Duration bound = Require.nonNull(field, bounds.get(i));
            if (bound.isNegative() || bound.isZero()) {
                throw new ValidationException(field, Require.POSITIVE, bound);
            }
            if (i > 0 && bound.compareTo(checked.get(i - 1)) <= 0) {
                throw new ValidationException(field, "must be greater than bounds[" + (i - 1) + "]", bound);
            }
            if (bound.compareTo(MAX_AGE) > 0) {
                throw new ValidationException(field, "must be at most 36500 days", bound);
            }
            checked.add(bound);
        }
        List<Duration> copy = List.copyOf(checked);
        return List.copyOf(transactions.inTransaction(() -> reports.backlog(at, copy)));
    }

    @Override
    public List<CategoryMonth> categoriesByMonth(Instant from, Instant to) {
        Require.period("from", from, "to", to);
        List<CategoryMonth> rows = new ArrayList<>(transactions.inTransaction(
                () -> reports.categoriesByMonth(from, to)));
        rows.sort(CATEGORY_ORDER);
        return List.copyOf(rows);
    }

    @Override
    public List<ReopenRate> reopenRates(Instant from, Instant to) {
        Require.period("from", from, "to", to);
        List<ReopenRate> rows = new ArrayList<>(transactions.inTransaction(() -> reports.reopenRates(from, to)));
        rows.sort(Comparator.comparing(ReopenRate::month));
        return List.copyOf(rows);
    }
}
