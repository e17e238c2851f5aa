package org.crm4j.jpa;

import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.crm4j.jpa.internal.Dialect;
import org.crm4j.jpa.internal.Migrations;

/**
 * crm4j's database schema, for hosts that manage migrations themselves.
 *
 * <p>{@link JpaCrm} migrates the schema on start unless told not to. A host that switches that off either calls
 * {@link #migrate(DataSource)} when it sees fit, or runs the SQL scripts under
 * {@link #migrationLocations(DataSource)} with its own tooling. The scripts are plain SQL, each kept once in the most
 * shared folder whose databases agree on it ({@code db/migration/common} for all three,
 * {@code db/migration/standard} for H2 and PostgreSQL, {@code db/migration/mariadb}); crm4j's Flyway history lives
 * in its own table {@value #HISTORY_TABLE}, so it coexists with the host's own Flyway history.
 */
public final class Crm4jSchema {

    /** The Flyway history table crm4j records its migrations in. */
    public static final String HISTORY_TABLE = Migrations.HISTORY_TABLE;

    private Crm4jSchema() {
    }

    /**
     * Brings crm4j's tables in a database up to date; tables that are not crm4j's are left alone.
     *
     * @param dataSource an H2, PostgreSQL or MariaDB database, not null
     * @return the number of migrations applied, 0 if the schema was current
     * @throws IllegalArgumentException if the database is not one crm4j supports
     * @throws IllegalStateException    if no connection can be opened
     */
    public static int migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return Migrations.migrate(dataSource, Dialect.detect(dataSource));
    }

    /**
     * The class-path folders that together hold the SQL migrations for a database; run their scripts in version
     * order.
     *
     * @param dataSource an H2, PostgreSQL or MariaDB database, not null
     * @return for example {@code [classpath:db/migration/common, classpath:db/migration/standard]} for PostgreSQL
     * @throws IllegalArgumentException if the database is not one crm4j supports
     */
    public static List<String> migrationLocations(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return Dialect.detect(dataSource).migrationLocations();
    }
}
