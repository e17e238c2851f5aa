package org.crm4j.jpa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.timeline.TimelineEntry;
import org.crm4j.core.timeline.TimelineKind;
import org.crm4j.core.timeline.TimelineReader;
import org.hibernate.query.NativeQuery;

/**
 * {@link TimelineReader} on SQL: one query per source, each in the timeline's order restricted to that source and
 * cut at the limit by the database (the indexes {@code ix_activity_timeline}, {@code ix_sale_customer_time},
 * {@code ix_opportunity_customer}, {@code ix_campaign_member_customer}, {@code ix_ticket_customer},
 * {@code ix_survey_invitation_customer} find the customer's rows), merged here.
 */
final class JpaTimelineReader implements TimelineReader {

    private static final String ACTIVITIES = "SELECT a.timeline_at AS at, a.type AS kind, a.id AS source, 0 AS seq,"
            + " a.subject AS summary FROM crm_activity a WHERE a.customer_id = ?1"
            + " ORDER BY a.timeline_at DESC, a.id";
    private static final String SALES = "SELECT s.sold_at AS at, CASE WHEN s.return_of IS NULL THEN 'SALE'"
            + " ELSE 'RETURN' END AS kind, s.id AS source, ABS(s.quantity) AS seq, p.sku AS summary"
            + " FROM crm_sale s JOIN crm_product p ON p.id = s.product_id WHERE s.customer_id = ?1"
            + " ORDER BY s.sold_at DESC, s.id";
    private static final String STAGE_CHANGES = "SELECT h.changed_at AS at, h.previous_stage AS kind,"
            + " o.id AS source, h.seq AS seq, o.name AS summary, h.current_stage AS current_stage"
            + " FROM crm_opportunity o JOIN crm_opportunity_stage_change h ON h.opportunity_id = o.id"
            + " WHERE o.customer_id = ?1 ORDER BY h.changed_at DESC, o.id, h.seq";
    private static final String RESPONSES = "SELECT m.responded_at AS at, 'CAMPAIGN_RESPONSE' AS kind,"
            + " c.id AS source, 0 AS seq, c.name AS summary FROM crm_campaign_member m"
            + " JOIN crm_campaign c ON c.id = m.campaign_id WHERE m.customer_id = ?1 AND m.responded_at IS NOT NULL"
            + " ORDER BY m.responded_at DESC, c.id";
    private static final String CONVERSIONS = "SELECT m.converted_at AS at, 'CAMPAIGN_CONVERSION' AS kind,"
            + " c.id AS source, 0 AS seq, c.name AS summary FROM crm_campaign_member m"
            + " JOIN crm_campaign c ON c.id = m.campaign_id WHERE m.customer_id = ?1 AND m.converted_at IS NOT NULL"
            + " ORDER BY m.converted_at DESC, c.id";
    private static final String TICKETS_OPENED = "SELECT t.created_at AS at, 'TICKET_OPENED' AS kind,"
            + " t.id AS source, 0 AS seq, t.subject AS summary FROM crm_ticket t WHERE t.customer_id = ?1"
            + " ORDER BY t.created_at DESC, t.id";
    private static final String TICKETS_RESOLVED = "SELECT h.changed_at AS at, 'TICKET_RESOLVED' AS kind,"
            + " t.id AS source, h.seq + 1 AS seq, t.subject AS summary FROM crm_ticket t"
            + " JOIN crm_ticket_status_change h ON h.ticket_id = t.id"
            + " WHERE t.customer_id = ?1 AND h.current_status = 'RESOLVED'"
            + " ORDER BY h.changed_at DESC, t.id, h.seq";
    private static final String SURVEY_ANSWERS = "SELECT i.answered_at AS at, 'SURVEY_ANSWER' AS kind,"
            + " i.id AS source, 0 AS seq, s.name AS summary, i.csat AS csat, i.nps AS nps"
            + " FROM crm_survey_invitation i JOIN crm_survey s ON s.id = i.survey_id"
            + " WHERE i.customer_id = ?1 AND i.answered_at IS NOT NULL ORDER BY i.answered_at DESC, i.id";
    private static final String COUNT = "SELECT"
            + " (SELECT COUNT(*) FROM crm_activity a WHERE a.customer_id = ?1)"
            + " + (SELECT COUNT(*) FROM crm_sale s WHERE s.customer_id = ?1)"
            + " + (SELECT COUNT(*) FROM crm_opportunity o JOIN crm_opportunity_stage_change h"
            + " ON h.opportunity_id = o.id WHERE o.customer_id = ?1)"
            + " + (SELECT COUNT(*) FROM crm_campaign_member m WHERE m.customer_id = ?1 AND m.responded_at IS NOT NULL)"
            + " + (SELECT COUNT(*) FROM crm_campaign_member m WHERE m.customer_id = ?1 AND m.converted_at IS NOT NULL)"
            + " + (SELECT COUNT(*) FROM crm_ticket t WHERE t.customer_id = ?1)"
            + " + (SELECT COUNT(*) FROM crm_ticket t JOIN crm_ticket_status_change h ON h.ticket_id = t.id"
            + " WHERE t.customer_id = ?1 AND h.current_status = 'RESOLVED')"
            + " + (SELECT COUNT(*) FROM crm_survey_invitation i WHERE i.customer_id = ?1"
            + " AND i.answered_at IS NOT NULL)"
            + " AS total";

