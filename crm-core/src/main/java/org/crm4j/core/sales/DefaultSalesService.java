package org.crm4j.core.sales;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sales service over the ports; see {@link SalesService}. Thread-safe if the ports are. */
final class DefaultSalesService implements SalesService {

    private static final Logger LOG = LoggerFactory.getLogger(SalesService.class);

    private final SaleRepository sales;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final CampaignRepository campaigns;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    DefaultSalesService(SaleRepository sales, CustomerRepository customers, ProductRepository products,
            CampaignRepository campaigns, Transactions transactions, Clock clock, IdGenerator ids) {
        this.sales = Objects.requireNonNull(sales, "sales");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.products = Objects.requireNonNull(products, "products");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public Sale record(NewSale command) {
        Require.nonNull("command", command);
        requireValid(command, "");
        return transactions.inTransaction(() -> {
            Sale saved = recordChecked(List.of(command), clock.instant(), index -> "").get(0);
            LOG.info("Recorded sale {}: {} x product {} to customer {}", saved.id(), saved.quantity(),
                    saved.productId(), saved.customerId());
            return saved;
        });
    }

    @Override
    public List<Sale> recordAll(List<NewSale> commands) {
        Require.nonNull("sales", commands);
        if (commands.size() > MAX_SALES_PER_CALL) {
            throw new ValidationException("sales", "must hold at most " + MAX_SALES_PER_CALL + " sales",
                    commands.size());
        }
        List<NewSale> copy = new ArrayList<>(commands);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) == null) {
                throw new ValidationException(entry(i), "must not be null", null);
            }
            requireValid(copy.get(i), entry(i) + ".");
        }
        if (copy.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction(() -> {
            List<Sale> saved = recordChecked(copy, clock.instant(), index -> entry(index) + ".");
            LOG.info("Recorded {} sales in one call", saved.size());
            return saved;
        });
    }

    /**
     * Records valid commands inside the caller's transaction: checks the buyers, then the campaigns (one lookup
     * per distinct campaign, none for sales without one), takes the stock of every product (one port call,
     * ascending product ids), then stores the sales (one port call). Each stage checks the entries in list order
     * and throws on the first bad one; the transaction then rolls back whatever was changed.
     */
    private List<Sale> recordChecked(List<NewSale> commands, Instant now, IntFunction<String> prefix) {
        List<Instant> soldAt = new ArrayList<>(commands.size());
        Map<CustomerId, Integer> firstOfCustomer = new LinkedHashMap<>();
        Map<ProductId, Integer> firstOfProduct = new LinkedHashMap<>();
        Map<CampaignId, Integer> firstOfCampaign = new LinkedHashMap<>();
        Map<ProductId, Integer> units = new TreeMap<>(Comparator.comparing(ProductId::value));
        for (int i = 0; i < commands.size(); i++) {
            NewSale command = commands.get(i);
            soldAt.add(notInFuture(command.soldAt(), now, prefix.apply(i) + "soldAt"));
            firstOfCustomer.putIfAbsent(command.customerId(), i);
            firstOfProduct.putIfAbsent(command.productId(), i);
            if (command.campaign() != null) {
                firstOfCampaign.putIfAbsent(command.campaign(), i);
            }
            int index = i;
            units.merge(command.productId(), command.quantity(), (a, b) -> addUnits(a, b, prefix.apply(index)));
        }
        Map<CustomerId, Boolean> active = customers.activeFlags(firstOfCustomer.keySet());
        firstOfCustomer.forEach((id, index) -> {
            Boolean flag = active.get(id);
            if (flag == null) {
                throw new NotFoundException(prefix.apply(index) + "customerId", id);
            }
            if (!flag) {
                throw new ValidationException(prefix.apply(index) + "customerId", "must be active", id);
            }
        });
        firstOfCampaign.forEach((id, index) -> {
            if (campaigns.find(id).isEmpty()) {
                throw new NotFoundException(prefix.apply(index) + "campaign", id);
            }
        });
        Map<ProductId, Product> taken = takeStock(units, firstOfProduct, prefix);
        firstOfProduct.forEach((id, index) -> {
            Product product = taken.get(id);
            if (product == null) {
                Product stored = products.find(id)
                        .orElseThrow(() -> new NotFoundException(prefix.apply(index) + "productId", id));
                if (!stored.active()) {
                    throw new ValidationException(prefix.apply(index) + "productId", "must be active", id);
                }
                throw new InsufficientStockException(id, units.get(id), stored.stock());
            }
            if (!product.active()) {
                throw new ValidationException(prefix.apply(index) + "productId", "must be active", id);
            }
        });
        List<Sale> sales = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            NewSale command = commands.get(i);
            sales.add(new Sale(new SaleId(ids.next()), command.customerId(), command.productId(),
                    command.quantity(), taken.get(command.productId()).price(), soldAt.get(i),
                    Optional.ofNullable(command.campaign()), Optional.empty()));
        }
        if (sales.size() == 1) {
            return List.of(this.sales.save(sales.get(0)));
        }
        this.sales.saveAll(sales);
        return List.copyOf(sales);
    }

    private Map<ProductId, Product> takeStock(Map<ProductId, Integer> units, Map<ProductId, Integer> firstOfProduct,
            IntFunction<String> prefix) {
        try {
            return products.takeStock(units);
        } catch (NotFoundException e) {
            for (Map.Entry<ProductId, Integer> first : firstOfProduct.entrySet()) {
                if (first.getKey().toString().equals(e.id())) {
                    throw new NotFoundException(prefix.apply(first.getValue()) + "productId", first.getKey());
                }
            }
            throw e;
        }
    }

    private static int addUnits(int a, int b, String prefix) {
        long sum = (long) a + b;
        if (sum > Integer.MAX_VALUE) {
            throw new ValidationException(prefix + "quantity",
                    "must keep the units of one product in one call at most " + Integer.MAX_VALUE, sum);
        }
        return (int) sum;
    }

    private static String entry(int index) {
        return "sales[" + index + "]";
    }

    private static void requireValid(NewSale command, String prefix) {
        Require.positive(prefix + "quantity", command.quantity());
        Require.nonNull(prefix + "customerId", command.customerId());
        Require.nonNull(prefix + "productId", command.productId());
    }

    @Override
    public Sale recordReturn(NewReturn command) {
        Require.nonNull("command", command);
        Require.positive("quantity", command.quantity());
        Require.nonNull("saleId", command.saleId());
        return transactions.inTransaction(() -> {
            Instant returnedAt = notInFuture(command.returnedAt(), clock.instant(), "returnedAt");
            Sale original = sales.lockForReturn(command.saleId())
                    .orElseThrow(() -> new NotFoundException("saleId", command.saleId()));
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
        Require.nonNull("saleId", id);
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Optional<Sale> find(SaleId id) {
        Require.nonNull("saleId", id);
        return transactions.inTransaction(() -> sales.find(id));
    }

    @Override
    public Page<Sale> search(SaleQuery query, PageRequest<SaleSort> request) {
        Require.nonNull("query", query);
        Require.nonNull("pageRequest", request);
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

}
