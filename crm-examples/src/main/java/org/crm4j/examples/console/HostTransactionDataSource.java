package org.crm4j.examples.console;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The host's {@link DataSource} as crm4j sees it, so that crm4j's work joins the host's Spring transaction.
 *
 * <p>crm-jpa has no hook for a host's transaction manager: its {@code Transactions} port opens one
 * resource-local JPA transaction per outermost call, on a connection it takes from the data source, and commits
 * or rolls back that connection itself. This data source hands crm4j, while a Spring transaction is active on the
 * calling thread, the connection of that transaction (through {@link DataSourceUtils}) behind a proxy on which
 * {@code commit}, {@code setAutoCommit} and {@code close} do nothing and {@code rollback} marks the host's
 * transaction rollback-only. So crm4j's "commit" only flushes its statements into the host's transaction, which
 * commits or rolls back everything together; a crm4j failure can never be half-committed by a host that catches
 * the exception, because the host's commit then turns into a rollback ({@code UnexpectedRollbackException}).
 * Outside a host transaction crm4j gets plain pooled connections and commits by itself, as usual.
 *
 * <p>Limits: crm4j's {@code CommitOutcomeUnknownException} cannot occur inside a host transaction (the host's
 * commit is the one that may fail); a {@code RetryPolicy} must not be combined with it, because a retried crm4j
 * call would run in a host transaction already marked rollback-only. {@code unwrap} reaches the pool, so crm-jpa
 * still evicts a HikariCP pool's connections after a lost connection. Thread-safe.
 */
final class HostTransactionDataSource implements DataSource {

    private final DataSource target;

    /**
     * @param target the host's pooled data source, the one its {@code DataSourceTransactionManager} manages
     */
    HostTransactionDataSource(DataSource target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !(TransactionSynchronizationManager.getResource(target) instanceof ConnectionHolder)) {
            return target.getConnection();
        }
        Connection joined = DataSourceUtils.getConnection(target);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Joined(joined));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("crm4j uses the host's configured credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }

    /** The host transaction's connection, whose transaction the host alone ends. */
    private final class Joined implements InvocationHandler {
        private final Connection connection;

        Joined(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit", "setAutoCommit" -> {
                    return null;
                }
                case "rollback" -> {
                    if (args == null || args.length == 0) {
                        ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(target);
                        if (holder != null) {
                            holder.setRollbackOnly();
                        }
                        return null;
                    }
                }
                case "close" -> {
                    DataSourceUtils.releaseConnection(connection, target);
                    return null;
                }
                case "isClosed" -> {
                    return connection.isClosed();
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                }
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
