package org.crm4j.jpa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.security.RecordType;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityQuery;
import org.crm4j.core.opportunity.OpportunityRepository;
import org.crm4j.core.opportunity.OpportunitySort;

/**
 * {@link OpportunityRepository} on JPA: {@code crm_opportunity} with its stage history
 * ({@code crm_opportunity_stage_change}) and line items ({@code crm_opportunity_line_item}).
 */
final class JpaOpportunityRepository implements OpportunityRepository {

    private static final String ID_FIELD = "opportunityId";

    private final JpaTransactions tx;
    private final Dialect dialect;
    private final FieldCrypto crypto;

    JpaOpportunityRepository(JpaTransactions tx, Dialect dialect, FieldCrypto crypto) {
        this.crypto = java.util.Objects.requireNonNull(crypto, "crypto");
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public Opportunity save(Opportunity opportunity) {
        Objects.requireNonNull(opportunity, "opportunity");
        return tx.withEntityManager(em -> {
            if (em.find(OpportunityEntity.class, opportunity.id().value()) != null) {
                em.clear();
                throw new DuplicateException(ID_FIELD, opportunity.id());
            }
            OpportunityEntity row = new OpportunityEntity();
            OpportunityMapper.copy(opportunity, row, crypto);
            Opportunity stored = OpportunityMapper.toDomain(row, crypto);
            Repositories.insert(em, row, ID_FIELD, row.id);
            return stored;
        });
    }

    @Override
    public Optional<Opportunity> find(OpportunityId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em, m -> m.find(OpportunityEntity.class, id.value()),
                row -> Optional.ofNullable(row).map(r -> OpportunityMapper.toDomain(r, crypto))));
    }

    @Override
    public Opportunity update(Opportunity opportunity) {
        Objects.requireNonNull(opportunity, "opportunity");
        return tx.withEntityManager(em -> Repositories.update(em, "Opportunity", OpportunityEntity.class, ID_FIELD,
                opportunity.id().value(), opportunity.version(),
                row -> OpportunityMapper.copy(opportunity.withVersion(opportunity.version() + 1), row, crypto),
                r -> OpportunityMapper.toDomain(r, crypto)));
    }

    @Override
    public Page<Opportunity> search(OpportunityQuery query, PageRequest<OpportunitySort> request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(request, "request");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        query.customer().ifPresent(customer -> {
            where.append(" AND o.customer_id = ?");
            parameters.add(customer.value());
        });
        query.owner().ifPresent(owner -> {
            where.append(" AND o.owner_id = ?");
            parameters.add(owner.value());
        });
        query.stage().ifPresent(stage -> {
            where.append(" AND o.stage = ?");
            parameters.add(stage.name());
        });
        query.visibleTo().ifPresent(
                visibility -> Visibilities.append(where, parameters, RecordType.OPPORTUNITY, "o.id", visibility));
        String order = Sql.orderBy(request, key -> switch (key) {
            case ID -> "o.id";
            case NAME -> Sql.lowerTextOrder(dialect, "o.name");
            case AMOUNT -> "o.amount";
            case EXPECTED_CLOSE_DATE -> "o.expected_close_date";
            case CREATED_AT -> "o.created_at";
        }, "o.id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.page(m, "crm_opportunity o", where.toString(), parameters, order, request,
                        OpportunityEntity.class),
                rows -> new Page<>(rows.rows().stream().map(r -> OpportunityMapper.toDomain(r, crypto)).toList(),
                        request.page(), request.size(), rows.total())));
    }
}
