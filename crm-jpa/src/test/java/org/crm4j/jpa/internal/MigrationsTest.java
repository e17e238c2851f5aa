package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.crm4j.jpa.testing.RunsOn;
import org.crm4j.jpa.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The migrations of every dialect apply, are idempotent and record themselves in crm4j's own history table. */
abstract class MigrationsTest {

    private final Dialect dialect;

    MigrationsTest(Dialect dialect) {
        this.dialect = dialect;
    }

    @Test
    void migrate_freshSchema_appliesEveryVersionOnceAndDetectsTheDialect() throws SQLException {
        try (TestDatabase db = TestDatabase.create(dialect)) {
            assertEquals(dialect, Dialect.detect(db.dataSource()));
            assertEquals(2, Migrations.migrate(db.dataSource(), dialect));
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
            assertEquals(2, Migrations.migrate(db.dataSource(), dialect));
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

    static final class OnH2Test extends MigrationsTest {
        OnH2Test() {
            super(Dialect.H2);
        }
    }

    @RunsOn(Dialect.POSTGRESQL)
    static final class OnPostgresqlTest extends MigrationsTest {
        OnPostgresqlTest() {
            super(Dialect.POSTGRESQL);
        }
    }

    @RunsOn(Dialect.MARIADB)
    static final class OnMariadbTest extends MigrationsTest {
        OnMariadbTest() {
            super(Dialect.MARIADB);
        }
    }
}
