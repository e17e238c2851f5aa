package org.crm4j.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.crm4j.core.access.AccessService;
import org.crm4j.core.activity.ActivityRepository;
import org.crm4j.core.activity.ActivityService;
import org.crm4j.core.audit.AuditService;
import org.crm4j.core.audit.AuditTrail;
import org.crm4j.core.backup.BackupService;
import org.crm4j.core.backup.BackupStore;
import org.crm4j.core.automation.AutomationRules;
import org.crm4j.core.automation.ServiceAutomation;
import org.crm4j.core.automation.ServiceQueue;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.campaign.CampaignService;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.customer.CustomerService;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.guard.AuditRecorder;
import org.crm4j.core.guard.AuditedOwners;
import org.crm4j.core.guard.AuditedTransactions;
import org.crm4j.core.guard.AuditingRepository;
import org.crm4j.core.guard.Guard;
import org.crm4j.core.guard.OwningRepository;
import org.crm4j.core.imports.ImportRepository;
import org.crm4j.core.imports.ImportService;
import org.crm4j.core.inmemory.InMemoryPorts;
import org.crm4j.core.insight.DemandHistories;
import org.crm4j.core.insight.InsightService;
import org.crm4j.core.insight.CustomerSignals;
import org.crm4j.core.insight.PipelineHistories;
import org.crm4j.core.insight.PurchaseHistories;
import org.crm4j.core.lead.LeadRepository;
import org.crm4j.core.lead.LeadService;
import org.crm4j.core.opportunity.OpportunityRepository;
import org.crm4j.core.opportunity.OpportunityService;
import org.crm4j.core.opportunity.StageProbabilities;
import org.crm4j.core.pipeline.PipelineReportService;
import org.crm4j.core.pipeline.PipelineReports;
import org.crm4j.core.privacy.CustomerKeyVault;
import org.crm4j.core.privacy.PrivacyService;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.product.ProductService;
import org.crm4j.core.relationship.RelationshipRepository;
import org.crm4j.core.relationship.RelationshipService;
import org.crm4j.core.report.ReportService;
import org.crm4j.core.report.SalesReports;
import org.crm4j.core.sales.SaleRepository;
import org.crm4j.core.sales.SalesService;
import org.crm4j.core.security.AccessPolicy;
import org.crm4j.core.security.Principal;
import org.crm4j.core.security.RecordOwners;
import org.crm4j.core.security.SecurityContext;
import org.crm4j.core.survey.SurveyInvitationRepository;
import org.crm4j.core.survey.SurveyRepository;
import org.crm4j.core.survey.SurveyService;
import org.crm4j.core.ticket.TicketReportService;
import org.crm4j.core.ticket.TicketReports;
import org.crm4j.core.ticket.TicketRepository;
import org.crm4j.core.ticket.TicketService;
import org.crm4j.core.ticket.TicketSettings;
import org.crm4j.core.timeline.TimelineReader;
import org.crm4j.core.timeline.TimelineService;

/**
 * The entry point: a CRM's services over one set of ports.
 *
 * <pre>{@code
 * try (Crm crm = Crm.inMemory()) {
 *     Customer ada = crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org"));
 *     Product tea = crm.products().create(new NewProduct("TEA-1", "Tea", Money.of("4.50", "EUR"), 10));
 *     crm.sales().record(NewSale.of(ada.id(), tea.id(), 2));
 * }
 * }</pre>
 *
 * <p>{@link #inMemory()} keeps everything in memory (thread-safe; for tests, demos and small tools); an adapter
 * such as crm-jpa builds its {@link CrmPorts} and calls {@link #of(CrmPorts, Clock, IdGenerator)} or
 * {@link #builder(CrmPorts)}. Starting checks that the ports hold every type of {@link #REQUIRED_PORTS} and
 * otherwise throws an {@link IllegalArgumentException} naming each missing port and its feature. A {@code Crm} is
 * thread-safe. {@link #close()} runs the adapter's close action, if one was given; the services must not be used
 * afterwards.
 *
 * <p>{@code Crm} is the composition root: the one type of the root package that knows the features, and the one
 * type anywhere that knows the in-memory adapter (for {@link #inMemory()}); {@code ArchitectureTest} holds both.
 */
