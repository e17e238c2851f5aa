package org.crm4j.jpa.internal;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.product.Sku;

/**
 * {@link ProductRepository} on JPA. Stock moves by one conditional statement, {@code UPDATE crm_product SET stock =
 * stock - ?, version = version + 1 WHERE id = ? AND stock >= ?}: the database's row lock makes concurrent
 * decrements queue up and each sees the stock the previous one left, so a unit can never be sold twice.
 */
final class JpaProductRepository implements ProductRepository {

    private static final String ID_FIELD = "productId";

    private final JpaTransactions tx;
    private final Dialect dialect;

    JpaProductRepository(JpaTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public Product save(Product product) {
        Objects.requireNonNull(product, "product");
        return tx.withEntityManager(em -> {
            ProductEntity row = new ProductEntity();
            ProductMapper.copy(product, row);
            Product stored = ProductMapper.toDomain(row);
            Repositories.insert(em, row, ID_FIELD, row.id);
            return stored;
        });
    }

    @Override
    public Optional<Product> find(ProductId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em, m -> m.find(ProductEntity.class, id.value()),
                row -> Optional.ofNullable(row).map(ProductMapper::toDomain)));
    }

    @Override
    public Optional<Product> findBySku(Sku sku) {
        Objects.requireNonNull(sku, "sku");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.createQuery("SELECT p FROM Product p WHERE p.sku = :sku", ProductEntity.class)
                        .setParameter("sku", sku.value())
                        .getResultList(),
                rows -> rows.stream().findFirst().map(ProductMapper::toDomain)));
    }

    @Override
    public Product update(Product product) {
        Objects.requireNonNull(product, "product");
        UUID id = product.id().value();
        return tx.withEntityManager(em -> {
            Repositories.bumpVersion(em, "Product", ProductEntity.class, ID_FIELD, id, product.version());
            try {
                ProductEntity row = em.find(ProductEntity.class, id);
                ProductMapper.copy(product.withVersion(product.version() + 1), row);
                Repositories.flush(em, ID_FIELD, id);
                return ProductMapper.toDomain(row);
            } finally {
                em.clear();
            }
        });
    }

    @Override
    public boolean tryDecrementStock(ProductId id, int quantity) {
        Objects.requireNonNull(id, "id");
        requirePositive(quantity);
        return tx.withEntityManager(em -> {
            int rows = em.createQuery("UPDATE Product p SET p.stock = p.stock - :quantity,"
                            + " p.version = p.version + 1 WHERE p.id = :id AND p.stock >= :quantity")
                    .setParameter("quantity", quantity)
                    .setParameter("id", id.value())
                    .executeUpdate();
            if (rows == 0 && !exists(id)) {
                throw new NotFoundException(ID_FIELD, id);
            }
            return rows == 1;
        });
    }

    @Override
    public void incrementStock(ProductId id, int quantity) {
        Objects.requireNonNull(id, "id");
        requirePositive(quantity);
        tx.withEntityManager(em -> {
            int rows = em.createQuery("UPDATE Product p SET p.stock = p.stock + :quantity,"
                            + " p.version = p.version + 1 WHERE p.id = :id")
                    .setParameter("quantity", quantity)
                    .setParameter("id", id.value())
                    .executeUpdate();
            if (rows == 0) {
                throw new NotFoundException(ID_FIELD, id);
            }
            return null;
        });
    }

    @Override
    public void delete(ProductId id) {
        Objects.requireNonNull(id, "id");
        tx.withEntityManager(em -> {
            try {
                int rows = em.createQuery("DELETE FROM Product p WHERE p.id = :id")
                        .setParameter("id", id.value())
                        .executeUpdate();
                if (rows == 0) {
                    throw new NotFoundException(ID_FIELD, id);
                }
                return null;
            } catch (RuntimeException e) {
                if (!PersistenceErrors.isConstraintViolation(e)) {
                    throw e;
                }
                throw new ValidationException(ID_FIELD, "must not be referenced by sales to be deleted", id.value());
            }
        });
    }

    @Override
    public boolean hasSales(ProductId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> !em.createQuery("SELECT s.id FROM Sale s WHERE s.productId = :id")
                .setParameter("id", id.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty());
    }

    @Override
    public Page<Product> search(ProductQuery query, PageRequest request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(request, "request");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (!query.includeInactive()) {
            where.append(" AND p.active = ?");
            parameters.add(Boolean.TRUE);
        }
        if (query.name() != null) {
            where.append(" AND LOWER(p.name) LIKE ?").append(Sql.LIKE_ESCAPE);
            parameters.add(Sql.containsPattern(query.name()));
        }
        if (query.sku() != null) {
            where.append(" AND LOWER(p.sku) LIKE ?").append(Sql.LIKE_ESCAPE);
            parameters.add(Sql.containsPattern(query.sku()));
        }
        String direction = Sql.direction(request.sort());
        String order = switch (request.sort().property()) {
            case "sku" -> Sql.textOrder(dialect, "p.sku") + direction + ", ";
            case "name" -> Sql.lowerTextOrder(dialect, "p.name") + direction + ", ";
            case "price" -> "p.price_amount" + direction + ", ";
            case "stock" -> "p.stock" + direction + ", ";
            case "createdAt" -> "p.created_at" + direction + ", ";
            case "id" -> "";
            default -> throw new IllegalArgumentException("unknown product sort property "
                    + request.sort().property());
        };
        String idOrder = "id".equals(request.sort().property()) ? direction : " ASC";
        return tx.withEntityManager(em -> Repositories.read(em, m -> {
            Query count = m.createNativeQuery("SELECT COUNT(*) FROM crm_product p" + where);
            Query page = m.createNativeQuery("SELECT p.* FROM crm_product p" + where + " ORDER BY " + order
                    + "p.id" + idOrder + " LIMIT " + request.size() + " OFFSET " + request.offset(),
                    ProductEntity.class);
            for (int i = 0; i < parameters.size(); i++) {
                count.setParameter(i + 1, parameters.get(i));
                page.setParameter(i + 1, parameters.get(i));
            }
            long total = Repositories.count(count);
            List<ProductEntity> rows = Repositories.list(page);
            return new Repositories.PageRows<>(rows, total);
        }, rows -> new Page<>(rows.rows().stream().map(ProductMapper::toDomain).toList(), request.page(),
                request.size(), rows.total())));
    }

    private boolean exists(ProductId id) {
        return tx.withEntityManager(em -> !em.createQuery("SELECT p.id FROM Product p WHERE p.id = :id")
                .setParameter("id", id.value())
                .getResultList()
                .isEmpty());
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new ValidationException("quantity", "must be > 0", quantity);
        }
    }
}
