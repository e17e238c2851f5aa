package org.crm4j.jpa.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the benchmarks on a dedicated PostgreSQL database share: creating it, counting rows, checking the data. */
final class BenchDatabases {

    private BenchDatabases() {
    }

    /**
     * Creates the database a JDBC URL names (its last path segment), connecting to {@code postgres} on the same
     * server, unless it exists.
     */
    static void createIfMissing(String url, String user, String password) throws SQLException {
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1).replaceAll("\\?.*", "");
        try (Connection admin = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
             Statement statement = admin.createStatement()) {
            try (ResultSet found = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!found.next()) {
                    statement.execute("CREATE DATABASE " + name);
                }
            }
        }
    }

    /** @return the single number {@code sql} selects */
    static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** @throws IllegalStateException naming {@code what} unless {@code holds} */
    static void check(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("benchmark check failed: " + what);
        }
    }
}
