package org.crm4j.core.lead;

import java.time.Clock;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Transactions;
import org.crm4j.core.UserDirectory;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.customer.CustomerService;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.opportunity.OpportunityService;

/**
 * Enters leads, moves them through their statuses and converts them into customers. Every operation is atomic: it
 * runs in one transaction and, when it throws a {@link org.crm4j.core.CrmException}, has changed nothing.
 * Implementations are thread-safe. Changes of one lead by two callers at once: one of them fails with a
 * {@link ConcurrentUpdateException}.
 */
public interface LeadService {

    /**
     * Creates the service.
     *
     * @param leads         the lead port
     * @param customers     the customer service that registers converted leads
     * @param customerPort  the customer port, to find and check existing customers
     * @param campaigns     the campaign port, to check a lead's campaign
     * @param opportunities the opportunity service that opens a converted lead's opportunity
     * @param users         the host's users, to check owners ({@link UserDirectory#anyone()} checks nothing)
     * @param transactions  the transaction port
     * @param clock         the source of timestamps
     * @param ids           the source of new ids
     * @param defaultRegion the region of national phone numbers, or null for international numbers only
     * @return the service
     */
    static LeadService create(LeadRepository leads, CustomerService customers, CustomerRepository customerPort,
            CampaignRepository campaigns, OpportunityService opportunities, UserDirectory users,
            Transactions transactions, Clock clock, IdGenerator ids, PhoneRegion defaultRegion) {
        return new DefaultLeadService(leads, customers, customerPort, campaigns, opportunities, users, transactions, clock, ids,
                defaultRegion);
    }

    /**
     * Enters a NEW lead.
     *
     * @param command the details
     * @return the stored lead, at version 0
     * @throws ValidationException on {@code "personName"}, {@code "companyName"} (blank or too long),
     *                             {@code "industry"} (rule {@link IndustryCode#RULE}), {@code "country"} (rule
     *                             {@link org.crm4j.core.CountryCode#RULE}; a blank industry or country is read as
     *                             none), {@code "email"} (invalid, or absent together with the phone: rule
     *                             {@link Lead#REACHABLE}), {@code "phone"}, {@code "source"} or {@code "owner"}
     *                             (null or malformed)
     * @throws NotFoundException   on {@code "campaign"} if the campaign does not exist, on {@code "owner"} if the
     *                             user directory does not know the owner
     */
    Lead create(NewLead command);

    /**
     * @param id the id
     * @return the lead
     * @throws NotFoundException on {@code "leadId"}
     */
    Lead get(LeadId id);

    /**
     * @param id the id
     * @return the lead, or empty
     */
    Optional<Lead> find(LeadId id);

    /**
     * Searches leads.
     *
     * @param query   the criteria
     * @param request the page, sorted by one of the {@link LeadSort} keys (by id if none)
     * @return the page
     * @throws ValidationException on {@code "query"} or {@code "pageRequest"} if null
     */
    Page<Lead> search(LeadQuery query, PageRequest<LeadSort> request);

    /**
     * The customer who has the lead's e-mail address (case-insensitive), for the user to confirm before
     * {@link #convert(LeadId, LeadConversion) converting} the lead into it.
     *
     * @param id the lead
     * @return the customer, or empty (also for a lead without e-mail address)
     * @throws NotFoundException on {@code "leadId"}
     */
    Optional<Customer> matchingCustomer(LeadId id);

    /**
     * Hands a lead to another user.
     *
     * @param id       the lead
     * @param newOwner the owner
     * @return the stored lead
     * @throws NotFoundException on {@code "leadId"}, or on {@code "owner"} if the user directory does not know the
     *                           owner
     */
    Lead reassign(LeadId id, UserId newOwner);

    /**
     * Records that somebody talked to the person: NEW → CONTACTED.
     *
     * @param id the lead
     * @return the stored lead
     * @throws NotFoundException   on {@code "leadId"}
     * @throws ValidationException on {@code "status"}, rule {@link LeadStatus#moveRule()}, unless NEW
     */
    Lead contact(LeadId id);

    /**
     * Records that the person has a need, budget and authority: NEW or CONTACTED → QUALIFIED.
     *
     * @param id the lead
     * @return the stored lead
     * @throws NotFoundException   on {@code "leadId"}
     * @throws ValidationException on {@code "status"} unless NEW or CONTACTED
     */
    Lead qualify(LeadId id);

    /**
     * Gives up a lead: NEW, CONTACTED or QUALIFIED → DISQUALIFIED.
     *
     * @param id     the lead
     * @param reason why, 1 to {@value Lead#MAX_REASON_LENGTH} characters
     * @return the stored lead
     * @throws NotFoundException   on {@code "leadId"}
     * @throws ValidationException on {@code "reason"} (blank or too long) or on {@code "status"} unless open
     */
    Lead disqualify(LeadId id, String reason);

    /**
     * Converts a lead into a customer, in one transaction: registers a new customer from the lead (its person's
     * name, e-mail address and phone number) or links the existing one the caller confirmed, opens the
     * opportunity the conversion asks for (in QUALIFICATION, owned by the lead's owner), and marks the lead
     * CONVERTED with links to the customer and the opportunity. If anything fails nothing is stored: no customer, no change of the
     * lead.
     *
     * @param id         the lead
     * @param conversion a new customer, or the existing one to link
     * @return the stored, CONVERTED lead; {@link Lead#customer()} names the customer
     * @throws NotFoundException   on {@code "leadId"}, or on {@code "customerId"} if the existing customer does not
     *                             exist
     * @throws ValidationException on {@code "status"}, rule {@link Lead#CONVERT_OPEN}, for a disqualified or
     *                             converted lead; on {@code "email"}, rule {@link #NEEDS_EMAIL}, for a new customer
     *                             from a lead without e-mail address; on {@code "customerId"}, rule
     *                             {@code "must be active"}, for an archived existing customer
     * @throws ValidationException as {@code OpportunityService.create} for the opportunity's name, amount and
     *                             expected close date
     * @throws DuplicateException  on {@code "email"} if a new customer is asked for but a customer has the lead's
     *                             e-mail address (link that one instead)
     */
    Lead convert(LeadId id, LeadConversion conversion);

    /** Rule: a new customer needs the lead's e-mail address. */
    String NEEDS_EMAIL = "must be present to register the lead as a new customer; link an existing customer instead";
}
