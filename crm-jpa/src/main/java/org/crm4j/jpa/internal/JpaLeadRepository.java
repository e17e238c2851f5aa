package org.crm4j.jpa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.lead.LeadQuery;
import org.crm4j.core.lead.LeadRepository;
import org.crm4j.core.lead.LeadSort;
import org.crm4j.jpa.PersonalDataEncryption;
import org.crm4j.jpa.PersonalField;

/** {@link LeadRepository} on JPA: {@code crm_lead} and its status history {@code crm_lead_status_change}. */
final class JpaLeadRepository implements LeadRepository {

    private static final String ID_FIELD = "leadId";

    private final JpaTransactions tx;
    private final Dialect dialect;
    private final FieldCrypto crypto;

    JpaLeadRepository(JpaTransactions tx, Dialect dialect, FieldCrypto crypto) {
        this.tx = tx;
        this.dialect = dialect;
        this.crypto = crypto;
    }

    private Lead toDomain(LeadEntity row) {
        return LeadMapper.toDomain(row, crypto);
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
            LeadMapper.copy(lead, row, crypto);
            Lead stored = LeadMapper.toDomain(row, crypto);
            Repositories.insert(em, row, ID_FIELD, row.id);
            return stored;
        });
    }

    @Override
    public Optional<Lead> find(LeadId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em, m -> m.find(LeadEntity.class, id.value()),
                row -> Optional.ofNullable(row).map(this::toDomain)));
    }

    @Override
    public Lead update(Lead lead) {
        Objects.requireNonNull(lead, "lead");
        return tx.withEntityManager(em -> Repositories.update(em, "Lead", LeadEntity.class, ID_FIELD,
                lead.id().value(), lead.version(),
                row -> LeadMapper.copy(lead.withVersion(lead.version() + 1), row, crypto), this::toDomain));
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
        query.companySize().ifPresent(size -> {
            where.append(" AND l.company_size = ?");
            parameters.add(size.name());
        });
        query.industry().ifPresent(industry -> {
            where.append(" AND l.industry = ?");
            parameters.add(industry.value());
        });
        query.country().ifPresent(country -> {
            where.append(" AND l.country = ?");
            parameters.add(country.value());
        });
        if (request.sort().map(Sort::key).orElse(null) == LeadSort.PERSON_NAME
                && crypto.encrypts(PersonalField.NAME)) {
            throw new ValidationException("sort.key", PersonalDataEncryption.NOT_SEARCHABLE, LeadSort.PERSON_NAME);
        }
        String order = Sql.orderBy(request, key -> switch (key) {
            case ID -> "l.id";
            case PERSON_NAME -> Sql.lowerTextOrder(dialect, "l.person_name");
            case CREATED_AT -> "l.created_at";
            case UPDATED_AT -> "l.updated_at";
        }, "l.id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.page(m, "crm_lead l", where.toString(), parameters, order, request,
                        LeadEntity.class),
                rows -> new Page<>(rows.rows().stream().map(this::toDomain).toList(), request.page(),
                        request.size(), rows.total())));
    }

    @Override
    public List<Lead> findConvertedInto(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.createQuery("SELECT l FROM Lead l WHERE l.customerId = :customer ORDER BY l.createdAt, l.id",
                        LeadEntity.class).setParameter("customer", customer.value()).getResultList(),
                rows -> rows.stream().map(this::toDomain).toList()));
    }
}
