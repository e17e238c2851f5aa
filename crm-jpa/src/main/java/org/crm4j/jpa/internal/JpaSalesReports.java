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
import java.util.function.UnaryOperator;
import org.crm4j.core.Money;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.report.CustomerRevenue;
import org.crm4j.core.report.DailySales;
import org.crm4j.core.report.ProductMonthlySales;
import org.crm4j.core.report.RfmInput;
import org.crm4j.core.report.SalesReports;
import org.hibernate.query.NativeQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SalesReports} computed by the database: one {@code GROUP BY} query per report over the indexed
 * {@code sold_at} range, returning one row per group; no sale is loaded into memory. Months are UTC calendar
 * months. The few aggregated rows are put in the documented order in Java, with the same comparators as the
 * in-memory adapter.
 */
final class JpaSalesReports implements SalesReports {

    private static final Logger LOG = LoggerFactory.getLogger(JpaSalesReports.class);
    private static final long SLOW_MILLIS = 1_000;
    private static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int most = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return most != 0 ? most : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private final JpaTransactions tx;
    private final Dialect dialect;

    JpaSalesReports(JpaTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public List<ProductMonthlySales> salesPerProductPerMonth(Instant from, Instant to) {
        checkPeriod(from, to);
        String year = dialect == Dialect.MARIADB ? "YEAR(s.sold_at)" : "EXTRACT(YEAR FROM s.sold_at AT TIME ZONE 'UTC')";
        String month = dialect == Dialect.MARIADB ? "MONTH(s.sold_at)"
                : "EXTRACT(MONTH FROM s.sold_at AT TIME ZONE 'UTC')";
        String sql = "SELECT s.product_id AS product_id, " + year + " AS y, " + month + " AS m,"
                + " s.unit_price_currency AS currency, SUM(s.quantity) AS quantity,"
                + " SUM(s.quantity * s.unit_price_amount) AS revenue"
                + " FROM crm_sale s WHERE s.sold_at >= ?1 AND s.sold_at < ?2"
                + " GROUP BY s.product_id, " + year + ", " + month + ", s.unit_price_currency";
        List<Object[]> rows = query("salesPerProductPerMonth", sql, from, to, q -> q
                .addScalar("product_id", UUID.class).addScalar("y", Integer.class).addScalar("m", Integer.class)
                .addScalar("currency", String.class).addScalar("quantity", Long.class)
                .addScalar("revenue", BigDecimal.class));
        List<ProductMonthlySales> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new ProductMonthlySales(new ProductId((UUID) row[0]),
                    YearMonth.of((Integer) row[1], (Integer) row[2]), (Long) row[4], money(row[5], row[3])));
        }
        result.sort(Comparator.comparing(ProductMonthlySales::month)
                .thenComparing(r -> r.productId().value(), UNSIGNED)
                .thenComparing(r -> r.revenue().currency().getCurrencyCode()));
        return List.copyOf(result);
    }

    @Override
    public List<CustomerRevenue> revenuePerCustomer(Instant from, Instant to) {
        checkPeriod(from, to);
        String sql = "SELECT s.customer_id AS customer_id, s.unit_price_currency AS currency,"
                + " SUM(s.quantity * s.unit_price_amount) AS revenue,"
                + " SUM(CASE WHEN s.return_of IS NULL THEN 1 ELSE 0 END) AS sales"
                + " FROM crm_sale s WHERE s.sold_at >= ?1 AND s.sold_at < ?2"
                + " GROUP BY s.customer_id, s.unit_price_currency";
        List<Object[]> rows = query("revenuePerCustomer", sql, from, to, q -> q
                .addScalar("customer_id", UUID.class).addScalar("currency", String.class)
                .addScalar("revenue", BigDecimal.class).addScalar("sales", Long.class));
        List<CustomerRevenue> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new CustomerRevenue(new CustomerId((UUID) row[0]), money(row[2], row[1]), (Long) row[3]));
        }
        result.sort(Comparator.comparing((CustomerRevenue r) -> r.customerId().value(), UNSIGNED)
                .thenComparing(r -> r.revenue().currency().getCurrencyCode()));
        return List.copyOf(result);
    }

    @Override
    public List<RfmInput> rfmInputs(Instant from, Instant to) {
        checkPeriod(from, to);
        // Returns reduce the monetary value of a customer who bought in the period in that currency; a customer
        // with only returns has no RFM input.
        String sql = "SELECT s.customer_id AS customer_id, s.unit_price_currency AS currency,"
                + " MAX(CASE WHEN s.return_of IS NULL THEN s.sold_at END) AS last_purchase,"
                + " SUM(CASE WHEN s.return_of IS NULL THEN 1 ELSE 0 END) AS frequency,"
                + " SUM(s.quantity * s.unit_price_amount) AS monetary"
                + " FROM crm_sale s WHERE s.sold_at >= ?1 AND s.sold_at < ?2"
                + " GROUP BY s.customer_id, s.unit_price_currency"
                + " HAVING SUM(CASE WHEN s.return_of IS NULL THEN 1 ELSE 0 END) > 0";
        List<Object[]> rows = query("rfmInputs", sql, from, to, q -> q
                .addScalar("customer_id", UUID.class).addScalar("currency", String.class)
                .addScalar("last_purchase", Instant.class).addScalar("frequency", Long.class)
                .addScalar("monetary", BigDecimal.class));
        List<RfmInput> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new RfmInput(new CustomerId((UUID) row[0]), (Instant) row[2], (Long) row[3],
                    money(row[4], row[1])));
        }
        result.sort(Comparator.comparing((RfmInput r) -> r.customerId().value(), UNSIGNED)
                .thenComparing(r -> r.monetary().currency().getCurrencyCode()));
        return List.copyOf(result);
    }

    @Override
    public List<DailySales> salesByDay(Instant from, Instant to) {
        checkPeriod(from, to);
        String utc = dialect == Dialect.MARIADB ? "s.sold_at" : "s.sold_at AT TIME ZONE 'UTC'";
        String year = dialect == Dialect.MARIADB ? "YEAR(s.sold_at)" : "EXTRACT(YEAR FROM " + utc + ")";
        String month = dialect == Dialect.MARIADB ? "MONTH(s.sold_at)" : "EXTRACT(MONTH FROM " + utc + ")";
        String day = dialect == Dialect.MARIADB ? "DAYOFMONTH(s.sold_at)" : "EXTRACT(DAY FROM " + utc + ")";
        String sql = "SELECT " + year + " AS y, " + month + " AS m, " + day + " AS d,"
                + " s.unit_price_currency AS currency,"
                + " SUM(CASE WHEN s.return_of IS NULL THEN 1 ELSE 0 END) AS sale_count,"
                + " SUM(CASE WHEN s.return_of IS NULL THEN 0 ELSE 1 END) AS return_count,"
                + " SUM(s.quantity * s.unit_price_amount) AS revenue"
                + " FROM crm_sale s WHERE s.sold_at >= ?1 AND s.sold_at < ?2"
                + " GROUP BY " + year + ", " + month + ", " + day + ", s.unit_price_currency";
        List<Object[]> rows = query("salesByDay", sql, from, to, q -> q
                .addScalar("y", Integer.class).addScalar("m", Integer.class).addScalar("d", Integer.class)
                .addScalar("currency", String.class).addScalar("sale_count", Long.class)
                .addScalar("return_count", Long.class)
                .addScalar("revenue", BigDecimal.class));
        List<DailySales> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new DailySales(LocalDate.of((Integer) row[0], (Integer) row[1], (Integer) row[2]),
                    (Long) row[4], (Long) row[5], money(row[6], row[3])));
        }
        result.sort(Comparator.comparing(DailySales::day)
                .thenComparing(r -> r.revenue().currency().getCurrencyCode()));
        return List.copyOf(result);
    }

    private List<Object[]> query(String report, String sql, Instant from, Instant to,
            UnaryOperator<NativeQuery<Object[]>> scalars) {
        long start = System.nanoTime();
        List<Object[]> rows = tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
            NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
            return scalars.apply(query)
                    .setParameter(1, Sql.micros(from))
                    .setParameter(2, Sql.micros(to))
                    .getResultList();
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis >= SLOW_MILLIS) {
            LOG.warn("crm4j report {} over [{}, {}) took {} ms for {} rows", report, from, to, millis, rows.size());
        }
        return rows;
    }

    private static Money money(Object amount, Object currency) {
        return Money.of(((BigDecimal) amount).stripTrailingZeros(), Currency.getInstance((String) currency));
    }

    private static void checkPeriod(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new ValidationException("to", Require.notBefore("from"), to);
        }
    }
}
