package org.crm4j.jpa.internal;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.UserId;
import org.crm4j.core.audit.AuditAction;
import org.crm4j.core.audit.AuditEntry;
import org.crm4j.core.audit.AuditQuery;
import org.crm4j.core.audit.AuditSort;
import org.crm4j.core.audit.AuditTrail;
import org.crm4j.core.audit.ChainHead;
import org.crm4j.core.audit.FieldChange;

/**
 * {@link AuditTrail} on JPA: rows of {@code crm_audit_entry} inserted, never updated or deleted; the head of the
 * chain is the one row of {@code crm_audit_head}, read with {@code FOR UPDATE} by {@link #lockHead()} (every
 * database of crm4j then returns the latest committed head, so two appenders never take the same sequence).
 */
final class JpaAuditTrail implements AuditTrail {

    private final JpaTransactions tx;

    JpaAuditTrail(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public ChainHead lockHead() {
        return readHead(" FOR UPDATE");
    }

    @Override
    public ChainHead head() {
        return readHead("");
    }

    private ChainHead readHead(String lock) {
        return tx.withEntityManager(em -> {
            Object[] row = (Object[]) em.createNativeQuery(
                    "SELECT last_sequence, last_hash FROM crm_audit_head WHERE id = 1" + lock).getSingleResult();
            return new ChainHead(((Number) row[0]).longValue(), ((String) row[1]).strip());
        });
    }

    @Override
    public void append(List<AuditEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        if (entries.isEmpty()) {
            return;
        }
        AuditEntry last = entries.get(entries.size() - 1);
        tx.withEntityManager(em -> {
            try {
                for (AuditEntry entry : entries) {
                    em.persist(toRow(entry));
                }
                em.createNativeQuery("UPDATE crm_audit_head SET last_sequence = ?, last_hash = ? WHERE id = 1")
                        .setParameter(1, last.sequence())
                        .setParameter(2, last.hash())
                        .executeUpdate();
                Repositories.flush(em, "sequence", null);
            } finally {
                em.clear();
            }
            return null;
        });
    }

    @Override
    public List<AuditEntry> read(long fromSequence, int limit) {
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.createQuery("SELECT e FROM AuditEntry e WHERE e.sequence >= :from ORDER BY e.sequence",
                        AuditEntryEntity.class).setParameter("from", fromSequence).setMaxResults(limit)
                        .getResultList(),
                rows -> rows.stream().map(JpaAuditTrail::toDomain).toList()));
    }

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest<AuditSort> request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(request, "request");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        query.recordType().ifPresent(type -> criterion(where, parameters, "e.recordType = :type", "type", type));
        query.recordId().ifPresent(id -> criterion(where, parameters, "e.recordId = :id", "id", id));
        query.actor().ifPresent(actor -> criterion(where, parameters, "e.actor = :actor", "actor", actor.value()));
        query.from().ifPresent(from -> criterion(where, parameters, "e.occurredAt >= :from", "from", from));
        query.to().ifPresent(to -> criterion(where, parameters, "e.occurredAt < :to", "to", to));
        boolean descending = request.sort().map(sort -> sort.descending()).orElse(false);
        return tx.withEntityManager(em -> Repositories.read(em, m -> {
            TypedQuery<Long> count = m.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
            TypedQuery<AuditEntryEntity> page = m.createQuery("SELECT e FROM AuditEntry e" + where
                    + " ORDER BY e.sequence" + (descending ? " DESC" : ""), AuditEntryEntity.class);
            parameters.forEach((name, value) -> {
                count.setParameter(name, value);
                page.setParameter(name, value);
            });
            long total = count.getSingleResult();
            List<AuditEntryEntity> rows = page.setFirstResult((int) Math.min(Integer.MAX_VALUE, request.offset()))
                    .setMaxResults(request.size()).getResultList();
            return new Repositories.PageRows<>(rows, total);
        }, rows -> new Page<>(new ArrayList<>(rows.rows().stream().map(JpaAuditTrail::toDomain).toList()),
                request.page(), request.size(), rows.total())));
    }

    private static void criterion(StringBuilder where, Map<String, Object> parameters, String condition,
            String name, Object value) {
        where.append(" AND ").append(condition);
        parameters.put(name, value);
    }

    private static AuditEntryEntity toRow(AuditEntry entry) {
        AuditEntryEntity row = new AuditEntryEntity();
        row.sequence = entry.sequence();
        row.occurredAt = entry.at();
        row.actor = entry.actor().value();
        row.action = entry.action().name();
        row.operation = entry.operation();
        row.recordType = entry.recordType();
        row.recordId = entry.recordId();
        row.changes = FieldChange.encode(entry.changes());
        row.previousHash = entry.previousHash();
        row.hash = entry.hash();
        return row;
    }

    private static AuditEntry toDomain(AuditEntryEntity row) {
        return new AuditEntry(row.sequence, row.occurredAt, UserId.of(row.actor), AuditAction.valueOf(row.action),
                row.operation, row.recordType, row.recordId, FieldChange.decode(row.changes), row.previousHash,
                row.hash);
    }
}
