package org.crm4j.jpa.internal;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.MigrationInfo;
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
     * Flyway checksums, by version, of scripts that were replaced by ones making the same schema, so that a
     * database migrated with the old script is accepted: its recorded checksum is brought up to date instead of
     * failing validation. V1: the old {@code db/migration/h2} and {@code db/migration/postgresql} copies (they
     * differed from the shared script in their first comment line only; the quick start's {@code ./crm4j-data} may
     * have one) and MariaDB's V1 with named primary keys ({@link #MARIADB_NAMED_KEYS_V1}). V3, V8, V11 and V15: MariaDB's
     * scripts that named primary keys too ({@code CONSTRAINT pk_... PRIMARY KEY}; MariaDB ignores the name and
     * warns, and Flyway logged each warning).
     */
    static final Map<String, Set<Integer>> LEGACY_CHECKSUMS = Map.of(
            "1", Set.of(899_785_162, 1_157_295_848, MARIADB_NAMED_KEYS_V1),
            "3", Set.of(587_168_300),
            "8", Set.of(-1_632_209_544),
            "11", Set.of(56_070_774),
            "15", Set.of(1_834_839_955));

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
        acceptLegacyChecksums(flyway);
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
     * Repairs recorded checksums if, and only if, validation fails on nothing but checksums (and pending
     * migrations) and every mismatched version recorded a checksum of a script that was replaced by an equivalent
     * one ({@link #LEGACY_CHECKSUMS}); any other mismatch is left for {@code migrate} to report.
     */
    private static void acceptLegacyChecksums(Flyway flyway) {
        ValidateResult validation = flyway.validateWithResult();
        if (validation.validationSuccessful || validation.invalidMigrations.isEmpty()) {
            return;
        }
        Map<String, Integer> recorded = new HashMap<>();
        for (MigrationInfo applied : flyway.info().applied()) {
            if (applied.getVersion() != null && applied.getChecksum() != null) {
                recorded.put(applied.getVersion().getVersion(), applied.getChecksum());
            }
        }
        // pending migrations are fine (migrate applies them); anything else but a known old checksum is not ours
        boolean onlyLegacy = validation.invalidMigrations.stream().allMatch(invalid -> invalid.errorDetails != null
                && (invalid.errorDetails.errorCode == CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED
                        || invalid.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH
                                && recorded.containsKey(invalid.version)
                                && LEGACY_CHECKSUMS.getOrDefault(invalid.version, Set.of())
                                        .contains(recorded.get(invalid.version))));
        boolean anyChecksum = validation.invalidMigrations.stream().anyMatch(invalid -> invalid.errorDetails != null
                && invalid.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH);
        if (onlyLegacy && anyChecksum) {
            flyway.repair();
            LOG.info("crm4j schema: recorded checksums of replaced scripts updated to the current ones (same schema)");
        }
    }
}
