package org.crm4j.jpa.internal;

import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleId;
import org.crm4j.core.sales.SaleQuery;
import org.crm4j.core.sales.SaleRepository;
import org.crm4j.core.sales.SaleSort;
import org.hibernate.Session;

/**
 * {@link SaleRepository} on JPA: sales are inserted once and never updated. Inserts are plain JDBC on the
 * transaction's connection (no entity, no flush), {@link #saveAll} as one JDBC batch.
 */
final class JpaSaleRepository implements SaleRepository {

    private static final String ID_FIELD = "saleId";
    private static final String INSERT = "INSERT INTO crm_sale (id, customer_id, product_id, quantity,"
            + " unit_price_amount, unit_price_currency, sold_at, campaign_id, return_of, request_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JpaTransactions tx;
    private final Dialect dialect;

    JpaSaleRepository(JpaTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public Sale save(Sale sale) {
        Objects.requireNonNull(sale, "sale");
        Sale stored = SaleMapper.toDomain(SaleMapper.toEntity(sale));
        insert(List.of(stored), sale.id().value());
        return stored;
    }

    @Override
    public void saveAll(List<Sale> sales) {
        Objects.requireNonNull(sales, "sales");
        sales.forEach(sale -> Objects.requireNonNull(sale, "sale"));
        if (!sales.isEmpty()) {
            insert(sales, sales.size() == 1 ? sales.get(0).id().value() : null);
        }
    }

    private void insert(List<Sale> sales, Object id) {
        tx.withEntityManager(em -> {
            try {
                em.unwrap(Session.class).doWork(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                        for (Sale sale : sales) {
                            bind(insert, sale);
                            if (sales.size() == 1) {
                                insert.executeUpdate();
                            } else {
                                insert.addBatch();
                            }
                        }
                        if (sales.size() > 1) {
                            insert.executeBatch();
                        }
                    }
                });
                return null;
            } catch (RuntimeException e) {
                throw PersistenceErrors.translate(e, ID_FIELD, id);
            }
        });
    }

    private void bind(PreparedStatement insert, Sale sale) throws SQLException {
        JdbcValues.setUuid(insert, 1, sale.id().value(), dialect);
        JdbcValues.setUuid(insert, 2, sale.customerId().value(), dialect);
        JdbcValues.setUuid(insert, 3, sale.productId().value(), dialect);
        insert.setInt(4, sale.quantity());
        insert.setBigDecimal(5, sale.unitPrice().amount());
        insert.setString(6, sale.unitPrice().currency().getCurrencyCode());
        JdbcValues.setInstant(insert, 7, sale.soldAt(), dialect);
        JdbcValues.setUuid(insert, 8, sale.campaign().map(CampaignId::value).orElse(null), dialect);
        JdbcValues.setUuid(insert, 9, sale.returnOf().map(SaleId::value).orElse(null), dialect);
        insert.setString(10, sale.requestId().orElse(null));
    }

    @Override
    public Optional<Sale> find(SaleId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em, m -> m.find(SaleEntity.class, id.value()),
                row -> Optional.ofNullable(row).map(SaleMapper::toDomain)));
    }

    /**
     * Reads the sale with {@code SELECT ... FOR UPDATE}: the row lock (H2, PostgreSQL, MariaDB) makes a concurrent
     * return of the same sale wait until this transaction ends.
     */
    @Override
    public Optional<Sale> lockForReturn(SaleId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em, m -> {
            Query lock = m.createNativeQuery("SELECT s.* FROM crm_sale s WHERE s.id = ? FOR UPDATE",
                    SaleEntity.class);
            lock.setParameter(1, id.value());
            return Repositories.<SaleEntity>list(lock);
        }, rows -> rows.stream().findFirst().map(SaleMapper::toDomain)));
    }

    @Override
    public Map<String, Sale> findByRequestIds(Collection<String> requestIds) {
        Objects.requireNonNull(requestIds, "requestIds");
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        List<String> wanted = List.copyOf(new LinkedHashSet<>(requestIds));
        return tx.withEntityManager(em -> Repositories.read(em, m -> m.createQuery(
                        "SELECT s FROM Sale s WHERE s.requestId IN :ids", SaleEntity.class)
                .setParameter("ids", wanted).getResultList(), rows -> {
                    Map<String, Sale> found = new HashMap<>();
                    rows.forEach(row -> found.put(row.requestId, SaleMapper.toDomain(row)));
                    return found;
                }));
    }

    @Override
    public int returnedQuantity(SaleId saleId) {
        Objects.requireNonNull(saleId, "saleId");
        return tx.withEntityManager(em -> {
            Number returned = em.createQuery("SELECT COALESCE(SUM(-s.quantity), 0) FROM Sale s"
                            + " WHERE s.returnOf = :id", Number.class)
                    .setParameter("id", saleId.value())
                    .getSingleResult();
            return returned.intValue();
        });
    }

    @Override
    public Page<Sale> search(SaleQuery query, PageRequest<SaleSort> request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(request, "request");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        query.customerId().ifPresent(customer -> {
            where.append(" AND s.customer_id = ?");
            parameters.add(customer.value());
        });
        query.productId().ifPresent(product -> {
            where.append(" AND s.product_id = ?");
            parameters.add(product.value());
        });
        query.campaign().ifPresent(campaign -> {
            where.append(" AND s.campaign_id = ?");
            parameters.add(campaign.value());
        });
        query.from().ifPresent(from -> {
            where.append(" AND s.sold_at >= ?");
            parameters.add(from);
        });
        query.to().ifPresent(to -> {
            where.append(" AND s.sold_at < ?");
            parameters.add(to);
        });
        String order = Sql.orderBy(request, key -> switch (key) {
            case ID -> "s.id";
            case SOLD_AT -> "s.sold_at";
            case QUANTITY -> "s.quantity";
        }, "s.id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.page(m, "crm_sale s", where.toString(), parameters, order, request,
                        SaleEntity.class),
                rows -> new Page<>(rows.rows().stream().map(SaleMapper::toDomain).toList(), request.page(),
                        request.size(), rows.total())));
    }
}
