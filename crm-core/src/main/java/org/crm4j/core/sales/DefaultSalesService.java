package org.crm4j.core.sales;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.RetryPolicy;
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

    private static final String REQUEST_ID = "requestId";
    private static final Logger LOG = LoggerFactory.getLogger(SalesService.class);

    private final SaleRepository sales;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final CampaignRepository campaigns;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final RetryPolicy retry;

    DefaultSalesService(SaleRepository sales, CustomerRepository customers, ProductRepository products,
            CampaignRepository campaigns, Transactions transactions, Clock clock, IdGenerator ids,
            RetryPolicy retry) {
        this.retry = Objects.requireNonNull(retry, "retry");
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
        if (command.requestId().isPresent()) {
            return recordIdempotently(List.of(command), index -> "").get(0);
        }
        return transactions.inTransaction(() -> {
            Sale saved = recordChecked(List.of(command), clock.instant(), index -> "").get(0);
            LOG.debug("Recorded sale {}: {} x product {} to customer {}", saved.id(), saved.quantity(),
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
        Set<String> requestIds = new HashSet<>();
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) == null) {
                throw new ValidationException(entry(i), "must not be null", null);
            }
            requireValid(copy.get(i), entry(i) + ".");
            String requestId = copy.get(i).requestId().orElse(null);
            if (requestId != null && !requestIds.add(requestId)) {
                throw new ValidationException(entry(i) + ".requestId", "must be unique within the call", requestId);
            }
        }
        if (copy.isEmpty()) {
            return List.of();
        }
        if (!requestIds.isEmpty()) {
            return recordIdempotently(copy, index -> entry(index) + ".");
        }
        return transactions.inTransaction(() -> {
            List<Sale> saved = recordChecked(copy, clock.instant(), index -> entry(index) + ".");
            LOG.debug("Recorded {} sales in one call", saved.size());
            return saved;
        });
    }

    /**
     * Records commands some of which carry request ids: those already stored are returned as stored, the others
     * recorded (all or nothing). A concurrent call that stores one of the request ids first makes the insert fail
     * on the unique request id; the call then starts again in a new transaction and finds it. Repeated by the
     * retry policy after an unknown commit outcome, which is safe for the same reason.
     */
    private List<Sale> recordIdempotently(List<NewSale> commands, IntFunction<String> prefix) {
        return retry.runIdempotent(() -> {
            try {
                return transactions.inTransaction(() -> recordOrReplay(commands, prefix));
            } catch (DuplicateException e) {
                if (!REQUEST_ID.equals(e.field()) || transactions.active()) {
                    throw e;
                }
                return transactions.inTransaction(() -> recordOrReplay(commands, prefix));
            }
        });
    }

    private List<Sale> recordOrReplay(List<NewSale> commands, IntFunction<String> prefix) {
        List<String> keys = new ArrayList<>();
        commands.forEach(command -> command.requestId().ifPresent(keys::add));
        Map<String, Sale> stored = sales.findByRequestIds(keys);
        List<NewSale> fresh = new ArrayList<>();
        List<Integer> freshIndex = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            NewSale command = commands.get(i);
            Sale earlier = command.requestId().map(stored::get).orElse(null);
            if (earlier == null) {
                fresh.add(command);
                freshIndex.add(i);
            } else if (!sameSale(command, earlier)) {
                throw new ValidationException(prefix.apply(i) + REQUEST_ID,
                        "must not be reused for a different sale (stored: sale " + earlier.id() + ")",
                        command.requestId().orElseThrow());
            }
        }
        List<Sale> recorded = fresh.isEmpty() ? List.of()
                : recordChecked(fresh, clock.instant(), j -> prefix.apply(freshIndex.get(j)));
        List<Sale> result = new ArrayList<>(commands.size());
        int next = 0;
        for (int i = 0; i < commands.size(); i++) {
            if (next < freshIndex.size() && freshIndex.get(next) == i) {
                result.add(recorded.get(next++));
            } else {
                result.add(stored.get(commands.get(i).requestId().orElseThrow()));
            }
        }
        LOG.debug("Recorded {} sales with request ids, {} of them already stored", commands.size(),
                commands.size() - fresh.size());
        return List.copyOf(result);
    }

    private static boolean sameSale(NewSale command, Sale stored) {
        return !stored.isReturn() && command.customerId().equals(stored.customerId())
                && command.productId().equals(stored.productId()) && command.quantity() == stored.quantity()
                && command.campaign().equals(stored.campaign())
                && command.unitPrice().map(stored.unitPrice()::equals).orElse(true);
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
            int index = i;
            command.campaign().ifPresent(campaign -> firstOfCampaign.putIfAbsent(campaign, index));
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
        for (int i = 0; i < commands.size(); i++) {
            Money agreed = commands.get(i).unitPrice().orElse(null);
            Currency currency = taken.get(commands.get(i).productId()).price().currency();
            if (agreed != null && !agreed.currency().equals(currency)) {
                throw new ValidationException(prefix.apply(i) + "unitPrice", String.format(Locale.ROOT,
                        Sale.UNIT_PRICE_CURRENCY, currency.getCurrencyCode()), agreed);
            }
        }
        // Lifecycle automation, after the stock and before the inserts: every sale locks its products first (taking
        // stock, ascending ids) and its prospects second (ascending ids), and a customer row is never locked after a
        // sale's foreign key has share-locked it, so sales do not deadlock each other (MariaDB's foreign keys take
        // share locks that an update of the customer row waits for).
        Set<CustomerId> activated = customers.activateProspects(firstOfCustomer.keySet(), now);
        if (!activated.isEmpty()) {
            LOG.debug("First sale moved {} prospect(s) to ACTIVE", activated.size());
        }
        List<Sale> sales = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            NewSale command = commands.get(i);
            sales.add(new Sale(new SaleId(ids.next()), command.customerId(), command.productId(),
                    command.quantity(), command.unitPrice().orElse(taken.get(command.productId()).price()),
                    soldAt.get(i),
                    command.campaign(), Optional.empty(), command.requestId()));
        }
        List<Sale> stored;
        if (sales.size() == 1) {
            stored = List.of(this.sales.save(sales.get(0)));
        } else {
            this.sales.saveAll(sales);
            stored = List.copyOf(sales);
        }
        return stored;
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
        command.requestId().ifPresent(requestId -> Sale.checkRequestId(requestId, prefix + REQUEST_ID));
        command.unitPrice().ifPresent(price -> {
            if (price.isNegative()) {
                throw new ValidationException(prefix + "unitPrice", Sale.UNIT_PRICE_NOT_NEGATIVE, price);
            }
            Require.storable(prefix + "unitPrice", price);
        });
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
            LOG.debug("Recorded return {}: {} units of sale {}", saved.id(), command.quantity(), original.id());
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
    public List<Sale> history(CustomerId customer) {
        Require.nonNull("customerId", customer);
        return transactions.inTransaction(() -> {
            if (customers.activeFlags(List.of(customer)).isEmpty()) {
                throw new NotFoundException("customerId", customer);
            }
            Page<Sale> found = sales.search(SaleQuery.all().withCustomer(customer),
                    PageRequest.of(0, HISTORY_LIMIT, Sort.asc(SaleSort.SOLD_AT)));
            if (found.totalElements() > HISTORY_LIMIT) {
                throw new ValidationException("customerId", "must have at most " + HISTORY_LIMIT
                        + " sales and returns; page with search(SaleQuery.all().withCustomer(id), ...)", customer);
            }
            return found.content();
        });
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

    /** @return {@code given}, or {@code now} if empty */
    private static Instant notInFuture(Optional<Instant> given, Instant now, String field) {
        Instant at = given.orElse(now);
        if (at.isAfter(now)) {
            throw new ValidationException(field, "must not be in the future", at);
        }
        Require.storable(field, at);
        return at;
    }

}
