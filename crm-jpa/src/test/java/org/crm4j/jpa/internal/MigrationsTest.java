package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.crm4j.jpa.testing.RunsOn;
import org.crm4j.jpa.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The migrations of every dialect apply, are idempotent and record themselves in crm4j's own history table. */
class MigrationsTest {

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
                assertEquals(3, Migrations.migrate(db.dataSource(), dialect)); // V1, V2, V3
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
                assertEquals(3, Migrations.migrate(db.dataSource(), dialect)); // V1, V2, V3
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                     ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM host_order")) {
                    assertTrue(rows.next());
                }
            }
        }

        private String historyTable() {
            // Flyway creates its table with a quoted lower-case name; H2 would upper-case an unquoted one.
            return dialect == Dialect.H2 ? '"' + Migrations.HISTORY_TABLE + '"' : Migrations.HISTORY_TABLE;
        }
    }
}
