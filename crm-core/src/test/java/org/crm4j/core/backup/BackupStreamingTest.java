package org.crm4j.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.contract.Fixtures;
import org.crm4j.core.contract.MutableClock;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.inmemory.InMemoryPorts;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleId;
import org.crm4j.core.sales.SaleQuery;
import org.crm4j.core.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export streams: it reads sales a keyset page of at most 1 000 at a time, each page after the last id of the
 * one before, all inside one snapshot, and reports progress after every page.
 */
class BackupStreamingTest {

    private static final int SALES = 1_200;

    @TempDir
    Path dir;

    /** Records every call a backup makes to the port, delegating to the in-memory store. */
    private static final class RecordingStore implements BackupStore {

        private final BackupStore store;
        final List<String> salePages = new ArrayList<>();
        int snapshots;
        boolean inSnapshot;
        boolean readOutsideSnapshot;

        RecordingStore(BackupStore store) {
            this.store = store;
        }

        @Override
        public <T> T inSnapshot(Supplier<T> work) {
            snapshots++;
            return store.inSnapshot(() -> {
                inSnapshot = true;
                try {
                    return work.get();
                } finally {
                    inSnapshot = false;
                }
            });
        }

        @Override
        public long count(BackupTable table) {
            return store.count(table);
        }

        @Override
        public List<UUID> ids(BackupTable table, Optional<UUID> after, int limit) {
            readOutsideSnapshot |= !inSnapshot;
            return store.ids(table, after, limit);
        }

        @Override
        public List<Sale> sales(Optional<SaleId> after, int limit) {
            readOutsideSnapshot |= !inSnapshot;
            List<Sale> page = store.sales(after, limit);
            salePages.add(after.map(id -> "after " + id.value()).orElse("first") + " limit " + limit + " got "
                    + page.size());
            return page;
        }

        @Override
        public String schema() {
            return store.schema();
        }

        @Override
        public SortedMap<String, Long> teamTurns() {
            return store.teamTurns();
        }
    }

    @Test
    void export_1200Sales_readsThemInKeysetPagesOfAtMost1000InsideOneSnapshot() throws Exception {
        CrmPorts memory = InMemoryPorts.create();
        RecordingStore recording = new RecordingStore(memory.get(BackupStore.class));
        CrmPorts ports = memory.with(BackupStore.class, recording);
        Crm crm = Crm.of(ports, new MutableClock(Fixtures.NOW), IdGenerator.sequence());
        CustomerId ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org")).id();
        ProductId tea = crm.products().create(new NewProduct("TEA-1", "Tea", Fixtures.eur("4.50"), SALES)).id();
        for (int batch = 0; batch < SALES / 400; batch++) {
            crm.sales().recordAll(Collections.nCopies(400, NewSale.of(ada, tea, 1)));
        }
        List<Long> done = new ArrayList<>();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupManifest manifest = crm.backup().export(out, (records, total) -> done.add(records));

        assertEquals(1, recording.snapshots);
        assertTrue(!recording.readOutsideSnapshot, "every read inside the snapshot");
        assertEquals(SALES, crm.backup().verify(Files.write(dir.resolve("b.zip"), out.toByteArray())).files()
                .stream().filter(f -> f.name().equals("sales.jsonl")).findFirst().orElseThrow().records());
        List<Sale> sorted = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            sorted.addAll(crm.sales().search(SaleQuery.all(), PageRequest.of(page, 1000)).content());
        }
        sorted.sort((a, b) -> {
            int most = Long.compareUnsigned(a.id().value().getMostSignificantBits(),
                    b.id().value().getMostSignificantBits());
            return most != 0 ? most : Long.compareUnsigned(a.id().value().getLeastSignificantBits(),
                    b.id().value().getLeastSignificantBits());
        });
        assertEquals(List.of("first limit 1000 got 1000",
                "after " + sorted.get(999).id().value() + " limit 1000 got 200",
                "after " + sorted.get(1199).id().value() + " limit 1000 got 0"), recording.salePages);
        for (int i = 1; i < done.size(); i++) {
            assertTrue(done.get(i) >= done.get(i - 1), "progress never goes back: " + done);
        }
        assertEquals(manifest.records(), done.get(done.size() - 1));
        assertTrue(done.contains(1L + 1 + 1000),
                "reported after each page of sales: " + done);
    }
}
