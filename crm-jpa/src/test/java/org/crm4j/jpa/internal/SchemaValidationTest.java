package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import org.crm4j.jpa.testing.RunsOn;
import org.crm4j.jpa.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Hibernate's schema validation ({@code hbm2ddl.auto=validate}) accepts the migrated schema on every dialect. */
abstract class SchemaValidationTest {

    private final Dialect dialect;

    SchemaValidationTest(Dialect dialect) {
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

    static final class OnH2Test extends SchemaValidationTest {
        OnH2Test() {
            super(Dialect.H2);
        }
    }

    @RunsOn(Dialect.POSTGRESQL)
    static final class OnPostgresqlTest extends SchemaValidationTest {
        OnPostgresqlTest() {
            super(Dialect.POSTGRESQL);
        }
    }

    @RunsOn(Dialect.MARIADB)
    static final class OnMariadbTest extends SchemaValidationTest {
        OnMariadbTest() {
            super(Dialect.MARIADB);
        }
    }
}
