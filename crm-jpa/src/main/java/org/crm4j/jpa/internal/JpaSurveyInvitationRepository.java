package org.crm4j.jpa.internal;

import java.util.List;
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

    JpaSurveyInvitationRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void saveAll(List<SurveyInvitation> invitations) {
        Objects.requireNonNull(invitations, "invitations");
        tx.withEntityManager(em -> {
            try {
                for (SurveyInvitation invitation : invitations) {
                    SurveyInvitationEntity row = new SurveyInvitationEntity();
                    SurveyMapper.copy(invitation, row);
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
                row -> SurveyMapper.copy(invitation.withVersion(invitation.version() + 1), row),
                SurveyMapper::toDomain));
    }

    @Override
    public Optional<SurveyInvitation> find(InvitationId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.find(SurveyInvitationEntity.class, id.value()),
                row -> Optional.ofNullable(row).map(SurveyMapper::toDomain)));
    }

    @Override
    public Optional<SurveyInvitation> findByToken(TokenHash hash) {
        Objects.requireNonNull(hash, "hash");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.<SurveyInvitationEntity>list(m.createNativeQuery("SELECT i.* FROM"
                        + " crm_survey_invitation i WHERE i.token_hash = ?", SurveyInvitationEntity.class)
                        .setParameter(1, hash.hex())),
                rows -> rows.stream().findFirst().map(SurveyMapper::toDomain)));
    }

    @Override
    public List<SurveyInvitation> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.<SurveyInvitationEntity>list(m.createNativeQuery("SELECT i.* FROM"
                        + " crm_survey_invitation i WHERE i.customer_id = ? ORDER BY i.sent_at, i.id",
                        SurveyInvitationEntity.class).setParameter(1, customer.value())),
                rows -> rows.stream().map(SurveyMapper::toDomain).toList()));
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
    public boolean hasCampaignInvitation(SurveyId survey, CampaignId campaign) {
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.count(m.createNativeQuery("SELECT COUNT(*) FROM crm_survey_invitation i"
                                + " WHERE i.survey_id = ? AND i.campaign_id = ?")
                        .setParameter(1, survey.value()).setParameter(2, campaign.value())),
                count -> count > 0));
    }
}
