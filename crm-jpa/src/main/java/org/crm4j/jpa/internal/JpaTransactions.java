package org.crm4j.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crm4j.core.CommitOutcomeUnknownException;
import org.crm4j.core.Transactions;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Transactions} port on a JPA {@link EntityManagerFactory}: one resource-local transaction and one
 * {@link EntityManager} per outermost call, bound to the calling thread; nested calls join it. Persistence
 * failures are translated by {@link PersistenceErrors} after rollback; the domain's own exceptions pass unchanged.
 * The work is flushed before the commit, so that only a failure of the commit itself is reported as a
 * {@link CommitOutcomeUnknownException}; a lost connection also evicts the pool's idle connections
 * ({@link ConnectionEviction}), so that the next calls do not fail on connections the server has already closed.
 * Transactions of two seconds or more are logged at WARN (a bulk import, or a row lock held by someone else).
 * With a lock timeout, each transaction's connection waits at most that long for a row lock ({@link LockTimeout}).
 * Thread-safe.
 */
public final class JpaTransactions implements Transactions {

    /** Transactions at least this long are logged at WARN. */
    private static final long SLOW_MILLIS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(JpaTransactions.class);

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final Runnable connectionLost;
    private final LockTimeout lockTimeout;

    /**
     * Creates the port; its transactions wait for row locks as long as the database's own setting says.
     *
     * @param factory the entity manager factory, not null
     */
    public JpaTransactions(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.connectionLost = ConnectionEviction.of(factory);
        this.lockTimeout = null;
    }

    /**
     * Creates the port; its transactions wait at most {@code lockTimeout} for a row lock.
     *
     * @param factory     the entity manager factory, not null
     * @param dialect     the database, not null
     * @param lockTimeout the longest wait for a row lock, or null to keep the database's setting
     */
    public JpaTransactions(EntityManagerFactory factory, Dialect dialect, Duration lockTimeout) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.connectionLost = ConnectionEviction.of(factory);
        this.lockTimeout = lockTimeout == null ? null : new LockTimeout(dialect, lockTimeout);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return withEntityManager(em -> work.get());
    }

    /**
     * Runs {@code work} with the entity manager of the current transaction, starting one if none is running.
     *
     * @param work what to do
     * @param <T>  the result type
     * @return what {@code work} returned, after commit if this call started the transaction
     */
    public <T> T withEntityManager(Function<EntityManager, T> work) {
        EntityManager joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        long start = System.nanoTime();
        EntityManager em = factory.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        boolean committing = false;
        Connection setHere = null;
        try {
            tx.begin();
            if (lockTimeout != null) {
                setHere = em.unwrap(Session.class).doReturningWork(lockTimeout::apply);
            }
            T result = work.apply(em);
            em.flush(); // statement failures surface here, before the commit: nothing written
            committing = true;
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                try {
                    tx.rollback();
                } catch (RuntimeException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
            }
            LockTimeout.forget(setHere); // PostgreSQL undoes a SET with the transaction
            String lostConnection = PersistenceErrors.transientCause(e);
            if (lostConnection != null && lostConnection.startsWith(PersistenceErrors.CONNECTION_LOST)) {
                connectionLost.run();
            }
            if (committing) {
                throw new CommitOutcomeUnknownException("the commit failed, so the changes may or may not have "
                        + "been written: " + PersistenceErrors.rootMessage(e), e);
            }
            throw PersistenceErrors.translate(e);
        } finally {
            current.remove();
            em.close();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis >= SLOW_MILLIS) {
                LOG.warn("crm4j transaction took {} ms", millis);
            }
        }
    }

    /** @return whether the calling thread is inside a transaction of this port */
    @Override
    public boolean active() {
        return current.get() != null;
    }
}
