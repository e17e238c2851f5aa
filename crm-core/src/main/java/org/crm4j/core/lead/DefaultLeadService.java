package org.crm4j.core.lead;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crm4j.core.CountryCode;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.UserDirectory;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.customer.CustomerService;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.PhoneNumber;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityService;
import org.crm4j.core.opportunity.OpportunityStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The lead service over the ports; see {@link LeadService}. Thread-safe if the ports are. */
final class DefaultLeadService implements LeadService {

    private static final Logger LOG = LoggerFactory.getLogger(LeadService.class);

    private final LeadRepository leads;
    private final CustomerService customers;
    private final CustomerRepository customerPort;
    private final CampaignRepository campaigns;
    private final OpportunityService opportunities;
    private final UserDirectory users;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final PhoneRegion defaultRegion;

    DefaultLeadService(LeadRepository leads, CustomerService customers, CustomerRepository customerPort,
            CampaignRepository campaigns, OpportunityService opportunities, UserDirectory users,
            Transactions transactions, Clock clock, IdGenerator ids, PhoneRegion defaultRegion) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.customerPort = Objects.requireNonNull(customerPort, "customerPort");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.opportunities = Objects.requireNonNull(opportunities, "opportunities");
        this.users = Objects.requireNonNull(users, "users");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.defaultRegion = defaultRegion;
    }

    @Override
    public Lead create(NewLead command) {
        Require.nonNull("command", command);
        Optional<EmailAddress> email = command.email().filter(text -> !text.isBlank()).map(EmailAddress::of);
        Optional<PhoneNumber> phone = command.phone().filter(text -> !text.isBlank())
                .map(text -> PhoneNumber.parse(text, defaultRegion));
        Optional<IndustryCode> industry = command.industry().filter(text -> !text.isBlank()).map(IndustryCode::of);
        Optional<CountryCode> country = command.country().filter(text -> !text.isBlank()).map(CountryCode::of);
        users.require(command.owner());
        return transactions.inTransaction(() -> {
            Lead lead = Lead.enter(new LeadId(ids.next()), command.personName(), command.companyName(),
                    command.companySize(), industry, country, email, phone, command.source(), command.campaign(),
                    command.owner(), clock.instant());
            lead.campaign().ifPresent(campaign -> {
                if (campaigns.find(campaign).isEmpty()) {
                    throw new NotFoundException("campaign", campaign);
                }
            });
            Lead saved = leads.save(lead);
            LOG.debug("Entered lead {}", saved.id());
            return saved;
        });
    }

    @Override
    public Lead get(LeadId id) {
        Require.nonNull("leadId", id);
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Optional<Lead> find(LeadId id) {
        Require.nonNull("leadId", id);
        return transactions.inTransaction(() -> leads.find(id));
    }

    @Override
    public Page<Lead> search(LeadQuery query, PageRequest<LeadSort> request) {
        Require.nonNull("query", query);
        Require.nonNull("pageRequest", request);
        return transactions.inTransaction(() -> leads.search(query, request));
    }

    @Override
    public Optional<Customer> matchingCustomer(LeadId id) {
        Require.nonNull("leadId", id);
        return transactions.inTransaction(() -> load(id).email().flatMap(customerPort::findByEmail));
    }

    @Override
    public Lead reassign(LeadId id, UserId newOwner) {
        users.require(newOwner);
        return change(id, lead -> lead.reassign(newOwner, clock.instant()), "reassigned");
    }

    @Override
    public Lead contact(LeadId id) {
        return change(id, lead -> lead.contact(clock.instant()), "contacted");
    }

    @Override
    public Lead qualify(LeadId id) {
        return change(id, lead -> lead.qualify(clock.instant()), "qualified");
    }

    @Override
    public Lead disqualify(LeadId id, String reason) {
        Require.text("reason", reason, Lead.MAX_REASON_LENGTH);
        return change(id, lead -> lead.disqualify(reason, clock.instant()), "disqualified");
    }

    @Override
    public Lead convert(LeadId id, LeadConversion conversion) {
        Require.nonNull("conversion", conversion);
        return transactions.inTransaction(() -> {
            Lead lead = load(id).requireConvertible();
            CustomerId customer = conversion.existingCustomer()
                    .map(this::requireActiveCustomer)
                    .orElseGet(() -> register(lead));
            Optional<OpportunityId> opened = conversion.opportunity().map(deal -> opportunities.create(
                    NewOpportunity.of(customer, deal.name(), lead.owner(), deal.amount(), deal.expectedCloseDate())
                            .withStage(OpportunityStage.QUALIFICATION)).id());
            Lead saved = leads.update(lead.convert(customer, opened, clock.instant()));
            LOG.debug("Converted lead {} into customer {} (opportunity {})", id, customer, opened);
            return saved;
        });
    }

    private CustomerId requireActiveCustomer(CustomerId id) {
        Customer customer = customerPort.find(id).orElseThrow(() -> new NotFoundException("customerId", id));
        if (!customer.active()) {
            throw new ValidationException("customerId", "must be active", id);
        }
        return id;
    }

    private CustomerId register(Lead lead) {
        EmailAddress email = lead.email()
                .orElseThrow(() -> new ValidationException("email", NEEDS_EMAIL, null));
        NewCustomer command = NewCustomer.of(lead.personName(), email.value());
        if (lead.phone().isPresent()) {
            command = command.withPhone(lead.phone().get().value());
        }
        return customers.register(command).id();
    }

    private Lead change(LeadId id, UnaryOperator<Lead> action, String logged) {
        Require.nonNull("leadId", id);
        return transactions.inTransaction(() -> {
            Lead saved = leads.update(action.apply(load(id)));
            LOG.debug("Lead {} {}", id, logged);
            return saved;
        });
    }

    private Lead load(LeadId id) {
        return leads.find(id).orElseThrow(() -> new NotFoundException("leadId", id));
    }
}
