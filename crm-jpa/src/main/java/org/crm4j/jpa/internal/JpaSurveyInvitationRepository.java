package org.crm4j.jpa.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crm4j.core.survey.MonthlyScores;
import org.hibernate.query.NativeQuery;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.survey.InvitationId;
import org.crm4j.core.survey.SurveyId;
import org.crm4j.core.survey.SurveyInvitation;
import org.crm4j.core.survey.SurveyInvitationRepository;
import org.crm4j.core.survey.TokenHash;
import org.crm4j.core.ticket.TicketId;

/**
 * {@link SurveyInvitationRepository} on JPA: one row per invitation with its answer, the answers to custom
 * questions as child rows. Token hashes and (survey, ticket) are unique keys, translated into
 * {@link org.crm4j.core.DuplicateException}s on {@code token} and {@code ticketId}.
 */
final class JpaSurveyInvitationRepository implements SurveyInvitationRepository {

    private static final String ID_FIELD = "invitationId";

    private final JpaTransactions tx;
    private final Dialect dialect;
    private final FieldCrypto crypto;

    JpaSurveyInvitationRepository(JpaTransactions tx, Dialect dialect, FieldCrypto crypto) {
        this.crypto = java.util.Objects.requireNonNull(crypto, "crypto");
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public void saveAll(List<SurveyInvitation> invitations) {
        Objects.requireNonNull(invitations, "invitations");
        tx.withEntityManager(em -> {
            try {
                for (SurveyInvitation invitation : invitations) {
                    SurveyInvitationEntity row = new SurveyInvitationEntity();
                    SurveyMapper.copy(invitation, row, crypto);
                    em.persist(row);
                }
                em.flush();
            } catch (RuntimeException e) {
                throw PersistenceErrors.translate(e, ID_FIELD, null);
            } finally {
                em.clear();
            }
            return null;
        });
    }

    @Override
    public SurveyInvitation update(SurveyInvitation invitation) {
        Objects.requireNonNull(invitation, "invitation");
        UUID id = invitation.id().value();
        return tx.withEntityManager(em -> Repositories.update(em, "SurveyInvitation", SurveyInvitationEntity.class,
                ID_FIELD, id, invitation.version(),
                row -> SurveyMapper.copy(invitation.withVersion(invitation.version() + 1), row, crypto),
                r -> SurveyMapper.toDomain(r, crypto)));
    }

    @Override
    public Optional<SurveyInvitation> find(InvitationId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.find(SurveyInvitationEntity.class, id.value()),
                row -> Optional.ofNullable(row).map(r -> SurveyMapper.toDomain(r, crypto))));
    }

    @Override
    public Optional<SurveyInvitation> findByToken(TokenHash hash) {
        Objects.requireNonNull(hash, "hash");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.<SurveyInvitationEntity>list(m.createNativeQuery("SELECT i.* FROM"
                        + " crm_survey_invitation i WHERE i.token_hash = ?", SurveyInvitationEntity.class)
                        .setParameter(1, hash.hex())),
                rows -> rows.stream().findFirst().map(r -> SurveyMapper.toDomain(r, crypto))));
    }

    @Override
    public List<SurveyInvitation> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.<SurveyInvitationEntity>list(m.createNativeQuery("SELECT i.* FROM"
                        + " crm_survey_invitation i WHERE i.customer_id = ? ORDER BY i.sent_at, i.id",
                        SurveyInvitationEntity.class).setParameter(1, customer.value())),
                rows -> rows.stream().map(r -> SurveyMapper.toDomain(r, crypto)).toList()));
    }

    @Override
    public boolean hasTicketInvitation(SurveyId survey, TicketId ticket) {
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.count(m.createNativeQuery("SELECT COUNT(*) FROM crm_survey_invitation i"
                                + " WHERE i.survey_id = ? AND i.ticket_id = ?")
                        .setParameter(1, survey.value()).setParameter(2, ticket.value())),
                count -> count > 0));
    }

    @Override
    public List<MonthlyScores> monthlyScores(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        String year = dialect == Dialect.MARIADB ? "YEAR(i.answered_at)"
                : "EXTRACT(YEAR FROM i.answered_at AT TIME ZONE 'UTC')";
        String month = dialect == Dialect.MARIADB ? "MONTH(i.answered_at)"
                : "EXTRACT(MONTH FROM i.answered_at AT TIME ZONE 'UTC')";
        String sql = "SELECT " + year + " AS y, " + month + " AS m, COUNT(i.csat) AS csat_answers,"
                + " SUM(CASE WHEN i.csat >= 4 THEN 1 ELSE 0 END) AS satisfied, COUNT(i.nps) AS nps_answers,"
                + " SUM(CASE WHEN i.nps >= 9 THEN 1 ELSE 0 END) AS promoters,"
                + " SUM(CASE WHEN i.nps <= 6 THEN 1 ELSE 0 END) AS detractors"
                + " FROM crm_survey_invitation i WHERE i.answered_at >= ?1 AND i.answered_at < ?2"
                + " GROUP BY " + year + ", " + month;
        return tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
            NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
            List<Object[]> rows = query.addScalar("y", Integer.class).addScalar("m", Integer.class)
                    .addScalar("csat_answers", Long.class).addScalar("satisfied", Long.class)
                    .addScalar("nps_answers", Long.class).addScalar("promoters", Long.class)
                    .addScalar("detractors", Long.class)
                    .setParameter(1, Sql.micros(from)).setParameter(2, Sql.micros(to)).getResultList();
            List<MonthlyScores> result = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                result.add(new MonthlyScores(YearMonth.of((Integer) row[0], (Integer) row[1]), (Long) row[2],
                        (Long) row[3], (Long) row[4], (Long) row[5], (Long) row[6]));
            }
            result.sort(Comparator.comparing(MonthlyScores::month));
            return List.copyOf(result);
        });
    }

    @Override
    public boolean hasCampaignInvitation(SurveyId survey, CampaignId campaign) {
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.count(m.createNativeQuery("SELECT COUNT(*) FROM crm_survey_invitation i"
                                + " WHERE i.survey_id = ? AND i.campaign_id = ?")
                        .setParameter(1, survey.value()).setParameter(2, campaign.value())),
                count -> count > 0));
    }
}
