package org.crm4j.jpa.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignQuery;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.campaign.CampaignSort;
import org.crm4j.core.customer.CustomerId;

/**
 * {@link CampaignRepository} on JPA. The status a search filters on is not stored; the WHERE clause derives it
 * from the dates and the finished/cancelled timestamps exactly as {@link Campaign#status(LocalDate)} does.
 */
final class JpaCampaignRepository implements CampaignRepository {

    private static final String ID_FIELD = "campaignId";

    private final JpaTransactions tx;
    private final Dialect dialect;

    JpaCampaignRepository(JpaTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public Campaign save(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        return tx.withEntityManager(em -> {
            CampaignEntity row = new CampaignEntity();
            CampaignMapper.copy(campaign, row);
            Campaign stored = CampaignMapper.toDomain(row);
            Repositories.insert(em, row, ID_FIELD, row.id);
            return stored;
        });
    }

    @Override
    public Campaign update(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        UUID id = campaign.id().value();
        return tx.withEntityManager(em -> Repositories.update(em, "Campaign", CampaignEntity.class, ID_FIELD, id,
                campaign.version(), row -> CampaignMapper.copy(campaign.withVersion(campaign.version() + 1), row),
                CampaignMapper::toDomain));
    }

    @Override
    public Optional<Campaign> find(CampaignId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em, m -> m.find(CampaignEntity.class, id.value()),
                row -> Optional.ofNullable(row).map(CampaignMapper::toDomain)));
    }

    @Override
    public Page<Campaign> search(CampaignQuery query, LocalDate today, PageRequest<CampaignSort> request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(request, "request");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        query.nameContains().ifPresent(part -> {
            where.append(" AND LOWER(c.name) LIKE ?").append(Sql.LIKE_ESCAPE);
            parameters.add(Sql.containsPattern(part));
        });
        query.channel().ifPresent(channel -> {
            where.append(" AND c.channel = ?");
            parameters.add(channel.name());
        });
        query.status().ifPresent(status -> {
            switch (status) {
                case CANCELLED -> where.append(" AND c.cancelled_at IS NOT NULL");
                case FINISHED -> {
                    where.append(" AND c.cancelled_at IS NULL AND (c.finished_at IS NOT NULL OR c.end_date < ?)");
                    parameters.add(today);
                }
                case PLANNED -> {
                    where.append(" AND c.cancelled_at IS NULL AND c.finished_at IS NULL AND c.end_date >= ?"
                            + " AND c.start_date > ?");
                    parameters.add(today);
                    parameters.add(today);
                }
                case RUNNING -> {
                    where.append(" AND c.cancelled_at IS NULL AND c.finished_at IS NULL AND c.end_date >= ?"
                            + " AND c.start_date <= ?");
                    parameters.add(today);
                    parameters.add(today);
                }
                default -> throw new IllegalArgumentException("unknown campaign status " + status);
            }
        });
        query.from().ifPresent(from -> {
            where.append(" AND c.end_date >= ?");
            parameters.add(from);
        });
        query.to().ifPresent(to -> {
            where.append(" AND c.start_date < ?");
            parameters.add(to);
        });
        String order = Sql.orderBy(request, key -> switch (key) {
            case ID -> "c.id";
            case NAME -> Sql.lowerTextOrder(dialect, "c.name");
            case START_DATE -> "c.start_date";
            case END_DATE -> "c.end_date";
            case CREATED_AT -> "c.created_at";
        }, "c.id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.page(m, "crm_campaign c", where.toString(), parameters, order, request,
                        CampaignEntity.class),
                rows -> new Page<>(rows.rows().stream().map(CampaignMapper::toDomain).toList(), request.page(),
                        request.size(), rows.total())));
    }

    @Override
    public List<Campaign> findByMember(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.<CampaignEntity>list(m.createNativeQuery("SELECT c.* FROM crm_campaign c WHERE"
                                + " EXISTS (SELECT 1 FROM crm_campaign_member m WHERE m.campaign_id = c.id"
                                + " AND m.customer_id = ?) ORDER BY c.id", CampaignEntity.class)
                        .setParameter(1, customer.value())),
                rows -> rows.stream().map(CampaignMapper::toDomain).toList()));
    }

    @Override
    public void delete(CampaignId id) {
        Objects.requireNonNull(id, "id");
        tx.withEntityManager(em -> {
            try {
                CampaignEntity row = em.find(CampaignEntity.class, id.value());
                if (row == null) {
                    throw new NotFoundException(ID_FIELD, id);
                }
                em.remove(row);
                em.flush();
                return null;
            } catch (RuntimeException e) {
                if (!PersistenceErrors.isConstraintViolation(e)) {
                    throw e;
                }
                throw new ValidationException(ID_FIELD, "must not be referenced by sales to be deleted", id.value());
            } finally {
                em.clear();
            }
        });
    }
}
