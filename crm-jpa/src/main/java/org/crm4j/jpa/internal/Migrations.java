package org.crm4j.jpa.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies crm4j's versioned SQL migrations with Flyway, recording them in the history table
 * {@value #HISTORY_TABLE} so that they coexist with a host application's own Flyway history.
 */
public final class Migrations {

    /** The Flyway history table crm4j uses. */
    public static final String HISTORY_TABLE = "crm4j_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /**
     * Brings the schema of a data source up to date.
     *
     * @param dataSource the database, not null
     * @param dialect    its dialect, not null
     * @return the number of migrations applied (0 if the schema was current)
     */
    public static int migrate(DataSource dataSource, Dialect dialect) {
        long start = System.nanoTime();
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(dialect.migrationLocation())
                // A host schema that already holds tables but no crm4j history: start crm4j's history at 0 so
                // that V1 still runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.migrationsExecuted > 0) {
            LOG.info("crm4j schema on {} migrated to version {} ({} migration(s), {} ms)", dialect.folder(),
                    result.targetSchemaVersion, result.migrationsExecuted, millis);
        } else {
            LOG.info("crm4j schema on {} is up to date at version {} ({} ms)", dialect.folder(),
                    flyway.info().current() == null ? "none" : flyway.info().current().getVersion(), millis);
        }
        return result.migrationsExecuted;
    }
}
