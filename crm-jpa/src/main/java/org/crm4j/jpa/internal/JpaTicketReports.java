package org.crm4j.jpa.internal;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.TransientException;
import org.crm4j.core.ticket.BacklogBucket;
import org.crm4j.core.ticket.CategoryMonth;
import org.crm4j.core.ticket.ReopenRate;
import org.crm4j.core.ticket.ServiceTime;
import org.crm4j.core.ticket.ServiceTimeStats;
import org.crm4j.core.ticket.TicketGrouping;
import org.crm4j.core.ticket.TicketReports;
import org.hibernate.query.NativeQuery;

/**
 * {@link TicketReports} in SQL over the measure columns of {@code crm_ticket} (V16): {@code GROUP BY} for counts.
 * Business times: per group the count, sum and met count by {@code GROUP BY}, then the order statistics at the
 * ranks {@link ServiceTimeStats#ranks(long)} names, each read by an {@code ORDER BY seconds} with offset and limit
 * that V24's index on (group key, seconds, event time, met) answers by walking the group's entries in order (no
 * sort); the interpolation is the core's, exactly as in memory. Tickets are never loaded.
 */
final class JpaTicketReports implements TicketReports {

    /** How often {@link #serviceTimes} reads a period whose groups change while they are read. */
    private static final int ATTEMPTS = 3;

    private final JpaTransactions tx;

    JpaTicketReports(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<ServiceTimeStats> serviceTimes(ServiceTime time, TicketGrouping by, Instant from, Instant to) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(by, "by");
        boolean first = time == ServiceTime.FIRST_RESPONSE;
        String at = first ? "t.first_response_at" : "t.resolved_at";
        String seconds = first ? "t.first_response_seconds" : "t.resolution_seconds";
        String met = first ? "t.first_response_met" : "t.resolution_met";
        String key = switch (by) {
            case ALL -> null;
            case PRIORITY -> "t.priority";
            case CATEGORY -> "t.category";
            case TEAM -> "t.team";
            case MONTH -> first ? "t.first_response_month" : "t.resolution_month";
        };
        String measured = " FROM crm_ticket t WHERE " + at + " >= ?1 AND " + at + " < ?2 AND " + seconds
                + " IS NOT NULL";
        String counts = "SELECT " + (key == null ? "0" : key) + " AS g, COUNT(*) AS cnt, SUM(" + seconds
                + ") AS total, SUM(CASE WHEN " + met + " THEN 1 ELSE 0 END) AS met" + measured
                + (key == null ? "" : " GROUP BY " + key);
        Class<?> keyType = by == TicketGrouping.MONTH || key == null ? Long.class : String.class;
        return tx.withEntityManager(em -> {
            // the counts and the picks are separate statements: under READ COMMITTED a concurrent change may
            // shrink a group in between, which a pick notices (fewer rows than asked); then read them again
            for (int attempt = 1; ; attempt++) {
                List<ServiceTimeStats> result = serviceTimes(em, by, key, counts, keyType, seconds, measured, from,
                        to);
                if (result != null) {
                    return result;
                }
                if (attempt == ATTEMPTS) {
                    throw new TransientException("ticket business times changed while they were read, "
                            + ATTEMPTS + " times", null);
                }
            }
        });
    }