public final class Crm implements AutoCloseable {

    /**
     * The ports a {@code Crm} needs, one or more per feature, besides {@link CrmPorts#transactions()}. A new
     * feature appends its ports here; adapters that lack them then fail at start with the port's name.
     */
    public static final List<Class<?>> REQUIRED_PORTS = List.of(CustomerRepository.class, ProductRepository.class,
            SaleRepository.class, SalesReports.class, CampaignRepository.class, CampaignMemberRepository.class,
            RelationshipRepository.class, TicketRepository.class, LeadRepository.class,
            OpportunityRepository.class, ActivityRepository.class, TimelineReader.class,
            PipelineReports.class, ImportRepository.class, PurchaseHistories.class, CustomerSignals.class,
            SurveyRepository.class, SurveyInvitationRepository.class, PipelineHistories.class, DemandHistories.class,
            ServiceQueue.class, TicketReports.class, RecordOwners.class, AuditTrail.class, BackupStore.class);

    /** The repository ports of owned records (see {@code OwningRepository}). */
    private static final List<Class<?>> OWNED_PORTS = List.of(CustomerRepository.class, LeadRepository.class,
            OpportunityRepository.class, TicketRepository.class);

    /** The repository ports whose writes the audit trail records (see {@code AuditingRepository}). */
    private static final List<Class<?>> AUDITED_PORTS = List.of(CustomerRepository.class, ProductRepository.class,
            SaleRepository.class, CampaignRepository.class, CampaignMemberRepository.class,
            RelationshipRepository.class, TicketRepository.class, LeadRepository.class, OpportunityRepository.class,
            ActivityRepository.class, SurveyRepository.class, SurveyInvitationRepository.class,
            ImportRepository.class);

