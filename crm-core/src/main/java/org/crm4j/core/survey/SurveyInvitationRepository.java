package org.crm4j.core.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.ticket.TicketId;

/**
 * The port that stores {@link SurveyInvitation}s with their answers. Calls join the running transaction of
 * {@link org.crm4j.core.Transactions}.
 */
public interface SurveyInvitationRepository {

    /**
     * Stores new invitations, all or none (adapters: one batch).
     *
     * @param invitations the invitations, not null
     * @throws org.crm4j.core.DuplicateException {@code invitationId} if an id is taken; {@code token} if a token
     *                                           hash is taken; {@code ticketId} if the survey already has an
     *                                           invitation for the ticket
     */
    void saveAll(List<SurveyInvitation> invitations);

    /**
     * Stores a changed invitation if the stored version equals {@code invitation.version()}.
     *
     * @param invitation the changed invitation, not null
     * @return the stored invitation, version raised by one
     * @throws org.crm4j.core.NotFoundException         {@code invitationId} if it is not stored
     * @throws org.crm4j.core.ConcurrentUpdateException if the stored version differs
     */
    SurveyInvitation update(SurveyInvitation invitation);

    /**
     * @param id the id, not null
     * @return the invitation, or empty
     */
    Optional<SurveyInvitation> find(InvitationId id);

    /**
     * @param hash the hash of a token, not null
     * @return the invitation with that token, or empty
     */
    Optional<SurveyInvitation> findByToken(TokenHash hash);

    /**
     * @param customer the customer, not null
     * @return the customer's invitations, oldest first (ties by id)
     */
    List<SurveyInvitation> findByCustomer(CustomerId customer);

    /**
     * @param survey the survey
     * @param ticket the ticket
     * @return whether the survey has an invitation about the ticket
     */
    boolean hasTicketInvitation(SurveyId survey, TicketId ticket);

    /**
     * @param survey   the survey
     * @param campaign the campaign
     * @return whether the survey has been sent to the campaign
     */
    boolean hasCampaignInvitation(SurveyId survey, CampaignId campaign);

    /**
     * Counts the answers given in {@code [from, to)} per UTC calendar month (crm-jpa: one SQL {@code GROUP BY}).
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive, not before {@code from}
     * @return one row per month with answers, in month order
     */
    List<MonthlyScores> monthlyScores(Instant from, Instant to);
}
