package org.crm4j.jpa.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.insight.BasketLine;
import org.crm4j.core.insight.BasketSink;
import org.crm4j.core.insight.DemandHistories;
import org.crm4j.core.insight.DemandPeriod;
import org.crm4j.core.insight.UnitSales;
import org.crm4j.core.product.ProductId;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * {@link DemandHistories} computed by the database: one {@code GROUP BY} query each, over the sales joined to the
 * sale each return returns ({@code COALESCE(o.sold_at, s.sold_at)} is the sale's time), one row per product and
 * period or per customer, day and product; no sale is loaded into memory.
 */
final class JpaDemandHistories implements DemandHistories {

    private static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int most = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return most != 0 ? most : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };
    private static final String SALE_TIME = "COALESCE(o.sold_at, s.sold_at)";
    private static final String FROM = " FROM crm_sale s LEFT JOIN crm_sale o ON o.id = s.return_of";
    /** Rows a streamed result set fetches at a time. */
    private static final int FETCH = 10_000;

    private final JpaTransactions tx;
    private final Dialect dialect;

    JpaDemandHistories(JpaTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    /** The UTC day of the sale's time. */
    private String day() {
        return dialect == Dialect.MARIADB ? "DATE(" + SALE_TIME + ")"
                : "CAST(" + SALE_TIME + " AT TIME ZONE 'UTC' AS DATE)";
    }

    /** A number that is the same for the days of one period and different between periods. */
    private String bucket(DemandPeriod period) {
        if (period == DemandPeriod.MONTH) {
            return dialect == Dialect.MARIADB ? "(YEAR(" + SALE_TIME + ") * 12 + MONTH(" + SALE_TIME + "))"
                    : "(EXTRACT(YEAR FROM " + SALE_TIME + " AT TIME ZONE 'UTC') * 12 + EXTRACT(MONTH FROM "
                            + SALE_TIME + " AT TIME ZONE 'UTC'))";
        }
        // weeks since Monday 1970-01-05
        String days = switch (dialect) {
            case POSTGRESQL -> "(" + day() + " - DATE '1970-01-05')";
            case H2 -> "DATEDIFF(DAY, DATE '1970-01-05', " + day() + ")";
            case MARIADB -> "DATEDIFF(" + day() + ", '1970-01-05')";
        };
        return "FLOOR(" + days + " / 7.0)";
    }

    @Override
    public List<UnitSales> unitSales(DemandPeriod period, Optional<ProductId> product, Instant to) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(to, "to");
        String sql = "SELECT s.product_id AS product_id, MIN(" + day() + ") AS first_day,"
                + " SUM(s.quantity) AS units" + FROM + " WHERE s.sold_at < ?1"
                + (product.isPresent() ? " AND s.product_id = ?2" : "")
                + " GROUP BY s.product_id, " + bucket(period);
        List<Object[]> rows = tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
            NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
            query.addScalar("product_id", UUID.class).addScalar("first_day", LocalDate.class)
                    .addScalar("units", Long.class).setParameter(1, Sql.micros(to));
            product.ifPresent(p -> query.setParameter(2, p.value()));
            return query.getResultList();
        });
        List<UnitSales> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new UnitSales(new ProductId((UUID) row[0]), period.startOf((LocalDate) row[1]),
                    (Long) row[2]));
        }
        result.sort(Comparator.comparing((UnitSales u) -> u.productId().value(), UNSIGNED)
                .thenComparing(UnitSales::periodStart));
        return List.copyOf(result);
    }

    @Override
    public Map<ProductId, Integer> stockLevels() {
        List<Object[]> rows = tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
            NativeQuery<Object[]> query = em.createNativeQuery("SELECT p.id AS id, p.stock AS stock"
                    + " FROM crm_product p").unwrap(NativeQuery.class);
            return query.addScalar("id", UUID.class).addScalar("stock", Integer.class).getResultList();
        });
        Map<ProductId, Integer> stock = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            stock.put(new ProductId((UUID) row[0]), (Integer) row[1]);
        }
        return Map.copyOf(stock);
    }

    /** The basket lines of {@code [?1, ?2)} (both bound twice by JDBC: positional {@code ?} there). */
    private String basketLinesSql(String first, String second) {
        return "SELECT s.customer_id AS customer_id, " + day() + " AS sale_day, s.product_id AS product_id"
                + FROM + " WHERE s.sold_at >= " + first + " AND s.sold_at < " + second + " AND " + SALE_TIME
                + " >= " + first + " AND " + SALE_TIME + " < " + second
                + " GROUP BY s.customer_id, " + day() + ", s.product_id HAVING SUM(s.quantity) > 0";
    }

    private static void checkPeriod(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new ValidationException("to", Require.notBefore("from"), to);
        }
    }

    /** The days since 1970-01-01 of the UTC day of a time column, an integer on every dialect. */
    private String epochDay(String time) {
        return switch (dialect) {
            case POSTGRESQL -> "(CAST(" + time + " AT TIME ZONE 'UTC' AS DATE) - DATE '1970-01-01')";
            case H2 -> "DATEDIFF(DAY, DATE '1970-01-01', CAST(" + time + " AT TIME ZONE 'UTC' AS DATE))";
            case MARIADB -> "DATEDIFF(DATE(" + time + "), '1970-01-01')";
        };
    }

    /**
     * Streams the raw lines, neither grouped nor ordered by the database (the sales of {@code [from, to)} without a
     * join, then the returns of them joined to their sale for its day), forward-only {@value #FETCH} rows at a
     * time, into a {@link BasketGrouper} (ints per line, sorted and netted in memory), which hands the baskets to
     * the sink. Grouping and sorting two million lines in the database spilled its sort to disk and took most of
     * the time (crm-jpa/BENCHMARKS.md).
     */
    @Override
    public void forEachBasket(Instant from, Instant to, BasketSink sink) {
        checkPeriod(from, to);
        Objects.requireNonNull(sink, "sink");
        String sql = "SELECT s.customer_id AS customer_id, " + epochDay("s.sold_at") + " AS sale_day,"
                + " s.product_id AS product_id, s.quantity AS quantity FROM crm_sale s"
                + " WHERE s.return_of IS NULL AND s.sold_at >= ? AND s.sold_at < ?"
                + " UNION ALL SELECT s.customer_id, " + epochDay("o.sold_at") + ", s.product_id, s.quantity"
                + " FROM crm_sale s JOIN crm_sale o ON o.id = s.return_of"
                + " WHERE s.return_of IS NOT NULL AND s.sold_at >= ? AND s.sold_at < ? AND o.sold_at >= ?"
                + " AND o.sold_at < ?";
        BasketGrouper grouper = new BasketGrouper();
        tx.withEntityManager(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                select.setFetchSize(FETCH);
                for (int i = 1; i <= 6; i += 2) {
                    JdbcValues.setInstant(select, i, from, dialect);
                    JdbcValues.setInstant(select, i + 1, to, dialect);
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        grouper.add(JdbcValues.getUuid(row, 1, dialect), row.getInt(2),
                                JdbcValues.getUuid(row, 3, dialect), row.getInt(4));
                    }
                }
                return null;
            }
        }));
        grouper.emit(sink);
    }

    @Override
    public List<BasketLine> basketLines(Instant from, Instant to) {
        checkPeriod(from, to);
        String sql = basketLinesSql("?1", "?2");
        List<Object[]> rows = tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
            NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
            return query.addScalar("customer_id", UUID.class).addScalar("sale_day", LocalDate.class)
                    .addScalar("product_id", UUID.class)
                    .setParameter(1, Sql.micros(from)).setParameter(2, Sql.micros(to))
                    .getResultList();
        });
        List<BasketLine> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            result.add(new BasketLine(new CustomerId((UUID) row[0]), (LocalDate) row[1],
                    new ProductId((UUID) row[2])));
        }
        result.sort(Comparator.comparing((BasketLine b) -> b.customerId().value(), UNSIGNED)
                .thenComparing(BasketLine::day)
                .thenComparing((BasketLine b) -> b.productId().value(), UNSIGNED));
        return List.copyOf(result);
    }
}
