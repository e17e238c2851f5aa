package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.crm4j.jpa.testing.RunsOn;
import org.flywaydb.core.Flyway;
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
                assertEquals(versions(), Migrations.migrate(db.dataSource(), dialect)); // V1 to V8, V10, V11 and V15 (no V4 but on MariaDB)
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
                assertEquals(versions(), Migrations.migrate(db.dataSource(), dialect)); // V1 to V8, V10, V11 and V15 (no V4 but on MariaDB)
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
                assertTrue(Migrations.MERGED_V1_CHECKSUMS.contains(oldChecksum), "old checksum " + oldChecksum);

                assertEquals(versions() - 1, Migrations.migrate(db.dataSource(), dialect)); // V1 stays applied
                assertEquals(0, Migrations.migrate(db.dataSource(), dialect));
                Flyway current = legacyFlyway(db, dialect.migrationLocations().toArray(String[]::new));
                assertNotEquals(oldChecksum, current.info().applied()[0].getChecksum());
                current.validate();
            }
        }

        /** @return the number of migrations of the dialect: V1 to V8, V10, V11 and V15, V4 (binary collation) on MariaDB only */
        private int versions() {
            return dialect == Dialect.MARIADB ? 11 : 10;
        }

        private String historyTable() {
            // Flyway creates its table with a quoted lower-case name; H2 would upper-case an unquoted one.
            return dialect == Dialect.H2 ? '"' + Migrations.HISTORY_TABLE + '"' : Migrations.HISTORY_TABLE;
        }
    }
}
