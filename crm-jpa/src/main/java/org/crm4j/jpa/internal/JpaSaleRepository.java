package org.crm4j.jpa.internal;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleId;
import org.crm4j.core.sales.SaleQuery;
import org.crm4j.core.sales.SaleRepository;

/** {@link SaleRepository} on JPA: sales are inserted once and never updated. */
final class JpaSaleRepository implements SaleRepository {

    private static final String ID_FIELD = "saleId";

    private final JpaTransactions tx;

    JpaSaleRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Sale save(Sale sale) {
        Objects.requireNonNull(sale, "sale");
        return tx.withEntityManager(em -> {
            SaleEntity row = SaleMapper.toEntity(sale);
            Sale stored = SaleMapper.toDomain(row);
            Repositories.insert(em, row, ID_FIELD, row.id);
            return stored;
        });
    }

    @Override
    public Optional<Sale> find(SaleId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em, m -> m.find(SaleEntity.class, id.value()),
                row -> Optional.ofNullable(row).map(SaleMapper::toDomain)));
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
    public Page<Sale> search(SaleQuery query, PageRequest request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(request, "request");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.customerId() != null) {
            where.append(" AND s.customer_id = ?");
            parameters.add(query.customerId().value());
        }
        if (query.productId() != null) {
            where.append(" AND s.product_id = ?");
            parameters.add(query.productId().value());
        }
        if (query.campaign() != null) {
            where.append(" AND s.campaign_id = ?");
            parameters.add(query.campaign().value());
        }
        if (query.from() != null) {
            where.append(" AND s.sold_at >= ?");
            parameters.add(query.from());
        }
        if (query.to() != null) {
            where.append(" AND s.sold_at < ?");
            parameters.add(query.to());
        }
        String direction = Sql.direction(request.sort());
        String order = switch (request.sort().property()) {
            case "soldAt" -> "s.sold_at" + direction + ", ";
            case "quantity" -> "s.quantity" + direction + ", ";
            case "id" -> "";
            default -> throw new IllegalArgumentException("unknown sale sort property " + request.sort().property());
        };
        String idOrder = "id".equals(request.sort().property()) ? direction : " ASC";
        return tx.withEntityManager(em -> Repositories.read(em, m -> {
            Query count = m.createNativeQuery("SELECT COUNT(*) FROM crm_sale s" + where);
            Query page = m.createNativeQuery("SELECT s.* FROM crm_sale s" + where + " ORDER BY " + order
                    + "s.id" + idOrder + " LIMIT " + request.size() + " OFFSET " + request.offset(),
                    SaleEntity.class);
            for (int i = 0; i < parameters.size(); i++) {
                count.setParameter(i + 1, parameters.get(i));
                page.setParameter(i + 1, parameters.get(i));
            }
            long total = Repositories.count(count);
            List<SaleEntity> rows = Repositories.list(page);
            return new Repositories.PageRows<>(rows, total);
        }, rows -> new Page<>(rows.rows().stream().map(SaleMapper::toDomain).toList(), request.page(),
                request.size(), rows.total())));
    }
}
