package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import org.crm4j.jpa.testing.RunsOn;
import org.crm4j.jpa.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hibernate's schema validation ({@code hbm2ddl.auto=validate}) accepts the migrated schema on every dialect. */
class SchemaValidationTest {

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
        void persistenceUnit_migratedSchema_validates() {
            try (TestDatabase db = TestDatabase.create(dialect)) {
                Migrations.migrate(db.dataSource(), dialect);
                try (EntityManagerFactory factory = PersistenceUnit.create(db.dataSource(), dialect, Entities.all())) {
                    assertTrue(factory.isOpen());
                }
            }
        }
    }
}
