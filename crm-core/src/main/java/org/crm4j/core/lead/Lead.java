package org.crm4j.core.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.CountryCode;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.PhoneNumber;
import org.crm4j.core.opportunity.OpportunityId;

/**
 * The lead aggregate: a prospective customer not yet in the CRM. Immutable: business methods return changed
 * copies; the repository stores them and raises the {@code version}. Its status history is bounded (at most four
 * changes: a lead moves forward only).
 *
 * @param id             the identity
 * @param personName     the person's name, 1 to {@value #MAX_NAME_LENGTH} characters after trimming
 * @param companyName    the person's company, 1 to {@value #MAX_NAME_LENGTH} characters, or empty
 * @param companySize    the size band of the company, or empty if unknown
 * @param industry       the company's industry in the host's classification, or empty if unknown
 * @param country        the company's (or else the person's) country, or empty if unknown
 * @param email          the e-mail address, or empty; a lead has an e-mail address or a phone number
 * @param phone          the phone number, or empty
 * @param source         where the lead came from
 * @param campaign       the campaign the lead answered, or empty
 * @param owner          the host's user who works on the lead
 * @param status         where the lead stands
 * @param disqualifiedBecause the reason of a DISQUALIFIED lead, present exactly then, 1 to
 *                       {@value #MAX_REASON_LENGTH} characters
 * @param history        the status changes, oldest first; the last one's {@code current} is {@code status} (empty
 *                       while NEW)
 * @param customer       the customer a CONVERTED lead became or was linked to, present exactly then
 * @param opportunity    the opportunity the conversion opened, or empty (always empty unless CONVERTED)
 * @param createdAt      when the lead was entered
 * @param updatedAt      when the lead was last changed, not before {@code createdAt} nor the last status change
 * @param version        the optimistic-locking version, 0 when first saved
 */