    private final CustomerService customers;
    private final ProductService products;
    private final SalesService sales;
    private final ReportService reports;
    private final CampaignService campaigns;
    private final RelationshipService relationships;
    private final ImportService imports;
    private final LeadService leads;
    private final OpportunityService opportunities;
    private final ActivityService activities;
    private final TimelineService timeline;
    private final PipelineReportService pipeline;
    private final TicketService tickets;
    private final TicketReportService ticketReports;
    private final InsightService insights;
    private final SurveyService surveys;
    private final ServiceAutomation automation;
    private final AuditService audit;
    private final PrivacyService privacy;
    private final BackupService backup;
    private final AccessService access;
    private final AutoCloseable onClose;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Crm(Builder builder) {
        CrmPorts ports = builder.ports.requireAll(REQUIRED_PORTS);
        // the raw ports: a restore writes records verbatim, without audit entries or ownership of its own
        BackupService backup = builder.keyVault == null ? BackupService.create(ports, builder.clock)
                : BackupService.create(ports, builder.clock, builder.keyVault);
        AuditTrail trail = ports.get(AuditTrail.class);
        AuditRecorder recorder = new AuditRecorder(trail, builder.clock);
        RecordOwners owners = new AuditedOwners(ports.get(RecordOwners.class), recorder);
        AuditedTransactions audited = new AuditedTransactions(ports.transactions(), recorder);
        for (Class<?> port : AUDITED_PORTS) {
            ports = audit(ports, port, recorder);
        }
        for (Class<?> port : OWNED_PORTS) {
            ports = own(ports, port, owners);
        }
        RetryPolicy retry = builder.retryPolicy;
        Transactions tx = retry.maxAttempts() == 1 ? audited : new RetryingTransactions(audited, retry);
        CustomerRepository customerPort = ports.get(CustomerRepository.class);
        ProductRepository productPort = ports.get(ProductRepository.class);
        CampaignRepository campaignPort = ports.get(CampaignRepository.class);
        CustomerService customers = CustomerService.create(customerPort, tx, builder.clock, builder.ids,
                builder.defaultPhoneRegion);
        ProductService products = ProductService.create(productPort, tx, builder.clock, builder.ids);
        SalesService sales = SalesService.create(ports.get(SaleRepository.class), customerPort, productPort,
                campaignPort, tx, builder.clock, builder.ids, retry);
        ReportService reports = ReportService.create(ports.get(SalesReports.class), tx);
        CampaignService campaigns = CampaignService.create(campaignPort, ports.get(CampaignMemberRepository.class),
                customerPort, tx, builder.clock, builder.ids);
        RelationshipService relationships = RelationshipService.create(ports.get(RelationshipRepository.class),
                customerPort, tx, builder.clock, builder.ids);
        // Never retried: an import reads its stream once.
        ImportService imports = ImportService.create(ports.get(ImportRepository.class), sales,
                audited, builder.clock, builder.ids, builder.defaultPhoneRegion);
        OpportunityService opportunities = OpportunityService.create(ports.get(OpportunityRepository.class),
                customerPort, productPort, sales, builder.stageProbabilities, builder.userDirectory, tx, builder.clock,
                builder.ids);
        LeadService leads = LeadService.create(ports.get(LeadRepository.class), customers, customerPort,
                campaignPort, opportunities, builder.userDirectory, tx, builder.clock, builder.ids,
                builder.defaultPhoneRegion);
        ActivityService activities = ActivityService.create(ports.get(ActivityRepository.class), customerPort,
                ports.get(LeadRepository.class), ports.get(OpportunityRepository.class), tx, builder.clock,
                builder.ids);
        TimelineService timeline = TimelineService.create(ports.get(TimelineReader.class), customerPort, tx);
        PipelineReportService pipeline = PipelineReportService.create(ports.get(PipelineReports.class), tx);
        TicketService tickets = TicketService.create(ports.get(TicketRepository.class), customerPort, productPort,
                ports.get(SaleRepository.class), tx, builder.clock, builder.ids, builder.ticketSettings);
        TicketReportService ticketReports = TicketReportService.create(ports.get(TicketReports.class), tx);
        SurveyService surveys = SurveyService.create(ports.get(SurveyRepository.class),
                ports.get(SurveyInvitationRepository.class), ports.get(TicketRepository.class), tickets,
                builder.ticketSettings, customerPort, campaignPort, ports.get(CampaignMemberRepository.class), tx,
                builder.clock, builder.ids, new SecureRandom());
        ServiceAutomation automation = ServiceAutomation.create(ports.get(ServiceQueue.class),
                ports.get(TicketRepository.class), builder.ticketSettings, builder.automationRules, tx);
        InsightService insights = InsightService.create(ports.get(SalesReports.class),
                ports.get(PurchaseHistories.class), ports.get(CustomerSignals.class), ports.get(DemandHistories.class),
                products,
                ports.get(PipelineHistories.class), builder.stageProbabilities, customers, leads, campaigns, tx);
        PrivacyService.Ports privacyPorts = new PrivacyService.Ports(customerPort, ports.get(SaleRepository.class),
                ports.get(RelationshipRepository.class), ports.get(CampaignMemberRepository.class),
                ports.get(TicketRepository.class), ports.get(SurveyInvitationRepository.class),
                ports.get(LeadRepository.class), ports.get(OpportunityRepository.class),
                ports.get(ActivityRepository.class));
        PrivacyService privacy = builder.keyVault == null ? PrivacyService.create(privacyPorts, tx, builder.clock)
                : PrivacyService.create(privacyPorts, tx, builder.clock, builder.keyVault);
        AccessService access = AccessService.create(new AccessService.Ports(owners, customerPort,
                ports.get(LeadRepository.class), ports.get(OpportunityRepository.class),
                ports.get(TicketRepository.class)), builder.userDirectory, tx);
        Guarding guard = new Guarding(builder.securityContext, builder.accessPolicy, owners, audited, recorder);
        this.audit = guard.wrap(AuditService.class, AuditService.create(trail, audited));
        this.customers = guard.wrap(CustomerService.class, customers);
        this.products = guard.wrap(ProductService.class, products);
        this.sales = guard.wrap(SalesService.class, sales);
        this.reports = guard.wrap(ReportService.class, reports);
        this.campaigns = guard.wrap(CampaignService.class, campaigns);
        this.relationships = guard.wrap(RelationshipService.class, relationships);
        this.imports = guard.wrap(ImportService.class, imports);
        this.opportunities = guard.wrap(OpportunityService.class, opportunities);
        this.leads = guard.wrap(LeadService.class, leads);
        this.activities = guard.wrap(ActivityService.class, activities);
        this.timeline = guard.wrap(TimelineService.class, timeline);
        this.pipeline = guard.wrap(PipelineReportService.class, pipeline);
        this.tickets = guard.wrap(TicketService.class, tickets);
        this.ticketReports = guard.wrap(TicketReportService.class, ticketReports);
        this.surveys = guard.wrap(SurveyService.class, surveys);
        this.automation = guard.wrap(ServiceAutomation.class, automation);
        this.insights = guard.wrap(InsightService.class, insights);
        this.privacy = guard.wrap(PrivacyService.class, privacy);
        this.backup = guard.wrap(BackupService.class, backup);
        this.access = guard.wrap(AccessService.class, access);
        this.onClose = builder.onClose;
    }

