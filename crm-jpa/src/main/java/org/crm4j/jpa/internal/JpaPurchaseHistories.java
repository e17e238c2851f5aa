package org.crm4j.jpa.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.crm4j.core.Money;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.insight.MonthlyActivity;
import org.crm4j.core.insight.PurchaseHistories;
import org.crm4j.core.insight.PurchaseHistory;
import org.crm4j.core.insight.WeeklyActivity;
import org.hibernate.query.NativeQuery;

/**
 * {@link PurchaseHistories} computed by the database: one {@code GROUP BY customer_id} query over the indexed
 * {@code sold_at} range of one currency, one row per customer (or customer and UTC month); no sale is loaded
 * into memory. Months are the UTC calendar months; weeks are ISO weeks in UTC.
 */
final class JpaPurchaseHistories implements PurchaseHistories {

    private static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int most = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return most != 0 ? most : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    /** The first Monday of the epoch, from which the SQL counts weeks. */
    private static final LocalDate FIRST_MONDAY = LocalDate.of(1970, 1, 5);

    private static final String SQL = "SELECT s.customer_id AS customer_id,"
            + " MIN(CASE WHEN s.return_of IS NULL THEN s.sold_at END) AS first_purchase,"
            + " MAX(CASE WHEN s.return_of IS NULL THEN s.sold_at END) AS last_purchase,"
            + " COUNT(DISTINCT CASE WHEN s.return_of IS NULL THEN s.sold_at END) AS transactions,"
            + " SUM(s.quantity * s.unit_price_amount) AS revenue"
            + " FROM crm_sale s WHERE s.unit_price_currency = ?1 AND s.sold_at >= ?2 AND s.sold_at < ?3"
            + " GROUP BY s.customer_id"
            + " HAVING SUM(CASE WHEN s.return_of IS NULL THEN 1 ELSE 0 END) > 0";

    private final JpaTransactions tx;
    private final Dialect dialect;

    JpaPurchaseHistories(JpaTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public List<MonthlyActivity> monthlyActivity(Currency currency, Instant from, Instant to) {
        check(currency, from, to);
        String year = dialect == Dialect.MARIADB ? "YEAR(s.sold_at)" : "EXTRACT(YEAR FROM s.sold_at AT TIME ZONE 'UTC')";
        String month = dialect == Dialect.MARIADB ? "MONTH(s.sold_at)"
                : "EXTRACT(MONTH FROM s.sold_at AT TIME ZONE 'UTC')";
        String sql = "SELECT s.customer_id AS customer_id, " + year + " AS y, " + month + " AS m,"
                + " SUM(CASE WHEN s.return_of IS NULL THEN 1 ELSE 0 END) AS purchases,"
                + " SUM(s.quantity * s.unit_price_amount) AS revenue"
                + " FROM crm_sale s WHERE s.unit_price_currency = ?1 AND s.sold_at >= ?2 AND s.sold_at < ?3"
                + " GROUP BY s.customer_id, " + year + ", " + month;
        List<Object[]> rows = tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
            NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
            return query.addScalar("customer_id", UUID.class).addScalar("y", Integer.class)
                    .addScalar("m", Integer.class).addScalar("purchases", Long.class)
                    .addScalar("revenue", BigDecimal.class)
                    .setParameter(1, currency.getCurrencyCode())
                    .setParameter(2, Sql.micros(from))
                    .setParameter(3, Sql.micros(to))
                    .getResultList();
        });
        List<MonthlyActivity> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new MonthlyActivity(new CustomerId((UUID) row[0]), YearMonth.of((Integer) row[1],
                    (Integer) row[2]), (Long) row[3], Money.of(((BigDecimal) row[4]).stripTrailingZeros(), currency)));
        }
        result.sort(Comparator.comparing((MonthlyActivity a) -> a.customerId().value(), UNSIGNED)
                .thenComparing(MonthlyActivity::month));
        return List.copyOf(result);
    }

    /**
     * Weeks are counted in SQL from Monday 1970-01-05 00:00 UTC: {@code FLOOR((seconds since it) / 604 800)}, the
     * same on every database (PostgreSQL and H2 take the epoch seconds of the timestamp with time zone, MariaDB the
     * difference of its UTC {@code DATETIME}s).
     */
    @Override
    public List<WeeklyActivity> weeklyActivity(Currency currency, Instant from, Instant to) {
        check(currency, from, to);
        String week = dialect == Dialect.MARIADB
                ? "FLOOR(TIMESTAMPDIFF(SECOND, TIMESTAMP '1970-01-05 00:00:00', s.sold_at) / 604800)"
                : "FLOOR((EXTRACT(EPOCH FROM s.sold_at) - 345600) / 604800)";
        String sql = "SELECT s.customer_id AS customer_id, " + week + " AS w,"
                + " SUM(CASE WHEN s.return_of IS NULL THEN 1 ELSE 0 END) AS purchases,"
                + " SUM(s.quantity * s.unit_price_amount) AS revenue"
                + " FROM crm_sale s WHERE s.unit_price_currency = ?1 AND s.sold_at >= ?2 AND s.sold_at < ?3"
                + " GROUP BY s.customer_id, " + week;
        List<Object[]> rows = tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
            NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
            return query.addScalar("customer_id", UUID.class).addScalar("w", Long.class)
                    .addScalar("purchases", Long.class).addScalar("revenue", BigDecimal.class)
                    .setParameter(1, currency.getCurrencyCode())
                    .setParameter(2, Sql.micros(from))
                    .setParameter(3, Sql.micros(to))
                    .getResultList();
        });
        List<WeeklyActivity> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new WeeklyActivity(new CustomerId((UUID) row[0]), FIRST_MONDAY.plusWeeks((Long) row[1]),
                    (Long) row[2], Money.of(((BigDecimal) row[3]).stripTrailingZeros(), currency)));
        }
        result.sort(Comparator.comparing((WeeklyActivity a) -> a.customerId().value(), UNSIGNED)
                .thenComparing(WeeklyActivity::week));
        return List.copyOf(result);
    }

    private static void check(Currency currency, Instant from, Instant to) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new ValidationException("to", Require.notBefore("from"), to);
        }
    }

    @Override
    public List<PurchaseHistory> purchaseHistories(Currency currency, Instant from, Instant to) {
        check(currency, from, to);
        List<Object[]> rows = tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
            NativeQuery<Object[]> query = em.createNativeQuery(SQL).unwrap(NativeQuery.class);
            return query.addScalar("customer_id", UUID.class).addScalar("first_purchase", Instant.class)
                    .addScalar("last_purchase", Instant.class).addScalar("transactions", Long.class)
                    .addScalar("revenue", BigDecimal.class)
                    .setParameter(1, currency.getCurrencyCode())
                    .setParameter(2, Sql.micros(from))
                    .setParameter(3, Sql.micros(to))
                    .getResultList();
        });
        List<PurchaseHistory> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new PurchaseHistory(new CustomerId((UUID) row[0]), (Instant) row[1], (Instant) row[2],
                    (Long) row[3], Money.of(((BigDecimal) row[4]).stripTrailingZeros(), currency)));
        }
        result.sort(Comparator.comparing(h -> h.customerId().value(), UNSIGNED));
        return List.copyOf(result);
    }
}
