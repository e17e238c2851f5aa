package org.crm4j.jpa.internal;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies crm4j's versioned SQL migrations with Flyway, recording them in the history table
 * {@value #HISTORY_TABLE} so that they coexist with a host application's own Flyway history.
 */
public final class Migrations {

    /** The Flyway history table crm4j uses. */
    public static final String HISTORY_TABLE = "crm4j_schema_history";

    /**
     * Checksum of MariaDB's first V1, which named its primary keys: MariaDB ignores such names (the schema is the
     * same) but warned about each, and Flyway logged ten warnings; the current V1 leaves them unnamed.
     */
    static final int MARIADB_NAMED_KEYS_V1 = 1_449_074_985;

    /**
     * Flyway checksums of V1 as applied before H2 and PostgreSQL shared one copy of it (they differed only in the
     * first comment line): the old {@code db/migration/h2} and {@code db/migration/postgresql} scripts. A database
     * migrated with either, such as the quick start's {@code ./crm4j-data}, has the same schema as one migrated
     * with the shared script, so its recorded checksum is brought up to date instead of failing validation. The
     * same holds for MariaDB's V1 with named primary keys ({@link #MARIADB_NAMED_KEYS_V1}).
     */
    static final Set<Integer> MERGED_V1_CHECKSUMS = Set.of(899_785_162, 1_157_295_848, MARIADB_NAMED_KEYS_V1);

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
                .locations(dialect.migrationLocations().toArray(String[]::new))
                // A host schema that already holds tables but no crm4j history: start crm4j's history at 0 so
                // that V1 still runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        acceptMergedV1(flyway);
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

    /**
     * Repairs the recorded checksum of V1 if, and only if, validation fails on nothing but V1's checksum (and
     * pending migrations) and the
     * recorded one is a checksum of the scripts that were merged ({@link #MERGED_V1_CHECKSUMS}); any other
     * mismatch is left for {@code migrate} to report.
     */
    private static void acceptMergedV1(Flyway flyway) {
        ValidateResult validation = flyway.validateWithResult();
        if (validation.validationSuccessful || validation.invalidMigrations.isEmpty()) {
            return;
        }
        // pending migrations are fine (migrate applies them); anything else but V1's checksum is not ours to repair
        boolean onlyV1Checksum = validation.invalidMigrations.stream().allMatch(invalid -> invalid.errorDetails != null
                && (invalid.errorDetails.errorCode == CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED
                        || "1".equals(invalid.version)
                                && invalid.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH));
        boolean merged = Arrays.stream(flyway.info().applied())
                .filter(applied -> applied.getVersion() != null && "1".equals(applied.getVersion().getVersion()))
                .anyMatch(applied -> applied.getChecksum() != null
                        && MERGED_V1_CHECKSUMS.contains(applied.getChecksum()));
        if (onlyV1Checksum && merged) {
            flyway.repair();
            LOG.info("crm4j schema: recorded checksum of V1 updated to the current script (same schema)");
        }
    }
}