    /** Wraps each service in a {@link Guard}: checking access with a security context, only acting without. */
    private record Guarding(SecurityContext context, AccessPolicy policy, RecordOwners owners,
            AuditedTransactions tx, AuditRecorder recorder) {

        <S> S wrap(Class<S> type, S service) {
            return Guard.wrap(type, service, context, policy, owners, tx, recorder);
        }
    }

    private static <P> CrmPorts own(CrmPorts ports, Class<P> port, RecordOwners owners) {
        return ports.with(port, OwningRepository.wrap(port, ports.get(port), owners));
    }

    private static <P> CrmPorts audit(CrmPorts ports, Class<P> port, AuditRecorder recorder) {
        return ports.with(port, AuditingRepository.wrap(port, ports.get(port), recorder));
    }

    /** @return an empty in-memory CRM on the UTC system clock with random ids */
    public static Crm inMemory() {
        return inMemory(Clock.systemUTC(), IdGenerator.random());
    }

    /**
     * An empty in-memory CRM with a given clock and id generator, for exact tests.
     *
     * @param clock the source of timestamps
     * @param ids   the source of new ids
     * @return the CRM
     */
    public static Crm inMemory(Clock clock, IdGenerator ids) {
        return builder(InMemoryPorts.create()).clock(clock).ids(ids).build();
    }

    /**
     * A builder over fresh, empty in-memory ports, for an in-memory CRM with settings of its own (ticket settings
     * with service levels, automation rules, a retry policy), e.g.
     * {@code Crm.inMemoryBuilder().clock(clock).ticketSettings(settings).build()}.
     *
     * @return the builder
     */
    public static Builder inMemoryBuilder() {
        return builder(InMemoryPorts.create());
    }

    /**
     * A CRM over an adapter's ports.
     *
     * @param ports the ports
     * @param clock the source of timestamps
     * @param ids   the source of new ids
     * @return the CRM
     * @throws IllegalArgumentException naming each port of {@link #REQUIRED_PORTS} that {@code ports} lacks
     */
    public static Crm of(CrmPorts ports, Clock clock, IdGenerator ids) {
        return builder(ports).clock(clock).ids(ids).build();
    }

    /**
     * A builder for the less common settings: the default phone region and a close action.
     *
     * @param ports the ports
     * @return a builder with the UTC system clock, random ids, no default phone region and no close action
     */
    public static Builder builder(CrmPorts ports) {
        return new Builder(ports);
    }

    /** @return the customer service */
    public CustomerService customers() {
        return customers;
    }

