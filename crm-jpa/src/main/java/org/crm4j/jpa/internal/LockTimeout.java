package org.crm4j.jpa.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * How long a statement of crm4j waits for a row lock another transaction holds before the database gives up with a
 * lock wait timeout (translated into a {@link org.crm4j.core.TransientException}): PostgreSQL's {@code lock_timeout}
 * (none by default: it waits for ever), MariaDB's {@code innodb_lock_wait_timeout} (whole seconds, rounded up; 50 s
 * by default) and H2's {@code LOCK_TIMEOUT} (1 s by default).
 *
 * <p>The setting is a session setting: it is set on a connection the first time a crm4j transaction uses it and
 * remembered per physical connection (weakly), so a pooled connection costs one statement in its life, not one
 * per transaction. It stays on the connection when the pool lends it to the host's own code. On PostgreSQL a
 * {@code SET} inside a transaction that rolls back is undone, so {@link #forget(Connection)} is called then and the
 * next transaction on the connection sets it again.
 */
final class LockTimeout {

    /** The physical connections whose session has the setting, with the milliseconds set. */
    private static final Map<Connection, Long> APPLIED = Collections.synchronizedMap(new WeakHashMap<>());

    private final Dialect dialect;
    private final long millis;

    LockTimeout(Dialect dialect, Duration timeout) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.millis = timeout.toMillis();
    }

    /**
     * Sets the lock timeout on the session of {@code connection} unless it has it already.
     *
     * @param connection the connection of a transaction that has just begun
     * @return the physical connection if this call set it (forget it if the transaction rolls back), else null
     * @throws SQLException if the database refuses the statement
     */
    Connection apply(Connection connection) throws SQLException {
        Connection physical = physical(connection);
        Long set = APPLIED.get(physical);
        if (set != null && set == millis) {
            return null;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql());
        }
        APPLIED.put(physical, millis);
        return physical;
    }

    /**
     * Forgets that a connection has the setting (its transaction, which set it, rolled back).
     *
     * @param physical what {@link #apply(Connection)} returned
     */
    static void forget(Connection physical) {
        if (physical != null) {
            APPLIED.remove(physical);
        }
    }

    private String sql() {
        return switch (dialect) {
            case POSTGRESQL -> String.format(Locale.ROOT, "SET lock_timeout = %d", millis);
            case MARIADB -> String.format(Locale.ROOT, "SET SESSION innodb_lock_wait_timeout = %d",
                    Math.max(1, (millis + 999) / 1000));
            case H2 -> String.format(Locale.ROOT, "SET LOCK_TIMEOUT %d", millis);
        };
    }

    private static Connection physical(Connection connection) {
        try {
            Connection inner = connection.unwrap(Connection.class); // HikariCP: the driver's connection
            return inner == null ? connection : inner;
        } catch (SQLException | RuntimeException e) {
            return connection;
        }
    }
}
