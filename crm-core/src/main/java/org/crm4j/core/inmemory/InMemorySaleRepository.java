package org.crm4j.core.inmemory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleId;
import org.crm4j.core.sales.SaleQuery;
import org.crm4j.core.sales.SaleRepository;
import org.crm4j.core.sales.SaleSort;

/** {@link SaleRepository} over the store's sale map. */
final class InMemorySaleRepository implements SaleRepository {

    private static final Comparator<Sale> BY_ID = Comparator.comparing(s -> s.id().value(), InMemoryStore.UUID_ORDER);

    private final InMemoryStore store;

    InMemorySaleRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Sale save(Sale sale) {
        Objects.requireNonNull(sale, "sale");
        return store.locked(() -> {
            if (store.sales.containsKey(sale.id())) {
                throw new DuplicateException("saleId", sale.id());
            }
            if (sale.requestId().isPresent() && !findByRequestIds(List.of(sale.requestId().get())).isEmpty()) {
                throw new DuplicateException("requestId", sale.requestId().get());
            }
            store.put(store.sales, sale.id(), sale);
            return sale;
        });
    }

    @Override
    public void saveAll(List<Sale> sales) {
        Objects.requireNonNull(sales, "sales");
        store.locked(() -> {
            sales.forEach(this::save);
            return null;
        });
    }

    @Override
    public Optional<Sale> find(SaleId id) {
        return store.locked(() -> Optional.ofNullable(store.sales.get(id)));
    }

    /** The store lock, held for the whole transaction, already serialises returns. */
    @Override
    public Optional<Sale> lockForReturn(SaleId id) {
        return find(id);
    }

    @Override
    public int returnedQuantity(SaleId saleId) {
        return store.locked(() -> store.sales.values().stream()
                .filter(s -> s.returnOf().filter(saleId::equals).isPresent())
                .mapToInt(s -> -s.quantity()).sum());
    }

    @Override
    public Page<Sale> search(SaleQuery query, PageRequest<SaleSort> request) {
        return store.locked(() -> InMemoryStore.page(store.sales.values(), query::matches, request,
                InMemorySaleRepository::comparator, BY_ID));
    }

    @Override
    public Map<String, Sale> findByRequestIds(Collection<String> requestIds) {
        Objects.requireNonNull(requestIds, "requestIds");
        Set<String> wanted = Set.copyOf(requestIds);
        return store.locked(() -> {
            Map<String, Sale> found = new HashMap<>();
            for (Sale sale : store.sales.values()) {
                sale.requestId().filter(wanted::contains).ifPresent(id -> found.put(id, sale));
            }
            return found;
        });
    }

    private static Comparator<Sale> comparator(SaleSort key) {
        return switch (key) {
            case SOLD_AT -> Comparator.comparing(Sale::soldAt);
            case QUANTITY -> Comparator.comparingInt(Sale::quantity);
            case ID -> BY_ID;
        };
    }
}