    /** @return the product service */
    public ProductService products() {
        return products;
    }

    /** @return the sales service */
    public SalesService sales() {
        return sales;
    }

    /** @return the report service */
    public ReportService reports() {
        return reports;
    }

    /** @return the campaign service */
    public CampaignService campaigns() {
        return campaigns;
    }

    /** @return the customer relationship service */
    public RelationshipService relationships() {
        return relationships;
    }

    /** @return the bulk import of customers, products and sales (all or nothing, never retried) */
    public ImportService imports() {
        return imports;
    }

    /** @return the opportunity service */
    public OpportunityService opportunities() {
        return opportunities;
    }

    /** @return the activity service */
    public ActivityService activities() {
        return activities;
    }

    /** @return the customer timeline */
    public TimelineService timeline() {
        return timeline;
    }

    /** @return the sales pipeline's reports */
    public PipelineReportService pipeline() {
        return pipeline;
    }

    /** @return the lead service */
    public LeadService leads() {
        return leads;
    }

    /** @return the customer service ticket service */
    public TicketService tickets() {
        return tickets;
    }

    /**
     * @return the customer-service metrics: first-response and resolution times in business time, SLA attainment,
     *         backlog by age, reopen rates, categories per month
     */
    public TicketReportService ticketReports() {
        return ticketReports;
    }

    /** @return the satisfaction surveys: definitions, invitations, answers and their follow-up tickets */
    public SurveyService surveys() {
        return surveys;
    }

    /** @return the service automation: the host's assignment, escalation and auto-close rules, run on demand */
    public ServiceAutomation automation() {
        return automation;
    }

    /**
     * @return the audit trail: search by record, actor and period, and verify the hash chain (permission
     *         {@code AUDIT_READ}); nothing writes to it but the CRM itself
     */
    public AuditService audit() {
        return audit;
    }

    /**
     * @return backup and restore of the whole CRM, every operation with permission {@code ERASE} (which by default
     *         only ADMIN holds: an archive holds every customer's personal data): see {@link BackupService}
     */
    public BackupService backup() {
        return backup;
    }

    /**
     * @return who owns a customer, lead, opportunity or ticket: read it, hand the record to another user or team,
     *         share it with the team (the permission of the record's type; every change is audited)
     */
    public AccessService access() {
        return access;
    }

    /** @return privacy requests of one customer: export everything held about it, erase (anonymise) it */
    public PrivacyService privacy() {
        return privacy;
    }

    /** @return the insight service: segments, lifetime values, retention cohorts and churn from the CRM's sales */
    public InsightService insights() {
        return insights;
    }

    /**
     * Runs the close action once (later calls do nothing).
     *
     * @throws CrmException if the close action failed
     */
    @Override
    public void close() {
        if (onClose != null && closed.compareAndSet(false, true)) {
            try {
                onClose.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CrmException("closing the CRM failed", e);
            }
        }
    }

    /** Settings of a {@link Crm}; not thread-safe, use it from one thread. */
    public static final class Builder {

        private final CrmPorts ports;
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids = IdGenerator.random();
        private PhoneRegion defaultPhoneRegion;
        private AutoCloseable onClose;
        private RetryPolicy retryPolicy = RetryPolicy.none();
        private UserDirectory userDirectory = UserDirectory.anyone();
        private StageProbabilities stageProbabilities = StageProbabilities.defaults();
        private TicketSettings ticketSettings = TicketSettings.defaults();
        private AutomationRules automationRules = AutomationRules.none();
        private SecurityContext securityContext;
        private AccessPolicy accessPolicy = AccessPolicy.defaults();
        private CustomerKeyVault keyVault;

        private Builder(CrmPorts ports) {
            this.ports = Objects.requireNonNull(ports, "ports");
        }

