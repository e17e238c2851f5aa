package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.crm4j.jpa.testing.RunsOn;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.crm4j.jpa.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrations of every dialect apply, are idempotent and record themselves in crm4j's own history table. */
class MigrationsTest {

    @Nested
    class OnH2 extends Suite {
        OnH2() {
            super(Dialect.H2);
        }

        @Test
        void migrate_databaseWithTheOldH2V1_isAcceptedAndBroughtUpToDate() {
            databaseWithTheOldV1_isAcceptedAndBroughtUpToDate();
        }

        @Test
        void migrate_v1ChangedByHand_isStillRefused(@TempDir Path scripts) throws IOException {
            // The old H2 V1 with one line added by hand: its checksum is neither the current one nor a known old one.
            String oldH2 = "/db/legacy-v1/h2/V1__create_crm_schema.sql";
            try (InputStream old = MigrationsTest.class.getResourceAsStream(oldH2)) {
                Files.writeString(scripts.resolve("V1__create_crm_schema.sql"),
                        "-- a V1 edited by hand: not one of the scripts crm4j merged\n"
                                + new String(old.readAllBytes(), StandardCharsets.UTF_8));
            }
            try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
                legacyFlyway(db, "filesystem:" + scripts).migrate();

                FlywayValidateException e = assertThrows(FlywayValidateException.class,
                        () -> Migrations.migrate(db.dataSource(), Dialect.H2));
                assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
            }
        }
    }

    @Nested
    @RunsOn(Dialect.POSTGRESQL)
    class OnPostgresql extends Suite {
        OnPostgresql() {
            super(Dialect.POSTGRESQL);
        }

        @Test
        void migrate_databaseWithTheOldPostgresqlV1_isAcceptedAndBroughtUpToDate() {
            databaseWithTheOldV1_isAcceptedAndBroughtUpToDate();
        }
    }

    /** A Flyway on crm4j's history table over the scripts of the given locations. */
    private static Flyway legacyFlyway(TestDatabase db, String... locations) {
        return Flyway.configure(MigrationsTest.class.getClassLoader()).dataSource(db.dataSource())
                .table(Migrations.HISTORY_TABLE).locations(locations).load();
    }

    @Nested
    @RunsOn(Dialect.MARIADB)
    class OnMariadb extends Suite {
        OnMariadb() {
            super(Dialect.MARIADB);
        }

        @Test
        void migrate_databaseWithTheOldMariadbV1WithNamedPrimaryKeys_isAcceptedAndBroughtUpToDate() {
            databaseWithTheOldV1_isAcceptedAndBroughtUpToDate();
        }

        /**
         * V3, V8, V11 and V15 of MariaDB named their primary keys, which MariaDB ignores with a warning that Flyway logged; a
         * database migrated with those scripts opens with the current ones, which leave the keys unnamed.
         */
        @Test
        void migrate_databaseWithOldScriptsThatNamedPrimaryKeys_isAccepted(@TempDir Path scripts)
                throws IOException, URISyntaxException {
            Path current = Path.of(MigrationsTest.class.getResource("/db/migration/mariadb").toURI());
            try (Stream<Path> files = Files.list(current)) {
                for (Path file : files.toList()) {
                    Files.copy(file, scripts.resolve(file.getFileName()));
                }
            }
            for (String old : List.of("V3__campaign_members_by_customer.sql", "V8__tickets.sql", "V11__surveys.sql",
                    "V15__campaign_control_group.sql")) {
                try (InputStream legacy = MigrationsTest.class.getResourceAsStream(
                        "/db/legacy-named-keys/mariadb/" + old)) {
                    Files.write(scripts.resolve(old), legacy.readAllBytes());
                }
            }
            try (TestDatabase db = TestDatabase.create(Dialect.MARIADB)) {
                Flyway legacy = legacyFlyway(db, "classpath:db/migration/common", "filesystem:" + scripts);
                legacy.migrate();
                for (MigrationInfo applied : legacy.info().applied()) {
                    String version = applied.getVersion().getVersion();
                    if (Migrations.LEGACY_CHECKSUMS.containsKey(version) && !version.equals("1")) {
                        assertTrue(Migrations.LEGACY_CHECKSUMS.get(version).contains(applied.getChecksum()),
                                "old checksum of V" + version + ": " + applied.getChecksum());
                    }
                }

                assertEquals(0, Migrations.migrate(db.dataSource(), Dialect.MARIADB));
                legacyFlyway(db, Dialect.MARIADB.migrationLocations().toArray(String[]::new)).validate();
            }
        }
    }

    /** The tests, run on H2 always and on PostgreSQL and MariaDB when {@code crm4j.databases} names them. */
    abstract static class Suite {

        private final Dialect dialect;

        Suite(Dialect dialect) {
            this.dialect = dialect;
        }

        @Test
        void migrate_freshSchema_appliesEveryVersionOnceAndDetectsTheDialect() throws SQLException {
            try (TestDatabase db = TestDatabase.create(dialect)) {
                assertEquals(dialect, Dialect.detect(db.dataSource()));
                assertEquals(versions(), Migrations.migrate(db.dataSource(), dialect)); // V1 to V8, V10, V11, V12, V15, V16, V17, V18, V19, V20, V21, V24 and V25 (no V4 but on MariaDB)
                assertEquals(0, Migrations.migrate(db.dataSource(), dialect));
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                     ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + historyTable())) {
                    assertTrue(rows.next());
                    assertTrue(rows.getInt(1) >= 1, "history rows: " + rows.getInt(1));
                }
            }
        }

        @Test
        void migrate_schemaWithHostTables_keepsThemAndAddsCrm4j() throws SQLException {
            try (TestDatabase db = TestDatabase.create(dialect)) {
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE host_order (id INTEGER PRIMARY KEY)");
                }
                assertEquals(versions(), Migrations.migrate(db.dataSource(), dialect)); // V1 to V8, V10, V11, V12, V15, V16, V17, V18, V19, V20, V21, V24 and V25 (no V4 but on MariaDB)
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                     ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM host_order")) {
                    assertTrue(rows.next());
                }
            }
        }

        /**
         * H2 and PostgreSQL used to have their own copies of V1, which differed in a comment only; a database
         * migrated with the old copy (the quick start's ./crm4j-data, say) must still open after they were merged.
         */
        void databaseWithTheOldV1_isAcceptedAndBroughtUpToDate() {
            try (TestDatabase db = TestDatabase.create(dialect)) {
                Flyway legacy = legacyFlyway(db, "classpath:db/legacy-v1/" + dialect.folder());
                legacy.migrate();
                int oldChecksum = legacy.info().applied()[0].getChecksum();
                assertTrue(Migrations.LEGACY_CHECKSUMS.get("1").contains(oldChecksum), "old checksum " + oldChecksum);

                assertEquals(versions() - 1, Migrations.migrate(db.dataSource(), dialect)); // V1 stays applied
                assertEquals(0, Migrations.migrate(db.dataSource(), dialect));
                Flyway current = legacyFlyway(db, dialect.migrationLocations().toArray(String[]::new));
                assertNotEquals(oldChecksum, current.info().applied()[0].getChecksum());
                current.validate();
            }
        }

        /** @return the number of migrations of the dialect: V1 to V8, V10, V11, V12, V15, V16, V17, V18, V19, V20, V21, V24 and V25, V4 (binary collation) on MariaDB only */
        private int versions() {
            return dialect == Dialect.MARIADB ? 20 : 19;
        }

        private String historyTable() {
            // Flyway creates its table with a quoted lower-case name; H2 would upper-case an unquoted one.
            return dialect == Dialect.H2 ? '"' + Migrations.HISTORY_TABLE + '"' : Migrations.HISTORY_TABLE;
        }
    }
}
