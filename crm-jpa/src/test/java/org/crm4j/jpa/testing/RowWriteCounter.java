package org.crm4j.jpa.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A data source that counts the rows its statements insert, update and delete in one table, as the JDBC driver
 * reports them (the update counts of {@code executeUpdate} and {@code executeBatch}), whoever issues the statement:
 * Hibernate or plain JDBC through {@code Session.doWork}. Tests use it to show how many rows an operation wrote.
 * It also counts every statement executed on its connections, whatever the table ({@link #statements()}), to show
 * how many round trips an operation made.
 */
public final class RowWriteCounter {

    private final String table;
    private final AtomicLong inserted = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong statements = new AtomicLong();

    /**
     * @param table the table whose writes to count, for example {@code "crm_campaign_member"}
     */
    public RowWriteCounter(String table) {
        this.table = table.toLowerCase(Locale.ROOT);
    }

    /**
     * Wraps a data source; every connection it hands out counts.
     *
     * @param target the data source to wrap
     * @return the counting data source
     */
    public DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, null);
    }

    /** @return rows inserted into the table since the last {@link #reset()} */
    public long inserted() {
        return inserted.get();
    }

    /** @return rows updated in the table since the last {@link #reset()} */
    public long updated() {
        return updated.get();
    }

    /** @return rows deleted from the table since the last {@link #reset()} */
    public long deleted() {
        return deleted.get();
    }

    /**
     * @return statements executed on any table since the last {@link #reset()}: each {@code execute},
     *         {@code executeQuery}, {@code executeUpdate} or {@code executeBatch} call counts once
     */
    public long statements() {
        return statements.get();
    }

    /** Sets the counts to zero. */
    public void reset() {
        statements.set(0);
        inserted.set(0);
        updated.set(0);
        deleted.set(0);
    }

    private <T> T proxy(Class<T> type, Object target, String sql) {
        InvocationHandler handler = (self, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            String name = method.getName();
            if (result instanceof Connection connection && type != Connection.class) {
                return proxy(Connection.class, connection, null);
            }
            if (result instanceof Statement statement && (name.startsWith("prepare")
                    || name.equals("createStatement"))) {
                return proxy(method.getReturnType().asSubclass(Statement.class), statement,
                        name.startsWith("prepare") ? (String) args[0] : null);
            }
            if (name.startsWith("execute")) {
                statements.incrementAndGet();
                String executed = sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s
                        ? s : null;
                count(executed, name.equals("execute") ? ((Statement) target).getUpdateCount() : result);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(RowWriteCounter.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    private void count(String sql, Object result) {
        if (sql == null) {
            return;
        }
        String statement = sql.strip().toLowerCase(Locale.ROOT);
        if (!statement.contains(table)) {
            return;
        }
        long rows = 0;
        if (result instanceof Integer n) {
            rows = Math.max(n, 0);
        } else if (result instanceof Long n) {
            rows = Math.max(n, 0);
        } else if (result instanceof int[] batch) {
            for (int n : batch) {
                rows += n == Statement.SUCCESS_NO_INFO ? 1 : Math.max(n, 0);
            }
        } else if (result instanceof long[] batch) {
            for (long n : batch) {
                rows += n == Statement.SUCCESS_NO_INFO ? 1 : Math.max(n, 0);
            }
        }
        if (statement.startsWith("insert")) {
            inserted.addAndGet(rows);
        } else if (statement.startsWith("update")) {
            updated.addAndGet(rows);
        } else if (statement.startsWith("delete")) {
            deleted.addAndGet(rows);
        }
    }
}
