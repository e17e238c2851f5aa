package org.crm4j.core.product;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The product service over the ports; see {@link ProductService}. Thread-safe if the ports are. */
final class DefaultProductService implements ProductService {

    private static final Logger LOG = LoggerFactory.getLogger(ProductService.class);

    private final ProductRepository products;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    DefaultProductService(ProductRepository products, Transactions transactions, Clock clock, IdGenerator ids) {
        this.products = Objects.requireNonNull(products, "products");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public Product create(NewProduct command) {
        Require.nonNull("command", command);
        Sku sku = Sku.of(command.sku());
        String name = Product.validName(command.name());
        Product.validPrice(command.price());
        Require.notNegative("stock", command.initialStock());
        return transactions.inTransaction(() -> {
            if (products.findBySku(sku).isPresent()) {
                throw new DuplicateException("sku", sku);
            }
            Product saved = products.save(Product.create(new ProductId(ids.next()), sku, name, command.price(),
                    command.initialStock(), clock.instant()));
            LOG.debug("Created product {} ({})", saved.id(), saved.sku());
            return saved;
        });
    }

    @Override
    public Product get(ProductId id) {
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Optional<Product> find(ProductId id) {
        Require.nonNull("productId", id);
        return transactions.inTransaction(() -> products.find(id));
    }

    @Override
    public Optional<Product> findBySku(String sku) {
        Sku code;
        try {
            code = Sku.of(sku);
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> products.findBySku(code));
    }

    @Override
    public Product update(ProductId id, ProductUpdate command) {
        Require.nonNull("command", command);
        return transactions.inTransaction(() -> {
            Product current = load(id);
            if (current.version() != command.expectedVersion()) {
                throw new ConcurrentUpdateException(id, command.expectedVersion());
            }
            Product saved = products.update(current.changeDetails(command.name(), command.price(),
                    clock.instant()));
            LOG.debug("Updated product {} to version {}", id, saved.version());
            return saved;
        });
    }

    @Override
    public Product restock(ProductId id, int quantity) {
        Require.positive("quantity", quantity);
        return transactions.inTransaction(() -> {
            load(id).restock(quantity); // checks the stock stays within int range before the port adds
            products.incrementStock(id, quantity);
            Product saved = load(id);
            LOG.debug("Restocked product {} by {} to {}", id, quantity, saved.stock());
            return saved;
        });
    }

    @Override
    public Product archive(ProductId id) {
        return change(id, product -> product.archive(clock.instant()), "archived");
    }

    @Override
    public Product reactivate(ProductId id) {
        return change(id, product -> product.reactivate(clock.instant()), "reactivated");
    }

    @Override
    public void delete(ProductId id) {
        transactions.run(() -> {
            load(id);
            if (products.hasSales(id)) {
                throw new ValidationException("productId", "must have no sales; archive the product instead", id);
            }
            products.delete(id);
            LOG.debug("Deleted product {}", id);
        });
    }

    @Override
    public Page<Product> search(ProductQuery query, PageRequest<ProductSort> request) {
        Require.nonNull("query", query);
        Require.nonNull("pageRequest", request);
        return transactions.inTransaction(() -> products.search(query, request));
    }

    private Product change(ProductId id, UnaryOperator<Product> action, String logged) {
        return transactions.inTransaction(() -> {
            Product saved = products.update(action.apply(load(id)));
            LOG.debug("Product {} {}", id, logged);
            return saved;
        });
    }

    private Product load(ProductId id) {
        Require.nonNull("productId", id);
        return products.find(id).orElseThrow(() -> new NotFoundException("productId", id));
    }

}