    /** @return the groups' statistics, or null if a group had fewer times than counted when its picks ran */
    private static List<ServiceTimeStats> serviceTimes(EntityManager em, TicketGrouping by, String key,
            String counts, Class<?> keyType, String seconds, String measured, Instant from, Instant to) {
        List<Object[]> rows = scalars(em.createNativeQuery(counts), "g", keyType, "cnt", "total", "met")
                .setParameter(1, Sql.micros(from)).setParameter(2, Sql.micros(to)).getResultList();
        List<ServiceTimeStats> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long count = (Long) row[1];
            if (count == 0) {
                continue; // ALL over an empty period: no group
            }
            Object value = key == null ? null : row[0];
            String picks = "SELECT " + seconds + " AS secs" + measured + (key == null ? ""
                    : value == null ? " AND " + key + " IS NULL" : " AND " + key + " = ?3");
            long[] ranks = ServiceTimeStats.ranks(count);
            Map<Long, Long> sorted = new HashMap<>();
            if (!orderStatistics(em, picks, value, from, to, count, ranks[0], ranks[1], sorted)
                    || !orderStatistics(em, picks, value, from, to, count, ranks[2], ranks[3], sorted)) {
                return null;
            }
            String group = switch (by) {
                case ALL -> "";
                case MONTH -> month((Long) value).toString();
                default -> value == null ? "" : (String) value;
            };
            result.add(ServiceTimeStats.of(group, count, (Long) row[2], (Long) row[3], sorted::get));
        }
        return result;
    }

    /**
     * Reads the business times at the 0-based ranks {@code lo..hi} of one group's sorted times into
     * {@code sorted}: an ordered walk over the group's index entries (V24) from the nearer end, so the median
     * costs half a group's entries and the 90th percentile a tenth. Equal times are interchangeable, so the
     * order among them does not matter.
     *
     * @return whether all were read (false: the group has fewer times than {@code count} now)
     */
    private static boolean orderStatistics(EntityManager em, String picks, Object key, Instant from, Instant to,
                                        long count, long lo, long hi, Map<Long, Long> sorted) {
        boolean fromTop = count - 1 - hi < lo;
        long offset = fromTop ? count - 1 - hi : lo;
        NativeQuery<?> query = em.createNativeQuery(picks + " ORDER BY secs" + (fromTop ? " DESC" : ""))
                .unwrap(NativeQuery.class).addScalar("secs", Long.class)
                .setParameter(1, Sql.micros(from)).setParameter(2, Sql.micros(to));
        if (key != null) {
            query.setParameter(3, key instanceof Long month ? (Object) month.intValue() : key);
        }
        List<?> values = query.setFirstResult(Math.toIntExact(offset)).setMaxResults((int) (hi - lo + 1))
                .getResultList();
        for (int i = 0; i < values.size(); i++) {
            sorted.put(fromTop ? hi - i : lo + i, ((Number) values.get(i)).longValue());
        }
        return values.size() == hi - lo + 1;
    }

    @Override
    public List<BacklogBucket> backlog(Instant at, List<Duration> bounds) {
        Objects.requireNonNull(at, "at");
        StringBuilder bucket = new StringBuilder("CASE");
        for (int i = 0; i < bounds.size(); i++) {
            bucket.append(" WHEN t.created_at > ?").append(i + 2).append(" THEN ").append(i);
        }
        bucket.append(" ELSE ").append(bounds.size()).append(" END");
        // never reopened: unsolved at ?1 unless resolved by then; reopened (rare): count its moves up to ?1
        String sql = "SELECT x.b AS b, COUNT(*) AS n FROM (SELECT " + bucket + " AS b FROM crm_ticket t"
                + " WHERE t.created_at <= ?1 AND ((t.reopen_count = 0 AND (t.resolved_at IS NULL OR t.resolved_at > ?1))"
                + " OR (t.reopen_count > 0 AND COALESCE((SELECT SUM(CASE WHEN h.current_status = 'RESOLVED' THEN 1"
                + " WHEN h.previous_status = 'RESOLVED' AND h.current_status = 'OPEN' THEN -1 ELSE 0 END)"
                + " FROM crm_ticket_status_change h WHERE h.ticket_id = t.id AND h.changed_at <= ?1), 0) <= 0))) x"
                + " GROUP BY x.b";
        return tx.withEntityManager(em -> {
            NativeQuery<Object[]> query = scalars(em.createNativeQuery(sql), "b", Long.class, "n")
                    .setParameter(1, Sql.micros(at));
            for (int i = 0; i < bounds.size(); i++) {
                query.setParameter(i + 2, Sql.micros(at.minus(bounds.get(i))));
            }
            long[] counts = new long[bounds.size() + 1];
            for (Object[] row : query.getResultList()) {
                counts[((Long) row[0]).intValue()] = (Long) row[1];
            }
            List<BacklogBucket> result = new ArrayList<>(counts.length);
            for (int i = 0; i < counts.length; i++) {
                result.add(new BacklogBucket(i == 0 ? Duration.ZERO : bounds.get(i - 1),
                        i == bounds.size() ? Optional.empty() : Optional.of(bounds.get(i)), counts[i]));
            }
            return result;
        });
    }

    @Override
    public List<CategoryMonth> categoriesByMonth(Instant from, Instant to) {
        String sql = "SELECT t.created_month AS m, t.category AS c, COUNT(*) AS n FROM crm_ticket t"
                + " WHERE t.created_at >= ?1 AND t.created_at < ?2 GROUP BY t.created_month, t.category";
        return tx.withEntityManager(em -> {
            List<Object[]> rows = scalars(em.createNativeQuery(sql), "m", Long.class, "c", String.class, "n")
                    .setParameter(1, Sql.micros(from)).setParameter(2, Sql.micros(to)).getResultList();
            List<CategoryMonth> result = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                result.add(new CategoryMonth(month((Long) row[0]), (String) row[1], (Long) row[2]));
            }
            return result;
        });
    }

    @Override
    public List<ReopenRate> reopenRates(Instant from, Instant to) {
        String sql = "SELECT t.created_month AS m,"
                + " SUM(CASE WHEN t.resolved_at IS NOT NULL OR t.reopen_count > 0 THEN 1 ELSE 0 END) AS resolved,"
                + " SUM(CASE WHEN t.reopen_count > 0 THEN 1 ELSE 0 END) AS reopened FROM crm_ticket t"
                + " WHERE t.created_at >= ?1 AND t.created_at < ?2 GROUP BY t.created_month";
        return tx.withEntityManager(em -> {
            List<Object[]> rows = scalars(em.createNativeQuery(sql), "m", Long.class, "resolved", "reopened")
                    .setParameter(1, Sql.micros(from)).setParameter(2, Sql.micros(to)).getResultList();
            List<ReopenRate> result = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                result.add(new ReopenRate(month((Long) row[0]), (Long) row[1], (Long) row[2]));
            }
            return result;
        });
    }

    private static YearMonth month(long yearMonth) {
        return YearMonth.of((int) (yearMonth / 100), (int) (yearMonth % 100));
    }

    /**
     * Declares the scalar columns of a native query: a name followed by its type, or by nothing for {@code Long}.
     */
    @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
    private static NativeQuery<Object[]> scalars(jakarta.persistence.Query query, Object... columns) {
        NativeQuery<Object[]> nativeQuery = query.unwrap(NativeQuery.class);
        for (int i = 0; i < columns.length; i++) {
            String name = (String) columns[i];
            Class<?> type = Long.class;
            if (i + 1 < columns.length && columns[i + 1] instanceof Class<?> given) {
                type = given;
                i++;
            }
            nativeQuery.addScalar(name, type);
        }
        return nativeQuery;
    }
}
