package org.crm4j.core.sales;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sales service over the ports; see {@link SalesService}. Thread-safe if the ports are. */
final class DefaultSalesService implements SalesService {

    private static final Logger LOG = LoggerFactory.getLogger(SalesService.class);

    private final SaleRepository sales;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    DefaultSalesService(SaleRepository sales, CustomerRepository customers, ProductRepository products,
            Transactions transactions, Clock clock, IdGenerator ids) {
        this.sales = Objects.requireNonNull(sales, "sales");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.products = Objects.requireNonNull(products, "products");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public Sale record(NewSale command) {
        if (command == null) {
            throw new ValidationException("command", "must not be null", null);
        }
        requirePositive(command.quantity());
        require(command.customerId(), "customerId");
        require(command.productId(), "productId");
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Instant soldAt = notInFuture(command.soldAt(), now, "soldAt");
            Customer customer = customers.find(command.customerId())
                    .orElseThrow(() -> new NotFoundException("customerId", command.customerId()));
            if (!customer.active()) {
                throw new ValidationException("customerId", "must be active", customer.id());
            }
            Product product = products.find(command.productId())
                    .orElseThrow(() -> new NotFoundException("productId", command.productId()));
            if (!product.active()) {
                throw new ValidationException("productId", "must be active", product.id());
            }
            if (!products.tryDecrementStock(product.id(), command.quantity())) {
                int available = products.find(product.id()).map(Product::stock).orElse(0);
                throw new InsufficientStockException(product.id(), command.quantity(), available);
            }
            Sale saved = sales.save(new Sale(new SaleId(ids.next()), customer.id(), product.id(),
                    command.quantity(), product.price(), soldAt, Optional.ofNullable(command.campaign()),
                    Optional.empty()));
            LOG.info("Recorded sale {}: {} x {} to customer {}", saved.id(), saved.quantity(), product.sku(),
                    customer.id());
            return saved;
        });
    }

    @Override
    public Sale recordReturn(NewReturn command) {
        if (command == null) {
            throw new ValidationException("command", "must not be null", null);
        }
        requirePositive(command.quantity());
        require(command.saleId(), "saleId");
        return transactions.inTransaction(() -> {
            Instant returnedAt = notInFuture(command.returnedAt(), clock.instant(), "returnedAt");
            Sale original = load(command.saleId());
            if (original.isReturn()) {
                throw new ValidationException("saleId", "must be a sale, not a return", original.id());
            }
            int open = original.quantity() - sales.returnedQuantity(original.id());
            if (command.quantity() > open) {
                throw new ValidationException("quantity", "must not exceed the " + open
                        + " units of sale " + original.id() + " not yet returned", command.quantity());
            }
            products.incrementStock(original.productId(), command.quantity());
            Sale saved = sales.save(new Sale(new SaleId(ids.next()), original.customerId(), original.productId(),
                    -command.quantity(), original.unitPrice(), returnedAt, original.campaign(),
                    Optional.of(original.id())));
            LOG.info("Recorded return {}: {} units of sale {}", saved.id(), command.quantity(), original.id());
            return saved;
        });
    }

    @Override
    public Sale get(SaleId id) {
        require(id, "saleId");
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Optional<Sale> find(SaleId id) {
        require(id, "saleId");
        return transactions.inTransaction(() -> sales.find(id));
    }

    @Override
    public Page<Sale> search(SaleQuery query, PageRequest request) {
        require(query, "query");
        require(request, "pageRequest");
        if (!SaleQuery.SORT_PROPERTIES.contains(request.sort().property())) {
            throw new ValidationException("sort", "must be one of " + new TreeSet<>(SaleQuery.SORT_PROPERTIES),
                    request.sort().property());
        }
        return transactions.inTransaction(() -> sales.search(query, request));
    }

    private Sale load(SaleId id) {
        return sales.find(id).orElseThrow(() -> new NotFoundException("saleId", id));
    }

    private static Instant notInFuture(Instant at, Instant now, String field) {
        if (at == null) {
            return now;
        }
        if (at.isAfter(now)) {
            throw new ValidationException(field, "must not be in the future", at);
        }
        return at;
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new ValidationException("quantity", "must be > 0", quantity);
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new ValidationException(field, "must not be null", null);
        }
    }
}
