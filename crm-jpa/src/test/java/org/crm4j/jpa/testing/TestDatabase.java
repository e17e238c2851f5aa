package org.crm4j.jpa.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.crm4j.jpa.internal.Dialect;

/**
 * A private, empty database for one test class on a shared server: a fresh in-memory H2 database, a fresh
 * PostgreSQL schema or a fresh MariaDB database, dropped again by {@link #close()}. Opening fails (it never
 * skips) when the server cannot be reached; the message says which settings were used and how to change them.
 *
 * <p>Names are {@code crm4j_t_<epoch-seconds>_<random>}; schemas older than two hours, left behind by a killed
 * run, are dropped when the next one is opened.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String PREFIX = "crm4j_t_";
    private static final long STALE_SECONDS = TimeUnit.HOURS.toSeconds(2);

    private final Dialect dialect;
    private final DatabaseSettings settings;
    private final String name;
    private final HikariDataSource dataSource;

    private TestDatabase(Dialect dialect, DatabaseSettings settings, String name, HikariDataSource dataSource) {
        this.dialect = dialect;
        this.settings = settings;
        this.name = name;
        this.dataSource = dataSource;
    }

    /**
     * @param dialect a database
     * @return whether the build asked for it (H2 always, the others under {@code -Pdatabases}); a test that needs a
     *         second server besides its {@link RunsOn} one asks this
     */
    public static boolean requested(Dialect dialect) {
        return DatabaseSettings.requested(dialect);
    }

    /**
     * Creates a fresh database.
     *
     * @param dialect which server
     * @return the database; close it to drop it
     * @throws IllegalStateException if the server cannot be reached
     */
    public static TestDatabase create(Dialect dialect) {
        DatabaseSettings settings = DatabaseSettings.of(dialect);
        String name = PREFIX + (System.currentTimeMillis() / 1000) + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String url;
        switch (dialect) {
            case H2 -> url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            case POSTGRESQL -> {
                admin(dialect, settings, "CREATE SCHEMA " + name);
                url = settings.url() + (settings.url().contains("?") ? "&" : "?") + "currentSchema=" + name;
            }
            case MARIADB -> {
                admin(dialect, settings, "CREATE DATABASE " + name
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                url = replaceDatabase(settings.url(), name);
            }
            default -> throw new IllegalArgumentException("unknown dialect " + dialect);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(12);
        config.setPoolName(name);
        config.setConnectionTimeout(10_000);
        return new TestDatabase(dialect, settings, name, new HikariDataSource(config));
    }

    /** @return the dialect of this database */
    public Dialect dialect() {
        return dialect;
    }

    /** @return a pooled data source of this database */
    public DataSource dataSource() {
        return dataSource;
    }

    /** @return the schema or database name */
    public String name() {
        return name;
    }

    /** Closes the pool and drops the schema or database. */
    @Override
    public void close() {
        dataSource.close();
        switch (dialect) {
            case POSTGRESQL -> admin(dialect, settings, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
            case MARIADB -> admin(dialect, settings, "DROP DATABASE IF EXISTS " + name);
            default -> {
                // the in-memory H2 database disappears with its last connection
            }
        }
    }

    private static void admin(Dialect dialect, DatabaseSettings settings, String sql) {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(),
                settings.password()); Statement statement = connection.createStatement()) {
            dropStale(dialect, connection);
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot use the " + dialect.folder() + " test server at " + settings
                    + " (" + e.getMessage() + "); start it or point the tests elsewhere with -Dcrm4j."
                    + dialect.folder() + ".url/.user/.password or CRM4J_" + dialect.folder().toUpperCase(Locale.ROOT)
                    + "_URL/_USER/_PASSWORD", e);
        }
    }

    private static void dropStale(Dialect dialect, Connection connection) throws SQLException {
        // PostgreSQL schemas and MariaDB databases are both listed in information_schema.schemata.
        String list = "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'crm4j\\_t\\_%'";
        List<String> stale = new ArrayList<>();
        long now = System.currentTimeMillis() / 1000;
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(list)) {
            while (rows.next()) {
                String schema = rows.getString(1);
                String[] parts = schema.split("_");
                if (parts.length >= 4 && parts[2].chars().allMatch(Character::isDigit)
                        && now - Long.parseLong(parts[2]) > STALE_SECONDS) {
                    stale.add(schema);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String schema : stale) {
                statement.execute(dialect == Dialect.POSTGRESQL ? "DROP SCHEMA IF EXISTS " + schema + " CASCADE"
                        : "DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    static String replaceDatabase(String url, String database) {
        int hostStart = url.indexOf("//");
        if (hostStart < 0) {
            throw new IllegalArgumentException("MariaDB URL must look like jdbc:mariadb://host:port/db, was " + url);
        }
        int pathStart = url.indexOf('/', hostStart + 2);
        int query = url.indexOf('?');
        String hostPart = pathStart < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, pathStart);
        String rest = query < 0 ? "" : url.substring(query);
        return hostPart + "/" + database + rest;
    }
}
