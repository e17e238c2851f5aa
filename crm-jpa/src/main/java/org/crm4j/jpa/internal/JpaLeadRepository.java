package org.crm4j.jpa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.security.RecordType;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.lead.LeadQuery;
import org.crm4j.core.lead.LeadRepository;
import org.crm4j.core.lead.LeadSort;

/** {@link LeadRepository} on JPA: {@code crm_lead} and its status history {@code crm_lead_status_change}. */
final class JpaLeadRepository implements LeadRepository {

    private static final String ID_FIELD = "leadId";

    private final JpaTransactions tx;
    private final Dialect dialect;

    JpaLeadRepository(JpaTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public Lead save(Lead lead) {
        Objects.requireNonNull(lead, "lead");
        return tx.withEntityManager(em -> {
            if (em.find(LeadEntity.class, lead.id().value()) != null) {
                em.clear();
                throw new DuplicateException(ID_FIELD, lead.id());
            }
            LeadEntity row = new LeadEntity();
            LeadMapper.copy(lead, row);
            Lead stored = LeadMapper.toDomain(row);
            Repositories.insert(em, row, ID_FIELD, row.id);
            return stored;
        });
    }

    @Override
    public Optional<Lead> find(LeadId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em, m -> m.find(LeadEntity.class, id.value()),
                row -> Optional.ofNullable(row).map(LeadMapper::toDomain)));
    }

    @Override
    public Lead update(Lead lead) {
        Objects.requireNonNull(lead, "lead");
        return tx.withEntityManager(em -> Repositories.update(em, "Lead", LeadEntity.class, ID_FIELD,
                lead.id().value(), lead.version(), row -> LeadMapper.copy(lead.withVersion(lead.version() + 1), row),
                LeadMapper::toDomain));
    }

    @Override
    public Page<Lead> search(LeadQuery query, PageRequest<LeadSort> request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(request, "request");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        query.status().ifPresent(status -> {
            where.append(" AND l.status = ?");
            parameters.add(status.name());
        });
        query.owner().ifPresent(owner -> {
            where.append(" AND l.owner_id = ?");
            parameters.add(owner.value());
        });
        query.source().ifPresent(source -> {
            where.append(" AND l.source = ?");
            parameters.add(source.name());
        });
        query.campaign().ifPresent(campaign -> {
            where.append(" AND l.campaign_id = ?");
            parameters.add(campaign.value());
        });
        query.visibleTo().ifPresent(
                visibility -> Visibilities.append(where, parameters, RecordType.LEAD, "l.id", visibility));
        String order = Sql.orderBy(request, key -> switch (key) {
            case ID -> "l.id";
            case PERSON_NAME -> Sql.lowerTextOrder(dialect, "l.person_name");
            case CREATED_AT -> "l.created_at";
            case UPDATED_AT -> "l.updated_at";
        }, "l.id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.page(m, "crm_lead l", where.toString(), parameters, order, request,
                        LeadEntity.class),
                rows -> new Page<>(rows.rows().stream().map(LeadMapper::toDomain).toList(), request.page(),
                        request.size(), rows.total())));
    }
}
