package org.crm4j.core.backup;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleId;

/**
 * Port: what a backup needs from an adapter besides the features' repositories: one consistent snapshot to read
 * from, counts, and key-ordered listings (keyset pages, so that a million rows are read a page at a time and no
 * page costs more than the one before). The records themselves are read and written through the features'
 * repository ports.
 *
 * <p>Ids are listed in the unsigned order of the UUID (the order of {@code ORDER BY id} on H2, PostgreSQL and
 * MariaDB's {@code BINARY(16)}), so that every adapter lists the same ids in the same order. Calls join the running
 * transaction. Implementations are thread-safe.
 */
public interface BackupStore {

    /**
     * Runs {@code work} in one read transaction that sees one consistent snapshot of every table, whatever other
     * transactions commit meanwhile (crm-jpa: {@code REPEATABLE READ}, which is a snapshot on PostgreSQL, MariaDB
     * InnoDB and H2; in memory: the store's lock, which holds off every writer). Joins a running transaction.
     *
     * @param work what to read, not null
     * @param <T>  the result type
     * @return what {@code work} returned
     */
    <T> T inSnapshot(Supplier<T> work);

    /**
     * @param table a table, not null
     * @return how many records it holds
     */
    long count(BackupTable table);

    /**
     * One keyset page of ids.
     *
     * @param table a table {@link BackupTable#keyedById() keyed by id}, not null
     * @param after the id to start after (exclusive), or empty for the first page
     * @param limit the most ids, in [1, 1000]
     * @return the ids greater than {@code after}, ascending in the unsigned order of the UUID, at most {@code limit}
     * @throws IllegalArgumentException if {@code table} is not keyed by id or {@code limit} is out of range
     */
    List<UUID> ids(BackupTable table, Optional<UUID> after, int limit);

    /**
     * One keyset page of sales and returns, read with their ids in one query (sales are the largest table).
     *
     * @param after the id to start after (exclusive), or empty for the first page
     * @param limit the most sales, in [1, 1000]
     * @return the sales whose id is greater than {@code after}, ascending in the unsigned order of the UUID
     * @throws IllegalArgumentException if {@code limit} is out of range
     */
    List<Sale> sales(Optional<SaleId> after, int limit);

    /**
     * @return what the manifest names as the storage and its schema version, for example {@code "in-memory"} or
     *         {@code "jpa:postgresql:24"}
     */
    String schema();

    /** @return the round-robin turn of every team that has one, by team name */
    SortedMap<String, Long> teamTurns();
}
