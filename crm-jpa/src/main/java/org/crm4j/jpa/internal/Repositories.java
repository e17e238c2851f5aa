package org.crm4j.jpa.internal;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;

/**
 * What the repositories share: inserting with a duplicate check, the optimistic version check, and leaving the
 * persistence context empty after every operation.
 *
 * <p>Every repository operation flushes its changes and clears the persistence context before it returns, so that
 * no entity stays managed between calls: a later read in the same transaction sees what an atomic SQL update (the
 * stock decrement, the version bump) wrote, and a long transaction (a bulk import) does not accumulate entities.
 *
 * <p>Versions are checked by one conditional statement, {@code UPDATE t SET version = version + 1 WHERE id = ? AND
 * version = ?}: what {@code @Version} would generate, except that it also raises the version of an update that
 * changes nothing else, as the ports require. The statement takes the row lock, so of two concurrent updates of
 * the same version exactly one succeeds and the other sees 0 rows: a {@link ConcurrentUpdateException}.
 */
final class Repositories {

    private Repositories() {
    }

    /**
     * Inserts a new row.
     *
     * @throws DuplicateException on {@code idField} if the id is taken, or on the field of a unique constraint
     */
    static void insert(EntityManager em, Object entity, String idField, UUID id) {
        try {
            em.persist(entity);
            em.flush();
        } catch (EntityExistsException e) {
            throw new DuplicateException(idField, id);
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(e, idField, id);
        } finally {
            em.clear();
        }
    }

    /**
     * Raises the version of a row if it is still at {@code expected}.
     *
     * @param entityName the JPA entity name
     * @throws NotFoundException         on {@code idField} if there is no such row
     * @throws ConcurrentUpdateException if the stored version differs
     */
    static void bumpVersion(EntityManager em, String entityName, Class<?> entityClass, String idField, UUID id,
            long expected) {
        int rows = em.createQuery("UPDATE " + entityName + " e SET e.version = e.version + 1"
                        + " WHERE e.id = :id AND e.version = :version")
                .setParameter("id", id)
                .setParameter("version", expected)
                .executeUpdate();
        if (rows == 0) {
            if (em.find(entityClass, id) == null) {
                throw new NotFoundException(idField, id);
            }
            em.clear();
            throw new ConcurrentUpdateException(id, expected);
        }
    }

    /**
     * The versioned update every aggregate repository makes: raises the stored version if it is still at
     * {@code expected} ({@link #bumpVersion}), copies the new state onto the row, flushes, and returns the stored
     * state; the persistence context is empty afterwards.
     *
     * @param copy     writes the new state (with the raised version) onto the managed row; may refuse a change by
     *                 throwing
     * @param toDomain reads the stored state back from the row
     * @throws NotFoundException         on {@code idField} if there is no such row
     * @throws ConcurrentUpdateException if the stored version differs
     */
    static <E, T> T update(EntityManager em, String entityName, Class<E> entityClass, String idField, UUID id,
            long expected, Consumer<E> copy, Function<E, T> toDomain) {
        bumpVersion(em, entityName, entityClass, idField, id, expected);
        try {
            E row = em.find(entityClass, id);
            copy.accept(row);
            flush(em, idField, id);
            return toDomain.apply(row);
        } finally {
            em.clear();
        }
    }

    /** Flushes the changes of an update, translating a unique-constraint violation. */
    static void flush(EntityManager em, String idField, UUID id) {
        try {
            em.flush();
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(e, idField, id);
        }
    }

    /**
     * Runs a read, maps its entities while they are still attached (lazy collections load), then clears.
     */
    static <E, T> T read(EntityManager em, Function<EntityManager, E> query, Function<E, T> mapper) {
        try {
            return mapper.apply(query.apply(em));
        } finally {
            em.clear();
        }
    }

    /** @return the results of a native query, typed */
    @SuppressWarnings("unchecked") // a native query with an entity class returns instances of that class
    static <E> List<E> list(Query query) {
        return (List<E>) query.getResultList();
    }

    /** @return the single number a COUNT query returns */
    static long count(Query query) {
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Runs the count and the page query of a search.
     *
     * @param table      for example {@code "crm_campaign c"}
     * @param where      the WHERE clause with positional {@code ?} parameters, starting with a space
     * @param parameters the parameters
     * @param order      the ORDER BY expressions, ending with the id as the tie-breaker
     * @param request    the page
     * @param entity     the entity class of the rows
     * @return the rows of the page, still attached, and the total
     */
    static <E> PageRows<E> page(EntityManager em, String table, String where, List<Object> parameters, String order,
            PageRequest<?> request, Class<E> entity) {
        String alias = table.substring(table.indexOf(' ') + 1);
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM " + table + where);
        Query page = em.createNativeQuery("SELECT " + alias + ".* FROM " + table + where + " ORDER BY " + order
                + " LIMIT " + request.size() + " OFFSET " + request.offset(), entity);
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            page.setParameter(i + 1, parameters.get(i));
        }
        long total = count(count);
        List<E> rows = list(page);
        return new PageRows<>(rows, total);
    }

    /** One page of rows and the number of all matching rows. */
    record PageRows<E>(List<E> rows, long total) {
    }
}
