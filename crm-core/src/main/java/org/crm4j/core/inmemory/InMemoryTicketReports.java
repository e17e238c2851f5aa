package org.crm4j.core.inmemory;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.ticket.BacklogBucket;
import org.crm4j.core.ticket.CategoryMonth;
import org.crm4j.core.ticket.MeasuredTime;
import org.crm4j.core.ticket.ReopenRate;
import org.crm4j.core.ticket.ServiceTime;
import org.crm4j.core.ticket.ServiceTimeStats;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketGrouping;
import org.crm4j.core.ticket.TicketReports;
import org.crm4j.core.ticket.TicketStatus;
import org.crm4j.core.ticket.TicketStatusChange;

/** {@link TicketReports} over the store's tickets: the reference semantics the SQL adapters reproduce. */
final class InMemoryTicketReports implements TicketReports {

    private final InMemoryStore store;

    InMemoryTicketReports(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<ServiceTimeStats> serviceTimes(ServiceTime time, TicketGrouping by, Instant from, Instant to) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(by, "by");
        return store.locked(() -> {
            Map<String, List<MeasuredTime>> groups = new HashMap<>();
            for (Ticket ticket : store.tickets.values()) {
                Optional<MeasuredTime> measured = time == ServiceTime.FIRST_RESPONSE ? ticket.firstResponseTime()
                        : ticket.resolutionTime();
                Optional<Instant> at = time == ServiceTime.FIRST_RESPONSE ? ticket.firstResponseAt()
                        : ticket.resolvedAt();
                if (measured.isEmpty() || at.get().isBefore(from) || !at.get().isBefore(to)) {
                    continue;
                }
                groups.computeIfAbsent(key(ticket, by, at.get()), k -> new ArrayList<>()).add(measured.get());
            }
            List<ServiceTimeStats> result = new ArrayList<>(groups.size());
            groups.forEach((key, times) -> {
                long[] seconds = times.stream().mapToLong(MeasuredTime::seconds).sorted().toArray();
                long met = times.stream().filter(MeasuredTime::met).count();
                result.add(ServiceTimeStats.of(key, seconds.length, Arrays.stream(seconds).sum(), met,
                        rank -> seconds[(int) rank]));
            });
            return result;
        });
    }

    private static String key(Ticket ticket, TicketGrouping by, Instant at) {
        return switch (by) {
            case ALL -> "";
            case PRIORITY -> ticket.priority().name();
            case CATEGORY -> ticket.category();
            case TEAM -> ticket.team().orElse("");
            case MONTH -> YearMonth.from(at.atOffset(ZoneOffset.UTC)).toString();
        };
    }

    @Override
    public List<BacklogBucket> backlog(Instant at, List<Duration> bounds) {
        Objects.requireNonNull(at, "at");
        return store.locked(() -> {
            long[] counts = new long[bounds.size() + 1];
            for (Ticket ticket : store.tickets.values()) {
                if (ticket.createdAt().isAfter(at) || solvedAt(ticket, at)) {
                    continue;
                }
                Duration age = Duration.between(ticket.createdAt(), at);
                int bucket = 0;
                while (bucket < bounds.size() && age.compareTo(bounds.get(bucket)) >= 0) {
                    bucket++;
                }
                counts[bucket]++;
            }
            List<BacklogBucket> result = new ArrayList<>(counts.length);
            for (int i = 0; i < counts.length; i++) {
                result.add(new BacklogBucket(i == 0 ? Duration.ZERO : bounds.get(i - 1),
                        i == bounds.size() ? Optional.empty() : Optional.of(bounds.get(i)), counts[i]));
            }
            return result;
        });
    }

    private static boolean solvedAt(Ticket ticket, Instant at) {
        int solved = 0;
        for (TicketStatusChange change : ticket.statusHistory()) {
            if (change.at().isAfter(at)) {
                continue;
            }
            if (change.to() == TicketStatus.RESOLVED) {
                solved++;
            } else if (change.from() == TicketStatus.RESOLVED && change.to() == TicketStatus.OPEN) {
                solved--;
            }
        }
        return solved > 0;
    }

    @Override
    public List<CategoryMonth> categoriesByMonth(Instant from, Instant to) {
        return store.locked(() -> {
            Map<List<Object>, Long> counts = new HashMap<>();
            for (Ticket ticket : store.tickets.values()) {
                if (opened(ticket, from, to)) {
                    counts.merge(List.of(month(ticket.createdAt()), ticket.category()), 1L, Long::sum);
                }
            }
            List<CategoryMonth> result = new ArrayList<>(counts.size());
            counts.forEach((key, n) -> result.add(new CategoryMonth((YearMonth) key.get(0), (String) key.get(1), n)));
            return result;
        });
    }

    @Override
    public List<ReopenRate> reopenRates(Instant from, Instant to) {
        return store.locked(() -> {
            Map<YearMonth, long[]> counts = new HashMap<>();
            for (Ticket ticket : store.tickets.values()) {
                if (!opened(ticket, from, to)) {
                    continue;
                }
                long[] c = counts.computeIfAbsent(month(ticket.createdAt()), m -> new long[2]);
                boolean reopened = ticket.reopens() > 0;
                if (ticket.resolution().isPresent() || reopened) {
                    c[0]++;
                }
                if (reopened) {
                    c[1]++;
                }
            }
            List<ReopenRate> result = new ArrayList<>(counts.size());
            counts.forEach((month, c) -> result.add(new ReopenRate(month, c[0], c[1])));
            return result;
        });
    }

    private static boolean opened(Ticket ticket, Instant from, Instant to) {
        return !ticket.createdAt().isBefore(from) && ticket.createdAt().isBefore(to);
    }

    private static YearMonth month(Instant at) {
        return YearMonth.from(at.atOffset(ZoneOffset.UTC));
    }
}
