package org.crm4j.jpa.internal;

import jakarta.persistence.LockModeType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.product.ProductSort;
import org.crm4j.core.product.Sku;

/**
 * The alternative the benchmark measures against the conditional UPDATE: {@code SELECT ... FOR UPDATE} of the
 * product row, a check of the stock in Java, then the UPDATE. Correct too (the row lock is held until commit), but
 * one more round trip per sale. Everything else delegates to the production repository.
 */
final class PessimisticProductRepository implements ProductRepository {

    private final ProductRepository delegate;
    private final JpaTransactions tx;

    PessimisticProductRepository(ProductRepository delegate, JpaTransactions tx) {
        this.delegate = delegate;
        this.tx = tx;
    }

    @Override
    public Map<ProductId, Product> takeStock(Map<ProductId, Integer> quantities) {
        return tx.withEntityManager(em -> {
            Map<ProductId, Product> taken = new LinkedHashMap<>();
            quantities.forEach((id, quantity) -> lockAndTake(id, quantity).ifPresent(p -> taken.put(id, p)));
            return taken;
        });
    }

    /** SELECT ... FOR UPDATE, check in Java, UPDATE: two round trips; the row read gives the price. */
    private Optional<Product> lockAndTake(ProductId id, int quantity) {
        return tx.withEntityManager(em -> {
            try {
                ProductEntity row = em.find(ProductEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
                if (row == null) {
                    throw new NotFoundException("productId", id);
                }
                if (row.stock < quantity) {
                    return Optional.empty();
                }
                row.stock -= quantity;
                row.version += 1;
                em.flush();
                return Optional.of(ProductMapper.toDomain(row));
            } finally {
                em.clear();
            }
        });
    }

    @Override
    public Product save(Product product) {
        return delegate.save(product);
    }

    @Override
    public Optional<Product> find(ProductId id) {
        return delegate.find(id);
    }

    @Override
    public Optional<Product> findBySku(Sku sku) {
        return delegate.findBySku(sku);
    }

    @Override
    public Product update(Product product) {
        return delegate.update(product);
    }

    @Override
    public void incrementStock(ProductId id, int quantity) {
        delegate.incrementStock(id, quantity);
    }

    @Override
    public void delete(ProductId id) {
        delegate.delete(id);
    }

    @Override
    public boolean hasSales(ProductId id) {
        return delegate.hasSales(id);
    }

    @Override
    public Page<Product> search(ProductQuery query, PageRequest<ProductSort> request) {
        return delegate.search(query, request);
    }
}
