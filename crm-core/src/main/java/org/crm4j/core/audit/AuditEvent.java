package org.crm4j.core.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;

/**
 * What happened, before it takes its place in the chain ({@link AuditEntry}). Immutable.
 *
 * @param at         when, cut to microseconds (what every database stores)
 * @param actor      who ({@code "system"} without a security context)
 * @param action     what kind of write (or refusal)
 * @param operation  the service operation, for example {@code "CustomerService.tag"}, 1 to 200 characters
 * @param recordType the record's type, for example {@code "customer"}, 1 to 40 characters
 * @param recordId   the record's id, 1 to 200 characters ({@code "-"} for a refusal that names no record)
 * @param changes    the changed fields
 */
public record AuditEvent(Instant at, UserId actor, AuditAction action, String operation, String recordType,
        String recordId, List<FieldChange> changes) {

    /**
     * @throws org.crm4j.core.ValidationException naming a null or blank field, or a text too long
     */
    public AuditEvent {
        at = Require.nonNull("at", at).truncatedTo(ChronoUnit.MICROS);
        Require.nonNull("actor", actor);
        Require.nonNull("action", action);
        operation = Require.text("operation", operation, 200);
        recordType = Require.text("recordType", recordType, 40);
        recordId = Require.text("recordId", recordId, 200);
        changes = List.copyOf(Require.nonNull("changes", changes));
    }
}
