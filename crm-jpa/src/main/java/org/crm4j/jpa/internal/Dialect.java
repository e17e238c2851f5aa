package org.crm4j.jpa.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases crm4j ships migrations for, detected from JDBC metadata.
 */
public enum Dialect {
    /** H2 2.x, embedded file or in-memory. */
    H2("h2", "org.hibernate.dialect.H2Dialect"),
    /** PostgreSQL 12 or later. */
    POSTGRESQL("postgresql", "org.hibernate.dialect.PostgreSQLDialect"),
    /** MariaDB 10.7 or later (native UUID type). */
    MARIADB("mariadb", "org.hibernate.dialect.MariaDBDialect");

    private final String folder;
    private final String hibernateDialect;

    Dialect(String folder, String hibernateDialect) {
        this.folder = folder;
        this.hibernateDialect = hibernateDialect;
    }

    /** @return the lower-case name used for migration folders and configuration keys */
    public String folder() {
        return folder;
    }

    /**
     * The Flyway locations of this dialect's migrations. A script lives once, in the most shared folder whose
     * databases agree on it: {@code common} (all three), {@code standard} (H2 and PostgreSQL, which share the
     * SQL-standard {@code UUID} and {@code TIMESTAMP WITH TIME ZONE} types), or the dialect's own folder.
     *
     * @return for example {@code [classpath:db/migration/common, classpath:db/migration/standard]}
     */
    public List<String> migrationLocations() {
        String own = this == MARIADB ? folder : "standard";
        return List.of("classpath:db/migration/common", "classpath:db/migration/" + own);
    }

    /** @return the Hibernate dialect class name */
    public String hibernateDialect() {
        return hibernateDialect;
    }

    /**
     * Detects the dialect of a data source from its JDBC metadata.
     *
     * @param dataSource the data source, not null
     * @return the dialect
     * @throws IllegalArgumentException if the database is not one crm4j supports
     * @throws IllegalStateException    if no connection can be opened
     */
    public static Dialect detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return fromProductName(meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a connection to detect the database: " + e.getMessage(), e);
        }
    }

    static Dialect fromProductName(String productName, String version) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.startsWith("h2")) {
            return H2;
        }
        if (name.startsWith("postgresql")) {
            return POSTGRESQL;
        }
        if (name.startsWith("mariadb") || (name.startsWith("mysql") && version.toLowerCase(Locale.ROOT).contains("mariadb"))) {
            return MARIADB;
        }
        throw new IllegalArgumentException("database must be H2, PostgreSQL or MariaDB, was " + productName + " " + version);
    }
}
