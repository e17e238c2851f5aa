package org.crm4j.core.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crm4j.core.backup.BackupStore;
import org.crm4j.core.backup.BackupTable;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleId;

/**
 * {@link BackupStore} over the store's maps. The snapshot is the store's lock: while an export runs, every writer
 * waits. A keyset page costs one pass over the table's keys (a bounded heap keeps the smallest {@code limit}).
 */
final class InMemoryBackupStore implements BackupStore {

    private final InMemoryStore store;

    InMemoryBackupStore(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public <T> T inSnapshot(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return store.inTransaction(work);
    }

    @Override
    public long count(BackupTable table) {
        Objects.requireNonNull(table, "table");
        return store.locked(() -> switch (table) {
            case PRODUCT -> (long) store.products.size();
            case CUSTOMER -> (long) store.customers.size();
            case CAMPAIGN -> (long) store.campaigns.size();
            case CAMPAIGN_MEMBER -> store.members.values().stream().mapToLong(Map::size).sum();
            case RELATIONSHIP -> (long) store.relationships.size();
            case OPPORTUNITY -> (long) store.opportunities.size();
            case LEAD -> (long) store.leads.size();
            case ACTIVITY -> (long) store.activities.size();
            case SALE -> (long) store.sales.size();
            case TICKET -> (long) store.tickets.size();
            case SURVEY -> (long) store.surveys.size();
            case INVITATION -> (long) store.invitations.size();
            case RECORD_OWNER -> (long) store.owners.size();
            case ESCALATION_FLAG -> (long) store.escalationFlags.size();
            case TEAM_TURN -> (long) store.teamTurns.size();
            case AUDIT_ENTRY -> (long) store.audit.size();
        });
    }

    @Override
    public List<UUID> ids(BackupTable table, Optional<UUID> after, int limit) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(after, "after");
        checkLimit(limit);
        return store.locked(() -> switch (table) {
            case PRODUCT -> page(store.products.keySet(), key -> key.value(), after, limit);
            case CUSTOMER -> page(store.customers.keySet(), key -> key.value(), after, limit);
            case CAMPAIGN -> page(store.campaigns.keySet(), key -> key.value(), after, limit);
            case RELATIONSHIP -> page(store.relationships.keySet(), key -> key.value(), after, limit);
            case OPPORTUNITY -> page(store.opportunities.keySet(), key -> key.value(), after, limit);
            case LEAD -> page(store.leads.keySet(), key -> key.value(), after, limit);
            case ACTIVITY -> page(store.activities.keySet(), key -> key.value(), after, limit);
            case SALE -> page(store.sales.keySet(), key -> key.value(), after, limit);
            case TICKET -> page(store.tickets.keySet(), key -> key.value(), after, limit);
            case SURVEY -> page(store.surveys.keySet(), key -> key.value(), after, limit);
            case INVITATION -> page(store.invitations.keySet(), key -> key.value(), after, limit);
            default -> throw new IllegalArgumentException("table must be keyed by id, was " + table);
        });
    }

    @Override
    public List<Sale> sales(Optional<SaleId> after, int limit) {
        Objects.requireNonNull(after, "after");
        checkLimit(limit);
        return store.locked(() -> page(store.sales.keySet(), SaleId::value, after.map(SaleId::value), limit)
                .stream().map(id -> store.sales.get(new SaleId(id))).toList());
    }

    @Override
    public String schema() {
        return "in-memory";
    }

    @Override
    public SortedMap<String, Long> teamTurns() {
        return store.locked(() -> Collections.unmodifiableSortedMap(new TreeMap<>(store.teamTurns)));
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be in [1, 1000], was " + limit);
        }
    }

    /** @return the smallest {@code limit} ids above {@code after}, ascending in unsigned order */
    private static <K> List<UUID> page(Collection<K> keys, Function<K, UUID> id, Optional<UUID> after, int limit) {
        PriorityQueue<UUID> largestFirst = new PriorityQueue<>(limit + 1, InMemoryStore.UUID_ORDER.reversed());
        UUID floor = after.orElse(null);
        for (K key : keys) {
            UUID value = id.apply(key);
            if (floor != null && InMemoryStore.UUID_ORDER.compare(value, floor) <= 0) {
                continue;
            }
            if (largestFirst.size() < limit) {
                largestFirst.add(value);
            } else if (InMemoryStore.UUID_ORDER.compare(value, largestFirst.peek()) < 0) {
                largestFirst.poll();
                largestFirst.add(value);
            }
        }
        List<UUID> ids = new ArrayList<>(largestFirst);
        ids.sort(InMemoryStore.UUID_ORDER);
        return ids;
    }
}
