package org.crm4j.jpa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.insight.CustomerSignals;
import org.crm4j.core.insight.SatisfactionCounts;
import org.crm4j.core.insight.SignalCounts;
import org.crm4j.core.relationship.RelationshipStatus;
import org.hibernate.query.NativeQuery;

/**
 * {@link CustomerSignals} computed by the database: one {@code GROUP BY customer_id} over a {@code UNION ALL} of
 * the returns, campaign responses, relationship deteriorations (both customers of the relationship) and tickets of
 * the period, or over the answered survey invitations; one row per customer comes back, no aggregate is loaded.
 */
final class JpaCustomerSignals implements CustomerSignals {

    private static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int most = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return most != 0 ? most : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private final JpaTransactions tx;

    JpaCustomerSignals(JpaTransactions tx) {
        this.tx = tx;
    }

    /** The status's rank in SQL: its position in {@link RelationshipStatus}, a higher one being worse. */
    private static String rank(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (RelationshipStatus status : RelationshipStatus.values()) {
            sql.append(" WHEN '").append(status.name()).append("' THEN ").append(status.ordinal());
        }
        return sql.append(" END").toString();
    }

    private static String sql(int complaintCategories) {
        StringBuilder complaint = new StringBuilder();
        if (complaintCategories == 0) {
            complaint.append('0');
        } else {
            complaint.append("CASE WHEN t.category IN (");
            for (int i = 0; i < complaintCategories; i++) {
                complaint.append(i == 0 ? "" : ", ").append('?').append(i + 4);
            }
            complaint.append(") THEN 1 ELSE 0 END");
        }
        String worse = rank("h.current_status") + " > " + rank("h.previous_status");
        String deteriorations = " FROM crm_relationship_status_change h JOIN crm_relationship r"
                + " ON r.id = h.relationship_id WHERE h.changed_at >= ?2 AND h.changed_at < ?3 AND " + worse;
        return "SELECT e.customer_id AS customer_id, SUM(e.r) AS returns_count, SUM(e.c) AS responses,"
                + " SUM(e.d) AS deteriorations, SUM(e.t) AS tickets, SUM(e.k) AS complaints FROM ("
                + "SELECT s.customer_id AS customer_id, 1 AS r, 0 AS c, 0 AS d, 0 AS t, 0 AS k FROM crm_sale s"
                + " WHERE s.return_of IS NOT NULL AND s.unit_price_currency = ?1 AND s.sold_at >= ?2"
                + " AND s.sold_at < ?3"
                + " UNION ALL SELECT m.customer_id, 0, 1, 0, 0, 0 FROM crm_campaign_member m"
                + " WHERE m.responded_at >= ?2 AND m.responded_at < ?3"
                + " UNION ALL SELECT r.from_customer_id, 0, 0, 1, 0, 0" + deteriorations
                + " UNION ALL SELECT r.to_customer_id, 0, 0, 1, 0, 0" + deteriorations
                + " UNION ALL SELECT t.customer_id, 0, 0, 0, 1, " + complaint + " FROM crm_ticket t"
                + " WHERE t.created_at >= ?2 AND t.created_at < ?3"
                + ") e GROUP BY e.customer_id";
    }

    private static final String SATISFACTION = "SELECT i.customer_id AS customer_id,"
            + " COUNT(i.csat) AS csat_answers, COALESCE(SUM(i.csat), 0) AS csat_total,"
            + " SUM(CASE WHEN i.csat <= " + SatisfactionCounts.DISSATISFIED_CSAT + " THEN 1 ELSE 0 END) AS dissatisfied,"
            + " COUNT(i.nps) AS nps_answers,"
            + " SUM(CASE WHEN i.nps >= " + SatisfactionCounts.PROMOTER_NPS + " THEN 1 ELSE 0 END) AS promoters,"
            + " SUM(CASE WHEN i.nps <= " + SatisfactionCounts.DETRACTOR_NPS + " THEN 1 ELSE 0 END) AS detractors"
            + " FROM crm_survey_invitation i WHERE i.answered_at >= ?1 AND i.answered_at < ?2"
            + " GROUP BY i.customer_id";

    @Override
    public List<SatisfactionCounts> satisfaction(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new ValidationException("to", Require.notBefore("from"), to);
        }
        List<Object[]> rows = tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
            NativeQuery<Object[]> query = em.createNativeQuery(SATISFACTION).unwrap(NativeQuery.class);
            return query.addScalar("customer_id", UUID.class).addScalar("csat_answers", Long.class)
                    .addScalar("csat_total", Long.class).addScalar("dissatisfied", Long.class)
                    .addScalar("nps_answers", Long.class).addScalar("promoters", Long.class)
                    .addScalar("detractors", Long.class)
                    .setParameter(1, Sql.micros(from))
                    .setParameter(2, Sql.micros(to))
                    .getResultList();
        });
        List<SatisfactionCounts> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new SatisfactionCounts(new CustomerId((UUID) row[0]), (Long) row[1], (Long) row[2],
                    (Long) row[3], (Long) row[4], (Long) row[5], (Long) row[6]));
        }
        result.sort(Comparator.comparing(c -> c.customerId().value(), UNSIGNED));
        return List.copyOf(result);
    }

    @Override
    public List<SignalCounts> signalCounts(Currency currency, Instant from, Instant to,
            Set<String> complaintCategories) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(complaintCategories, "complaintCategories");
        if (to.isBefore(from)) {
            throw new ValidationException("to", Require.notBefore("from"), to);
        }
        List<String> categories = List.copyOf(new TreeSet<>(complaintCategories));
        String sql = sql(categories.size());
        List<Object[]> rows = tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
            NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
            query.addScalar("customer_id", UUID.class).addScalar("returns_count", Long.class)
                    .addScalar("responses", Long.class).addScalar("deteriorations", Long.class)
                    .addScalar("tickets", Long.class).addScalar("complaints", Long.class)
                    .setParameter(1, currency.getCurrencyCode())
                    .setParameter(2, Sql.micros(from))
                    .setParameter(3, Sql.micros(to));
            for (int i = 0; i < categories.size(); i++) {
                query.setParameter(i + 4, categories.get(i));
            }
            return query.getResultList();
        });
        List<SignalCounts> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new SignalCounts(new CustomerId((UUID) row[0]), (Long) row[1], (Long) row[2], (Long) row[3],
                    (Long) row[4], (Long) row[5]));
        }
        result.sort(Comparator.comparing(c -> c.customerId().value(), UNSIGNED));
        return List.copyOf(result);
    }
}