public record Lead(LeadId id, String personName, Optional<String> companyName,
        Optional<CompanySize> companySize, Optional<IndustryCode> industry, Optional<CountryCode> country,
        Optional<EmailAddress> email,
        Optional<PhoneNumber> phone, LeadSource source, Optional<CampaignId> campaign, UserId owner,
        LeadStatus status, Optional<String> disqualifiedBecause, List<LeadStatusChange> history,
        Optional<CustomerId> customer, Optional<OpportunityId> opportunity, Instant createdAt, Instant updatedAt, long version) {

    /** The longest person or company name. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The longest disqualification reason. */
    public static final int MAX_REASON_LENGTH = 500;
    /** Rule: a lead can be reached. */
    public static final String REACHABLE = "must be given when there is no phone number";
    /** Rule: only an open lead (NEW, CONTACTED, QUALIFIED) is converted. */
    public static final String CONVERT_OPEN = "must be NEW, CONTACTED or QUALIFIED to convert the lead";
    /** Rule: a reason is recorded exactly for a disqualified lead. */
    public static final String REASON_IFF_DISQUALIFIED = "must be present exactly when the status is DISQUALIFIED";
    /** Rule: the customer is linked exactly to a converted lead. */
    public static final String CUSTOMER_IFF_CONVERTED = "must be present exactly when the status is CONVERTED";
    /** Rule: only a converted lead links an opportunity. */
    public static final String OPPORTUNITY_IF_CONVERTED = "must be empty unless the status is CONVERTED";
    /** The person's name of an erased lead. */
    public static final String ERASED_NAME = "Erased lead";
    /** Rule: the history ends in the status. */
    public static final String HISTORY_CHAIN = "must be a chain of changes from NEW to the status, in time order";

    /**
     * Checks the invariants.
     *
     * @throws ValidationException naming the field of the first broken invariant
     */
    public Lead {
        Require.nonNull("leadId", id);
        personName = Require.text("personName", personName, MAX_NAME_LENGTH);
        companyName = Require.nonNull("companyName", companyName)
                .map(name -> Require.text("companyName", name, MAX_NAME_LENGTH));
        Require.nonNull("companySize", companySize);
        Require.nonNull("industry", industry);
        Require.nonNull("country", country);
        Require.nonNull("email", email);
        Require.nonNull("phone", phone);
        if (email.isEmpty() && phone.isEmpty()) {
            throw new ValidationException("email", REACHABLE, null);
        }
        Require.nonNull("source", source);
        Require.nonNull("campaign", campaign);
        Require.nonNull("owner", owner);
        Require.nonNull("status", status);
        disqualifiedBecause = Require.nonNull("reason", disqualifiedBecause)
                .map(reason -> Require.text("reason", reason, MAX_REASON_LENGTH));
        if (disqualifiedBecause.isPresent() != (status == LeadStatus.DISQUALIFIED)) {
            throw new ValidationException("reason", REASON_IFF_DISQUALIFIED, disqualifiedBecause.orElse(null));
        }
        Require.nonNull("customer", customer);
        if (customer.isPresent() != (status == LeadStatus.CONVERTED)) {
            throw new ValidationException("customer", CUSTOMER_IFF_CONVERTED, customer.orElse(null));
        }
        Require.nonNull("opportunity", opportunity);
        if (opportunity.isPresent() && status != LeadStatus.CONVERTED) {
            throw new ValidationException("opportunity", OPPORTUNITY_IF_CONVERTED, opportunity.get());
        }
        Require.nonNull("createdAt", createdAt);
        Require.nonNull("updatedAt", updatedAt);
        Require.notBefore("updatedAt", updatedAt, "createdAt", createdAt);
        history = List.copyOf(Require.nonNull("history", history));
        checkHistory(history, status, createdAt, updatedAt);
        Require.notNegative("version", version);
    }

    /**
     * Enters a new lead at version 0.
     *
     * @param id          the new id
     * @param personName  the person's name
     * @param companyName the company, or empty
     * @param companySize the company's size band, or empty
     * @param industry    the company's industry, or empty
     * @param country     the country, or empty
     * @param email       the e-mail address, or empty
     * @param phone       the phone number, or empty (one of the two is required)
     * @param source      the source
     * @param campaign    the campaign, or empty
     * @param owner       the owner
     * @param now         the time
     * @return the NEW lead
     */
    public static Lead enter(LeadId id, String personName, Optional<String> companyName,
            Optional<CompanySize> companySize, Optional<IndustryCode> industry, Optional<CountryCode> country,
            Optional<EmailAddress> email, Optional<PhoneNumber> phone, LeadSource source,
            Optional<CampaignId> campaign, UserId owner, Instant now) {
        return new Lead(id, personName, companyName, companySize, industry, country, email, phone, source,
                campaign, owner, LeadStatus.NEW,
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), now, now, 0);
    }

    /**
     * Records that somebody talked to the person.
     *
     * @param now the time
     * @return the CONTACTED lead
     * @throws ValidationException on {@code "status"} unless NEW
     */
    public Lead contact(Instant now) {
        return moveTo(LeadStatus.CONTACTED, Optional.empty(), Optional.empty(), now);
    }

    /**
     * Records that the person has a need, a budget and the authority to buy.
     *
     * @param now the time
     * @return the QUALIFIED lead
     * @throws ValidationException on {@code "status"} unless NEW or CONTACTED
     */
    public Lead qualify(Instant now) {
        return moveTo(LeadStatus.QUALIFIED, Optional.empty(), Optional.empty(), now);
    }

    /**
     * Gives up the lead.
     *
     * @param reason why, 1 to {@value #MAX_REASON_LENGTH} characters
     * @param now    the time
     * @return the DISQUALIFIED lead
     * @throws ValidationException on {@code "status"} unless open, on {@code "reason"} if blank or too long
     */
    public Lead disqualify(String reason, Instant now) {
        String checked = Require.text("reason", reason, MAX_REASON_LENGTH);
        return moveTo(LeadStatus.DISQUALIFIED, Optional.of(checked), Optional.empty(), now);
    }

    /**
     * Checks that the lead may be converted, before the service creates a customer for it.
     *
     * @return this lead
     * @throws ValidationException on {@code "status"}, rule {@link #CONVERT_OPEN}, unless open
     */
    public Lead requireConvertible() {
        if (!status.open()) {
            throw new ValidationException("status", CONVERT_OPEN, status);
        }
        return this;
    }

    /**
     * Converts the lead: links it to the customer it became.
     *
     * @param into the customer
     * @param now  the time
     * @return the CONVERTED lead
     * @throws ValidationException on {@code "status"}, rule {@link #CONVERT_OPEN}, unless open
     */
    public Lead convert(CustomerId into, Instant now) {
        return convert(into, Optional.empty(), now);
    }

    /**
     * Converts the lead: links it to the customer it became and the opportunity opened for it.
     *
     * @param into   the customer
     * @param opened the opportunity, or empty
     * @param now    the time
     * @return the CONVERTED lead
     * @throws ValidationException on {@code "status"}, rule {@link #CONVERT_OPEN}, unless open
     */
    public Lead convert(CustomerId into, Optional<OpportunityId> opened, Instant now) {
        requireConvertible();
        Lead converted = moveTo(LeadStatus.CONVERTED, Optional.empty(),
                Optional.of(Require.nonNull("customerId", into)), now);
        return new Lead(id, personName, companyName, companySize, industry, country, email, phone, source,
                campaign, owner, converted.status,
                Optional.empty(), converted.history, converted.customer, Require.nonNull("opportunity", opened),
                createdAt, converted.updatedAt, version);
    }

    /**
     * Hands the lead to another user.
     *
     * @param newOwner the owner
     * @param now      the time
     * @return the changed lead
     */
    public Lead reassign(UserId newOwner, Instant now) {
        return new Lead(id, personName, companyName, companySize, industry, country, email, phone, source,
                campaign, Require.nonNull("owner", newOwner), status, disqualifiedBecause, history, customer,
                opportunity, createdAt, later(now), version);
    }

    /**
     * The time of the change to a status.
     *
     * @param target a status
     * @return when the lead moved to {@code target}; {@code createdAt} for NEW; empty if it never did
     */
    public Optional<Instant> reached(LeadStatus target) {
        if (target == LeadStatus.NEW) {
            return Optional.of(createdAt);
        }
        return history.stream().filter(change -> change.current() == target).map(LeadStatusChange::at).findFirst();
    }

    /**
     * The copy a repository stores on update.
     *
     * @param newVersion the stored version
     * @return this lead at {@code newVersion}
     */
    public Lead withVersion(long newVersion) {
        return new Lead(id, personName, companyName, companySize, industry, country, email, phone, source,
                campaign, owner, status,
                disqualifiedBecause, history, customer, opportunity, createdAt, updatedAt, newVersion);
    }

    /**
     * Anonymises the lead's contact for a privacy erasure request of the customer it became (or of the person):
     * the person's name becomes {@link #ERASED_NAME}, the e-mail address the placeholder
     * {@code erased-<lead id>@erased.invalid} and the phone number is removed; the company (name, size band,
     * industry, country), source, owner, status and its history stay, so pipeline reports keep counting the lead.
     *
     * @param now the time of the erasure
     * @return the anonymised lead (unchanged if already anonymised)
     */
    public Lead erase(Instant now) {
        Optional<EmailAddress> placeholder = Optional.of(Customer.erasedEmail(id.value()));
        if (personName.equals(ERASED_NAME) && email.equals(placeholder) && phone.isEmpty()) {
            return this;
        }
        return new Lead(id, ERASED_NAME, companyName, companySize, industry, country, placeholder, Optional.empty(),
                source, campaign, owner, status,
                disqualifiedBecause, history, customer, opportunity, createdAt, now.isBefore(updatedAt) ? updatedAt
                : now, version);
    }

    private Lead moveTo(LeadStatus target, Optional<String> reason, Optional<CustomerId> into, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new ValidationException("status", status.moveRule(), target);
        }
        Instant at = later(now);
        List<LeadStatusChange> changes = new ArrayList<>(history);
        changes.add(new LeadStatusChange(status, target, at));
        return new Lead(id, personName, companyName, companySize, industry, country, email, phone, source,
                campaign, owner, target, reason, changes,
                into, Optional.empty(), createdAt, at, version);
    }

    /** A clock that went back (another node's) must not break the time order of the history. */
    private Instant later(Instant now) {
        Require.nonNull("now", now);
        return now.isBefore(updatedAt) ? updatedAt : now;
    }

    private static void checkHistory(List<LeadStatusChange> history, LeadStatus status, Instant createdAt,
            Instant updatedAt) {
        LeadStatus at = LeadStatus.NEW;
        Instant time = createdAt;
        for (LeadStatusChange change : history) {
            if (change == null || change.previous() != at || change.at().isBefore(time)) {
                throw new ValidationException("history", HISTORY_CHAIN, history);
            }
            at = change.current();
            time = change.at();
        }
        if (at != status || time.isAfter(updatedAt)) {
            throw new ValidationException("history", HISTORY_CHAIN, history);
        }
    }
}
