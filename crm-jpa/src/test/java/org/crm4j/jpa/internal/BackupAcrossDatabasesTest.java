package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.backup.BackupManifest;
import org.crm4j.core.backup.BackupProgress;
import org.crm4j.core.contract.BackupServiceContract;
import org.crm4j.core.contract.Fixtures;
import org.crm4j.core.contract.MutableClock;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.NewSale;
import jakarta.persistence.EntityManagerFactory;
import org.crm4j.jpa.JpaCrm;
import org.crm4j.jpa.PersonalDataEncryption;
import org.crm4j.jpa.testing.RunsOn;
import org.crm4j.jpa.testing.TestDatabase;
import org.crm4j.jpa.testing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip of issue 20: a CRM on H2 exported, restored into PostgreSQL (with personal data encrypted at
 * rest), exported, restored into MariaDB and exported again gives byte-identical data files at every step, and the
 * audit chain verifies on each database. Runs under {@code -Pdatabases} with both servers requested;
 * fails if one cannot be reached. 1 500 of the sales have random ids, so that keyset pages cross the sign bit of
 * the UUID (the order all three databases and the in-memory adapter must agree on).
 */
@RunsOn(Dialect.MARIADB)
class BackupAcrossDatabasesTest {

    @TempDir
    Path dir;

    @Test
    void restoreAndExport_h2ThenPostgresqlThenMariadb_giveIdenticalDataFiles() {
        assumeTrue(TestDatabase.requested(Dialect.POSTGRESQL), "needs PostgreSQL too (-Pdatabases)");
        try (TestDatabase h2 = TestDatabase.create(Dialect.H2);
                TestDatabase postgresql = TestDatabase.create(Dialect.POSTGRESQL);
                TestDatabase mariadb = TestDatabase.create(Dialect.MARIADB)) {
            Migrations.migrate(h2.dataSource(), Dialect.H2);
            EntityManagerFactory factory = PersistenceUnit.create(h2.dataSource(), Dialect.H2, Entities.all());
            try {
                CrmPorts ports = JpaPorts.create(factory, Dialect.H2);
                BackupServiceContract.populate(ports);
                Crm source = Crm.of(ports, new MutableClock(Fixtures.NOW), IdGenerator.random());
                CustomerId buyer = source.customers().register(NewCustomer.of("Bulk Buyer", "bulk@example.org"))
                        .id();
                ProductId coffee = source.products().create(new NewProduct("COF-1", "Coffee",
                        Fixtures.eur("9.99"), 2000)).id();
                for (int batch = 0; batch < 3; batch++) {
                    source.sales().recordAll(Collections.nCopies(500, NewSale.of(buyer, coffee, 1)));
                }
                long audited = source.audit().verify().checked();
                Path archive = export(source, "h2.zip");
                Map<String, String> expected = dataFiles(archive);

                try (Crm onPostgresql = JpaCrm.builder().dataSource(postgresql.dataSource())
                        .encryption(PersonalDataEncryption.with(TestKeys.of("k1"))).build()) {
                    archive = restoreAndExport(onPostgresql, archive, "postgresql", expected, audited);
                }
                try (Crm onMariadb = JpaCrm.builder().dataSource(mariadb.dataSource()).build()) {
                    restoreAndExport(onMariadb, archive, "mariadb", expected, audited);
                }
            } finally {
                factory.close();
            }
        }
    }

    private Path restoreAndExport(Crm crm, Path archive, String database, Map<String, String> expected,
            long audited) {
        BackupManifest restored = crm.backup().restore(archive, BackupProgress.NONE);
        assertTrue(restored.records() > 1500, database + ": " + restored.records());
        Path again = export(crm, database + ".zip");
        assertEquals(expected, dataFiles(again), database + " exports the same data files");
        assertEquals(audited, crm.audit().verify().checked(), database);
        assertTrue(crm.audit().verify().firstBroken().isEmpty(), database + " chain verifies");
        return again;
    }

    private Path export(Crm crm, String name) {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            crm.backup().export(out, BackupProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** @return the text of every data file (everything but the manifest, which names the source and time) */
    private static Map<String, String> dataFiles(Path archive) {
        try {
            Map<String, String> files = BackupServiceContract.unzip(archive);
            files.remove("manifest.json");
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
