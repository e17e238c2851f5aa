package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crm4j.core.Crm;
import org.crm4j.core.Money;
import org.crm4j.core.backup.BackupManifest;
import org.crm4j.core.backup.BackupProgress;
import org.crm4j.core.contract.BackupServiceContract;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerUpdate;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.NewSale;
import org.crm4j.jpa.JpaCrm;
import org.crm4j.jpa.testing.RunsOn;
import org.crm4j.jpa.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, "one consistent snapshot": an export that is under way while other callers register a customer, record
 * sales and rename a customer writes the CRM as it was when the export began, on every database. The export's
 * progress listener stops at its first report (after the products file: the export has counted every table and
 * read the products, so its snapshot is taken, and has read no customer yet), the writes commit, then the export
 * goes on: its archive, and a CRM restored from it, hold none of them. (With {@code READ COMMITTED} instead of the
 * snapshot the customers file holds the late customer and the new name, and this test fails.)
 */
class BackupSnapshotTest {

    private static final int SALES = 1_200;
    private static final int CUSTOMERS = 4;

    @Nested
    class OnH2 extends Suite {
        OnH2() {
            super(Dialect.H2);
        }
    }

    @Nested
    @RunsOn(Dialect.POSTGRESQL)
    class OnPostgresql extends Suite {
        OnPostgresql() {
            super(Dialect.POSTGRESQL);
        }
    }

    @Nested
    @RunsOn(Dialect.MARIADB)
    class OnMariadb extends Suite {
        OnMariadb() {
            super(Dialect.MARIADB);
        }
    }

    abstract static class Suite {

        private final Dialect dialect;

        @TempDir
        Path dir;

        Suite(Dialect dialect) {
            this.dialect = dialect;
        }

        @Test
        void export_whileOthersWrite_holdsTheCrmAsItWasWhenItBegan() throws Exception {
            try (TestDatabase db = TestDatabase.create(dialect);
                    Crm crm = JpaCrm.builder().dataSource(db.dataSource()).build()) {
                Product coffee = crm.products().create(new NewProduct("SNAP-1", "Coffee",
                        Money.of("4.50", "EUR"), 100_000));
                Customer renamed = crm.customers().register(NewCustomer.of("Snapshot 0", "snapshot0@example.org"));
                for (int i = 1; i < CUSTOMERS; i++) {
                    crm.customers().register(NewCustomer.of("Snapshot " + i, "snapshot" + i + "@example.org"));
                }
                crm.sales().recordAll(Collections.nCopies(SALES / 2, NewSale.of(renamed.id(), coffee.id(), 1)));
                crm.sales().recordAll(Collections.nCopies(SALES / 2, NewSale.of(renamed.id(), coffee.id(), 1)));

                Gate gate = new Gate();
                ExecutorService exporter = Executors.newSingleThreadExecutor();
                try {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    Future<BackupManifest> export = exporter.submit(() -> crm.backup().export(out, gate));
                    assertTrue(gate.reached.await(60, TimeUnit.SECONDS), "the export reports its first file");
                    // committed while the export's snapshot is open
                    Customer late = crm.customers().register(NewCustomer.of("Late Comer", "late@example.org"));
                    crm.sales().recordAll(Collections.nCopies(10, NewSale.of(late.id(), coffee.id(), 1)));
                    crm.customers().update(renamed.id(), CustomerUpdate.from(crm.customers().get(renamed.id()))
                            .withName("Renamed During Export"));
                    gate.open.countDown();
                    BackupManifest manifest = export.get(120, TimeUnit.SECONDS);

                    Map<String, Long> counts = new LinkedHashMap<>();
                    manifest.files().forEach(file -> counts.put(file.name(), file.records()));
                    assertEquals(CUSTOMERS, counts.get("customers.jsonl"), "customers in the manifest: " + counts);
                    assertEquals(SALES, counts.get("sales.jsonl"), "sales in the manifest: " + counts);
                    assertEquals("jpa:" + dialect.folder() + ":" + newestMigration(), manifest.schema(),
                            "the manifest names the database and the schema version");

                    Path archive = Files.write(dir.resolve("snapshot.zip"), out.toByteArray());
                    Map<String, String> files = BackupServiceContract.unzip(archive);
                    String customers = files.get("customers.jsonl");
                    assertEquals(CUSTOMERS, customers.lines().count(), customers);
                    assertTrue(!customers.contains("Late Comer") && !customers.contains("Renamed During Export")
                            && customers.contains("Snapshot 0"), customers);
                    assertEquals(SALES, files.get("sales.jsonl").lines().count());

                    try (TestDatabase fresh = TestDatabase.create(Dialect.H2);
                            Crm restored = JpaCrm.builder().dataSource(fresh.dataSource()).build()) {
                        restored.backup().restore(archive, BackupProgress.NONE);
                        assertEquals("Snapshot 0", restored.customers().get(renamed.id()).name());
                        assertTrue(restored.customers().find(late.id()).isEmpty(), "the late customer is not there");
                        assertTrue(restored.audit().verify().firstBroken().isEmpty(), "the audit chain verifies");
                    }
                    assertEquals("Renamed During Export", crm.customers().get(renamed.id()).name(),
                            "the live CRM has the writes");
                } finally {
                    gate.open.countDown();
                    exporter.shutdownNow();
                }
            }
        }
    }

    /** A progress listener that stops at its first report until {@link #open} is counted down. */
    private static final class Gate implements BackupProgress {
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);

        @Override
        public void progress(long done, long total) {
            reached.countDown();
            try {
                if (!open.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test did not open the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** @return the highest version among the migration scripts on the class path (V{n}__*.sql) */
    private static int newestMigration() throws Exception {
        int newest = 0;
        for (String folder : List.of("db/migration/common", "db/migration/standard", "db/migration/mariadb")) {
            Path scripts = Path.of(BackupSnapshotTest.class.getClassLoader().getResource(folder).toURI());
            try (Stream<Path> files = Files.list(scripts)) {
                newest = Math.max(newest, files.map(file -> file.getFileName().toString())
                        .filter(name -> name.matches("V\\d+__.*\\.sql"))
                        .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                        .max().orElse(0));
            }
        }
        return newest;
    }
}
