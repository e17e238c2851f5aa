package org.crm4j.core.inmemory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.product.ProductSort;
import org.crm4j.core.product.Sku;

/** {@link ProductRepository} over the store's product map; stock operations run under the store's lock. */
final class InMemoryProductRepository implements ProductRepository {

    private static final Comparator<Product> BY_ID = Comparator.comparing(p -> p.id().value(),
            InMemoryStore.UUID_ORDER);

    static final String IN_OPPORTUNITY = "must be in no opportunity's line items; archive the product instead";

    private final InMemoryStore store;

    InMemoryProductRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Product save(Product product) {
        Objects.requireNonNull(product, "product");
        return store.locked(() -> {
            if (store.products.containsKey(product.id())) {
                throw new DuplicateException("productId", product.id());
            }
            requireFreeSku(product);
            store.put(store.products, product.id(), product);
            return product;
        });
    }

    @Override
    public Optional<Product> find(ProductId id) {
        return store.locked(() -> Optional.ofNullable(store.products.get(id)));
    }

    @Override
    public Optional<Product> findBySku(Sku sku) {
        return store.locked(() -> store.products.values().stream().filter(p -> p.sku().equals(sku)).findFirst());
    }

    @Override
    public Product update(Product product) {
        Objects.requireNonNull(product, "product");
        return store.locked(() -> {
            Product stored = load(product.id());
            if (stored.version() != product.version()) {
                throw new ConcurrentUpdateException(product.id(), product.version());
            }
            requireFreeSku(product);
            // the catalogue details and the version come from the caller, the stock from the store
            Product updated = new Product(product.id(), product.sku(), product.name(), product.price(),
                    stored.stock(), product.active(), product.createdAt(), product.updatedAt(),
                    product.version() + 1);
            store.put(store.products, product.id(), updated);
            return updated;
        });
    }

    @Override
    public Map<ProductId, Product> takeStock(Map<ProductId, Integer> quantities) {
        Objects.requireNonNull(quantities, "quantities");
        return store.locked(() -> {
            quantities.keySet().forEach(this::load);
            Map<ProductId, Product> taken = new LinkedHashMap<>();
            quantities.forEach((id, quantity) -> {
                Product stored = load(id);
                if (stored.canSupply(quantity)) {
                    Product changed = stored.withdraw(quantity);
                    store.put(store.products, id, changed);
                    taken.put(id, changed);
                }
            });
            return taken;
        });
    }

    @Override
    public void incrementStock(ProductId id, int quantity) {
        store.locked(() -> {
            Product stored = load(id);
            store.put(store.products, id, stored.restock(quantity));
            return null;
        });
    }

    @Override
    public void delete(ProductId id) {
        store.locked(() -> {
            load(id);
            if (store.opportunities.values().stream()
                    .anyMatch(o -> o.lineItems().stream().anyMatch(item -> item.product().equals(id)))) {
                throw new ValidationException("productId", IN_OPPORTUNITY, id);
            }
            store.remove(store.products, id);
            return null;
        });
    }

    @Override
    public boolean hasSales(ProductId id) {
        return store.locked(() -> store.sales.values().stream().anyMatch(s -> s.productId().equals(id)));
    }

    @Override
    public Page<Product> search(ProductQuery query, PageRequest<ProductSort> request) {
        return store.locked(() -> InMemoryStore.page(store.products.values(), query::matches, request,
                InMemoryProductRepository::comparator, BY_ID));
    }

    private Product load(ProductId id) {
        Product stored = store.products.get(id);
        if (stored == null) {
            throw new NotFoundException("productId", id);
        }
        return stored;
    }

    private void requireFreeSku(Product product) {
        for (Product other : store.products.values()) {
            if (other.sku().equals(product.sku()) && !other.id().equals(product.id())) {
                throw new DuplicateException("sku", product.sku());
            }
        }
    }

    private static Comparator<Product> comparator(ProductSort key) {
        return switch (key) {
            case SKU -> Comparator.comparing(p -> p.sku().value());
            case NAME -> Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT));
            case PRICE -> Comparator.comparing(p -> p.price().amount());
            case STOCK -> Comparator.comparingInt(Product::stock);
            case CREATED_AT -> Comparator.comparing(Product::createdAt);
            case ID -> BY_ID;
        };
    }
}