        /**
         * @param value the source of timestamps, not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value the source of new ids, not null
         * @return this builder
         */
        public Builder ids(IdGenerator value) {
            this.ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /**
         * @param value the region of national phone numbers; null (the default) accepts international numbers only
         * @return this builder
         */
        public Builder defaultPhoneRegion(PhoneRegion value) {
            this.defaultPhoneRegion = value;
            return this;
        }

        /**
         * Opts in to retries: operations that fail with a {@link TransientException} (nothing written) are run
         * again, and sales with a request id also after a {@link CommitOutcomeUnknownException}; see
         * {@link RetryPolicy}.
         *
         * @param value the policy, not null; the default is {@link RetryPolicy#none()}
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /**
         * @param value the default probability of winning an opportunity in each stage, not null; the default is
         *              {@link StageProbabilities#defaults()}
         * @return this builder
         */
        public Builder stageProbabilities(StageProbabilities value) {
            this.stageProbabilities = Objects.requireNonNull(value, "stageProbabilities");
            return this;
        }

        /**
         * The host's users: owners of leads (and opportunities) that it does not know are refused with a
         * {@link NotFoundException} on field {@code "owner"}.
         *
         * @param value the directory, not null; the default {@link UserDirectory#anyone()} accepts every owner
         * @return this builder
         */
        public Builder userDirectory(UserDirectory value) {
            this.userDirectory = Objects.requireNonNull(value, "userDirectory");
            return this;
        }

        /**
         * @param value the ticket categories and reopen window, not null; the default is
         *              {@link TicketSettings#defaults()}
         * @return this builder
         */
        public Builder ticketSettings(TicketSettings value) {
            this.ticketSettings = Objects.requireNonNull(value, "ticketSettings");
            return this;
        }

        /**
         * @param value the service automation rules, not null; the default {@link AutomationRules#none()} does
         *              nothing
         * @return this builder
         */
        public Builder automationRules(AutomationRules value) {
            this.automationRules = Objects.requireNonNull(value, "automationRules");
            return this;
        }

        /**
         * Turns access control on: every service operation acts for the user {@code value} names, needs the
         * permission crm-core's README lists for it under the {@link #accessPolicy(AccessPolicy) access policy},
         * and sees and changes only the customers, leads, opportunities and tickets in the user's
         * {@link org.crm4j.core.security.Scope}; new ones are owned by their creator (or their own owner). A refusal is an
         * {@link org.crm4j.core.security.AccessDeniedException} and changes nothing.
         *
         * @param value the host's security context, or null (the default) for a single system user
         *              ({@link Principal#SYSTEM}) and no checks, as before access control
         * @return this builder
         */
        public Builder securityContext(SecurityContext value) {
            this.securityContext = value;
            return this;
        }

        /**
         * @param value which permissions and scope each role has, not null; the default is
         *              {@link AccessPolicy#defaults()}; used only with a {@link #securityContext(SecurityContext)}
         * @return this builder
         */
        public Builder accessPolicy(AccessPolicy value) {
            this.accessPolicy = Objects.requireNonNull(value, "accessPolicy");
            return this;
        }

        /**
         * Turns crypto-shredding of backups on: {@link Crm#backup()} seals each customer's personal data in the
         * archive under the customer's key from {@code value}, {@link Crm#privacy()}'s {@code erase} destroys the
         * key, and a restore of an archive written before an erasure brings the erased customer back anonymised.
         * Archives written with a vault restore only into a CRM with the same vault (or a copy of its keys).
         *
         * @param value the host's vault of customer keys, kept outside the CRM's database; or null (the default)
         *              for archives with personal data in clear, as before vaults existed
         * @return this builder
         */
        public Builder keyVault(CustomerKeyVault value) {
            this.keyVault = value;
            return this;
        }

        /**
         * @param value what {@link Crm#close()} runs, for example closing the adapter's connection pool; or null
         * @return this builder
         */
        public Builder onClose(AutoCloseable value) {
            this.onClose = value;
            return this;
        }

        /**
         * @return the CRM
         * @throws IllegalArgumentException naming each port of {@link #REQUIRED_PORTS} that the ports lack
         */
        public Crm build() {
            return new Crm(this);
        }
    }
}
