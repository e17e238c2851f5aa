package org.crm4j.core.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.audit.AuditAction;
import org.crm4j.core.audit.FieldChange;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.RecordOwners;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.security.RecordType;

/**
 * The ownership port whose changes are recorded in the audit trail ({@link AuditRecorder}): an {@code assign} that
 * changes the owner, team or sharing of a record is an UPDATE entry of that record (its type's label and id) with
 * the fields {@code owner}, {@code team} and {@code shared} that changed. Reads pass through. Thread-safe if the port
 * is.
 */
public final class AuditedOwners implements RecordOwners {

    private final RecordOwners target;
    private final AuditRecorder recorder;

    /**
     * @param target   the adapter's ownership port
     * @param recorder the recorder of the CRM
     */
    public AuditedOwners(RecordOwners target, AuditRecorder recorder) {
        this.target = Objects.requireNonNull(target, "target");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    @Override
    public Optional<Ownership> find(RecordRef record) {
        return target.find(record);
    }

    @Override
    public Map<UUID, Ownership> findAll(RecordType type, Collection<UUID> ids) {
        return target.findAll(type, ids);
    }

    @Override
    public void assign(RecordRef record, Ownership ownership) {
        Optional<Ownership> before = target.find(record);
        target.assign(record, ownership);
        List<FieldChange> changes = new ArrayList<>(3);
        change(changes, "owner", before.map(o -> o.owner().value()), Optional.of(ownership.owner().value()));
        change(changes, "team", before.flatMap(Ownership::team), ownership.team());
        change(changes, "shared", before.map(o -> Boolean.toString(o.shared())),
                Optional.of(Boolean.toString(ownership.shared())));
        if (!changes.isEmpty()) {
            recorder.record(AuditAction.UPDATE, record.type().label(), record.id().toString(), changes);
        }
    }

    private static void change(List<FieldChange> changes, String field, Optional<String> old, Optional<String> now) {
        if (!old.equals(now)) {
            changes.add(new FieldChange(field, old, now));
        }
    }

    @Override
    public String toString() {
        return "Audited[" + target + "]";
    }
}