    private final JpaTransactions tx;

    JpaTimelineReader(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<TimelineEntry> newest(CustomerId customer, int limit) {
        Objects.requireNonNull(customer, "customer");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        List<TimelineEntry> entries = new ArrayList<>();
        entries.addAll(read(ACTIVITIES, customer, limit, q -> q, row -> entry(row, TimelineKind.valueOf(
                (String) row[1]), 0, (String) row[4])));
        entries.addAll(read(SALES, customer, limit, q -> q, row -> entry(row, TimelineKind.valueOf(
                ((String) row[1]).strip()), 0, TimelineEntry.saleSummary(((Number) row[3]).intValue(),
                (String) row[4]))));
        entries.addAll(read(STAGE_CHANGES, customer, limit, q -> q.addScalar("current_stage", String.class),
                row -> entry(row, TimelineKind.STAGE_CHANGE, ((Number) row[3]).intValue(),
                        TimelineEntry.stageSummary((String) row[4], (String) row[1], (String) row[5]))));
        entries.addAll(read(RESPONSES, customer, limit, q -> q, row -> entry(row, TimelineKind.CAMPAIGN_RESPONSE, 0,
                (String) row[4])));
        entries.addAll(read(CONVERSIONS, customer, limit, q -> q, row -> entry(row,
                TimelineKind.CAMPAIGN_CONVERSION, 0, (String) row[4])));
        entries.addAll(read(TICKETS_OPENED, customer, limit, q -> q, row -> entry(row, TimelineKind.TICKET_OPENED, 0,
                (String) row[4])));
        entries.addAll(read(TICKETS_RESOLVED, customer, limit, q -> q, row -> entry(row,
                TimelineKind.TICKET_RESOLVED, ((Number) row[3]).intValue(), (String) row[4])));
        entries.addAll(read(SURVEY_ANSWERS, customer, limit,
                q -> q.addScalar("csat", Integer.class).addScalar("nps", Integer.class),
                row -> entry(row, TimelineKind.SURVEY_ANSWER, 0, TimelineEntry.surveySummary((String) row[4],
                        (Integer) row[5], (Integer) row[6]))));
        entries.sort(TimelineEntry.NEWEST_FIRST);
        return List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
    }

    @Override
    public long count(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return tx.withEntityManager(em -> Repositories.count(em.createNativeQuery(COUNT)
                .setParameter(1, customer.value())));
    }

    private static TimelineEntry entry(Object[] row, TimelineKind kind, int seq, String summary) {
        return new TimelineEntry((Instant) row[0], kind, (UUID) row[2], seq, summary);
    }

    private List<TimelineEntry> read(String sql, CustomerId customer, int limit,
            UnaryOperator<NativeQuery<Object[]>> more, Function<Object[], TimelineEntry> toEntry) {
        return tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
            NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
            List<Object[]> rows = more.apply(query.addScalar("at", Instant.class).addScalar("kind", String.class)
                            .addScalar("source", UUID.class).addScalar("seq", Integer.class)
                            .addScalar("summary", String.class))
                    .setParameter(1, customer.value())
                    .setMaxResults(limit)
                    .getResultList();
            List<TimelineEntry> entries = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                entries.add(toEntry.apply(row));
            }
            return entries;
        });
    }
}
