package org.crm4j.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Money;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.product.ProductSort;
import org.crm4j.core.product.Sku;
import org.hibernate.Session;

/**
 * {@link ProductRepository} on JPA. Stock moves by one conditional statement, {@code UPDATE crm_product SET stock =
 * stock - ? WHERE id = ? AND stock >= ?}: the database's row lock makes concurrent
 * decrements queue up and each sees the stock the previous one left, so a unit can never be sold twice.
 *
 * <p>{@link #takeStock} is the sales path and runs plain JDBC on the transaction's connection (no entity, no
 * flush): on PostgreSQL one product is one {@code UPDATE ... RETURNING} (price and stock read in the same round
 * trip); otherwise, and for several products, a JDBC batch of the conditional UPDATEs and one {@code SELECT ...
 * WHERE id IN (...)} of the changed rows.
 */
final class JpaProductRepository implements ProductRepository {

    private static final String ID_FIELD = "productId";
    private static final String DECREMENT = "UPDATE crm_product SET stock = stock - ? WHERE id = ? AND stock >= ?";
    private static final String COLUMNS = "id, sku, name, price_amount, price_currency, stock, active, created_at,"
            + " updated_at, version";

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
        return tx.withEntityManager(em -> Repositories.update(em, "Product", ProductEntity.class, ID_FIELD, id,
                product.version(),
                row -> ProductMapper.copyCatalogue(product.withVersion(product.version() + 1), row),
                ProductMapper::toDomain));
    }

    @Override
    public Map<ProductId, Product> takeStock(Map<ProductId, Integer> quantities) {
        Objects.requireNonNull(quantities, "quantities");
        quantities.forEach((id, quantity) -> {
            Objects.requireNonNull(id, "id");
            Require.positive("quantity", quantity);
        });
        if (quantities.isEmpty()) {
            return Map.of();
        }
        return tx.withEntityManager(em -> em.unwrap(Session.class).doReturningWork(connection ->
                dialect == Dialect.POSTGRESQL && quantities.size() == 1
                        ? takeOneReturning(connection, quantities.entrySet().iterator().next())
                        : takeBatch(connection, quantities)));
    }

    private Map<ProductId, Product> takeOneReturning(Connection connection, Map.Entry<ProductId, Integer> take)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(DECREMENT + " RETURNING " + COLUMNS)) {
            bindDecrement(update, take.getKey(), take.getValue());
            try (ResultSet row = update.executeQuery()) {
                if (row.next()) {
                    return Map.of(take.getKey(), product(row));
                }
            }
        }
        if (read(connection, List.of(take.getKey())).isEmpty()) {
            throw new NotFoundException(ID_FIELD, take.getKey());
        }
        return Map.of();
    }

    private Map<ProductId, Product> takeBatch(Connection connection, Map<ProductId, Integer> quantities)
            throws SQLException {
        List<ProductId> ids = new ArrayList<>(quantities.keySet());
        int[] counts;
        try (PreparedStatement update = connection.prepareStatement(DECREMENT)) {
            for (ProductId id : ids) {
                bindDecrement(update, id, quantities.get(id));
                update.addBatch();
            }
            counts = update.executeBatch();
        }
        Map<ProductId, Product> stored = read(connection, ids);
        Map<ProductId, Product> taken = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            ProductId id = ids.get(i);
            if (!stored.containsKey(id)) {
                throw new NotFoundException(ID_FIELD, id);
            }
            if (counts[i] < 0) {
                throw new IllegalStateException("the JDBC driver did not report the rows of a stock update");
            }
            if (counts[i] == 1) {
                taken.put(id, stored.get(id));
            }
        }
        return taken;
    }

    private void bindDecrement(PreparedStatement update, ProductId id, int quantity) throws SQLException {
        update.setInt(1, quantity);
        JdbcValues.setUuid(update, 2, id.value(), dialect);
        update.setInt(3, quantity);
    }

    private Map<ProductId, Product> read(Connection connection, List<ProductId> ids) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM crm_product WHERE id IN (" + "?, ".repeat(ids.size() - 1) + "?)";
        Map<ProductId, Product> products = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                JdbcValues.setUuid(select, i + 1, ids.get(i).value(), dialect);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Product product = product(row);
                    products.put(product.id(), product);
                }
            }
        }
        return products;
    }

    private Product product(ResultSet row) throws SQLException {
        return new Product(new ProductId(JdbcValues.getUuid(row, "id", dialect)), new Sku(row.getString("sku")),
                row.getString("name"), Money.of(row.getBigDecimal("price_amount"),
                        Currency.getInstance(row.getString("price_currency").trim())),
                row.getInt("stock"), row.getBoolean("active"), JdbcValues.getInstant(row, "created_at", dialect),
                JdbcValues.getInstant(row, "updated_at", dialect), row.getLong("version"));
    }

    @Override
    public void incrementStock(ProductId id, int quantity) {
        Objects.requireNonNull(id, "id");
        Require.positive("quantity", quantity);
        tx.withEntityManager(em -> {
            int rows = em.createQuery("UPDATE Product p SET p.stock = p.stock + :quantity WHERE p.id = :id")
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
    public Page<Product> search(ProductQuery query, PageRequest<ProductSort> request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(request, "request");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (!query.includeArchived()) {
            where.append(" AND p.active = ?");
            parameters.add(Boolean.TRUE);
        }
        query.name().ifPresent(name -> {
            where.append(" AND LOWER(p.name) LIKE ?").append(Sql.LIKE_ESCAPE);
            parameters.add(Sql.containsPattern(name));
        });
        query.sku().ifPresent(sku -> {
            where.append(" AND LOWER(p.sku) LIKE ?").append(Sql.LIKE_ESCAPE);
            parameters.add(Sql.containsPattern(sku));
        });
        query.maxStock().ifPresent(units -> {
            where.append(" AND p.stock <= ?");
            parameters.add(units);
        });
        String order = Sql.orderBy(request, key -> switch (key) {
            case ID -> "p.id";
            case SKU -> Sql.textOrder(dialect, "p.sku");
            case NAME -> Sql.lowerTextOrder(dialect, "p.name");
            case PRICE -> "p.price_amount";
            case STOCK -> "p.stock";
            case CREATED_AT -> "p.created_at";
        }, "p.id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.page(m, "crm_product p", where.toString(), parameters, order, request,
                        ProductEntity.class),
                rows -> new Page<>(rows.rows().stream().map(ProductMapper::toDomain).toList(), request.page(),
                        request.size(), rows.total())));
    }

}
