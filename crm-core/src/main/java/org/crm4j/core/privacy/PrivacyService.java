package org.crm4j.core.privacy;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Transactions;
import org.crm4j.core.activity.ActivityRepository;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.lead.LeadRepository;
import org.crm4j.core.opportunity.OpportunityRepository;
import org.crm4j.core.relationship.RelationshipRepository;
import org.crm4j.core.sales.SaleRepository;
import org.crm4j.core.survey.SurveyInvitationRepository;
import org.crm4j.core.ticket.TicketRepository;

/**
 * Privacy requests of one customer ({@code Crm.privacy()}). Each operation is one transaction. Thread-safe.
 *
 * <p>What is erased and what survives:
 * <ul>
 *   <li>the customer: name, e-mail address, phone number, date of birth, gender and tags are replaced or removed
 *       ({@link org.crm4j.core.customer.Customer#erase}), consent is withdrawn on every channel (so campaigns and
 *       surveys never contact the customer again) and the customer is archived; id, stage history and timestamps
 *       stay;</li>
 *   <li>the leads converted into the customer: person's name, e-mail and phone
 *       ({@link org.crm4j.core.lead.Lead#erase});</li>
 *   <li>kept unchanged, attached to the anonymised customer: sales and returns, relationships, campaign
 *       memberships, tickets, survey answers, opportunities and activities, so that reports, insights and the
 *       history survive. Their free texts (ticket descriptions and comments, survey comments, activity bodies) are
 *       written by staff or the customer and may name the person: crm4j does not rewrite them; a host that must
 *       redact them reads them from {@link #export} and edits them through the features' services.</li>
 *   <li>backup archives ({@link org.crm4j.core.backup.BackupService}): without a {@link CustomerKeyVault}, an
 *       archive written before the erasure still holds the customer in clear, and restoring it brings the person
 *       back; with a vault, erase destroys the customer's key, the personal data sealed under it in older archives
 *       can no longer be opened, and restoring them brings the customer back anonymised.</li>
 * </ul>
 */
public interface PrivacyService {

    /**
     * Everything crm4j holds about a customer, read in one transaction.
     *
     * @param customer the customer
     * @return the record
     * @throws NotFoundException on field {@code "customerId"} if there is no such customer
     */
    CustomerRecord export(CustomerId customer);

    /**
     * Anonymises a customer and the leads converted into it, in one transaction; nothing else is deleted.
     * Erasing twice is harmless (the second call changes nothing).
     *
     * <p>With a {@link CustomerKeyVault} (see {@code Crm.Builder#keyVault}), the customer's key is destroyed after
     * the transaction commits, so that the customer's personal data in backup archives written before (sealed
     * under that key) can no longer be opened, and a restore of such an archive brings the customer back
     * anonymised. If destroying fails, the anonymisation stays committed and a {@link KeyVaultException} says so;
     * calling {@code erase} again (which changes nothing in the CRM) destroys the key.
     *
     * @param customer the customer
     * @return the record after the erasure (what crm4j still holds)
     * @throws NotFoundException  on field {@code "customerId"} if there is no such customer (nothing changed, no
     *                            key destroyed)
     * @throws KeyVaultException  if the customer was anonymised but its key could not be destroyed
     */
    CustomerRecord erase(CustomerId customer);

    /**
     * Creates the service over the ports.
     *
     * @param ports        the repositories it reads and changes
     * @param transactions the transaction boundary
     * @param clock        the time of exports and erasures
     * @return the service
     */
    static PrivacyService create(Ports ports, Transactions transactions, Clock clock) {
        return new DefaultPrivacyService(ports, transactions, clock, Optional.empty());
    }

    /**
     * Creates the service over the ports with a vault of customer keys: {@link #erase} also destroys the customer's
     * key.
     *
     * @param ports        the repositories it reads and changes
     * @param transactions the transaction boundary
     * @param clock        the time of exports and erasures
     * @param vault        the customers' backup keys, not null
     * @return the service
     */
    static PrivacyService create(Ports ports, Transactions transactions, Clock clock, CustomerKeyVault vault) {
        return new DefaultPrivacyService(ports, transactions, clock,
                Optional.of(Objects.requireNonNull(vault, "vault")));
    }

    /**
     * The repositories a privacy request reads and changes.
     *
     * @param customers       customers
     * @param sales           sales
     * @param relationships   relationships
     * @param campaignMembers campaign memberships
     * @param tickets         tickets
     * @param invitations     survey invitations
     * @param leads           leads
     * @param opportunities   opportunities
     * @param activities      activities
     */
    record Ports(CustomerRepository customers, SaleRepository sales, RelationshipRepository relationships,
            CampaignMemberRepository campaignMembers, TicketRepository tickets,
            SurveyInvitationRepository invitations, LeadRepository leads, OpportunityRepository opportunities,
            ActivityRepository activities) {
    }
}
