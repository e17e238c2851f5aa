package org.crm4j.core.audit;

import java.time.Instant;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;

/**
 * Criteria of {@link AuditService#search}: every present criterion must hold. Immutable.
 *
 * @param recordType the record's type, exactly (for example {@code "customer"})
 * @param recordId   the record's id, exactly
 * @param actor      the acting user
 * @param from       with {@code to}, the half-open period {@code [from, to)} of {@link AuditEntry#at()}
 * @param to         before this instant (exclusive)
 */
public record AuditQuery(Optional<String> recordType, Optional<String> recordId, Optional<UserId> actor,
        Optional<Instant> from, Optional<Instant> to) {

    /**
     * @throws org.crm4j.core.ValidationException on a null field, or on {@code "to"}, rule
     *                                            {@code "must not be before from"}
     */
    public AuditQuery {
        Require.nonNull("recordType", recordType);
        Require.nonNull("recordId", recordId);
        Require.nonNull("actor", actor);
        Require.nonNull("from", from);
        Require.nonNull("to", to);
        Require.notBefore("to", to.orElse(null), "from", from.orElse(null));
    }

    /** @return every entry */
    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * @param type the record type, not null
     * @param id   the record id as text (the id's {@code toString()}), not null
     * @return a copy for one record
     */
    public AuditQuery forRecord(String type, Object id) {
        return new AuditQuery(Optional.of(Require.nonNull("recordType", type)),
                Optional.of(String.valueOf(Require.nonNull("recordId", id))), actor, from, to);
    }

    /**
     * @param user the actor, not null
     * @return a copy for one actor
     */
    public AuditQuery by(UserId user) {
        return new AuditQuery(recordType, recordId, Optional.of(Require.nonNull("actor", user)), from, to);
    }

    /**
     * @param start at or after, not null
     * @param end   before (exclusive), not before {@code start}
     * @return a copy for the period {@code [start, end)}
     */
    public AuditQuery between(Instant start, Instant end) {
        Require.period("from", start, "to", end);
        return new AuditQuery(recordType, recordId, actor, Optional.of(start), Optional.of(end));
    }

    /**
     * @param entry an entry
     * @return whether it matches, as adapters that filter in memory need it
     */
    public boolean matches(AuditEntry entry) {
        return recordType.map(entry.recordType()::equals).orElse(true)
                && recordId.map(entry.recordId()::equals).orElse(true)
                && actor.map(entry.actor()::equals).orElse(true)
                && from.map(f -> !entry.at().isBefore(f)).orElse(true)
                && to.map(t -> entry.at().isBefore(t)).orElse(true);
    }
}
