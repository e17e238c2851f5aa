package org.crm4j.core.backup;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.Transactions;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.activity.ActivityId;
import org.crm4j.core.activity.ActivityRepository;
import org.crm4j.core.audit.AuditEntry;
import org.crm4j.core.audit.AuditTrail;
import org.crm4j.core.automation.EscalationFlag;
import org.crm4j.core.automation.ServiceQueue;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.campaign.CampaignMemberDetails;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.campaign.CampaignMemberSort;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.lead.LeadRepository;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityRepository;
import org.crm4j.core.privacy.CustomerKeyVault;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.relationship.RelationshipId;
import org.crm4j.core.relationship.RelationshipRepository;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleId;
import org.crm4j.core.sales.SaleRepository;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.RecordOwners;
import org.crm4j.core.security.RecordType;
import org.crm4j.core.survey.InvitationId;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyId;
import org.crm4j.core.survey.SurveyInvitation;
import org.crm4j.core.survey.SurveyInvitationRepository;
import org.crm4j.core.survey.SurveyRepository;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketRepository;

/**
 * The backup service over the raw (unguarded, unaudited) ports: the files of an archive, in the order a restore
 * writes them so that every reference points to a record written before it (products and customers first, the
 * audit trail last; returns after the sales they return).
 */
final class DefaultBackupService implements BackupService {

    private static final int PAGE = 1_000;

    private final BackupStore store;
    private final Transactions tx;
    private final Clock clock;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final SaleRepository sales;
    private final CampaignRepository campaigns;
    private final CampaignMemberRepository members;
    private final RelationshipRepository relationships;
    private final OpportunityRepository opportunities;
    private final LeadRepository leads;
    private final ActivityRepository activities;
    private final TicketRepository tickets;
    private final ServiceQueue queue;
    private final SurveyRepository surveys;
    private final SurveyInvitationRepository invitations;
    private final RecordOwners owners;
    private final AuditTrail trail;
    private final Optional<Shredding> shredding;

    DefaultBackupService(CrmPorts ports, Clock clock, Optional<CustomerKeyVault> vault) {
        Objects.requireNonNull(ports, "ports");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.shredding = Objects.requireNonNull(vault, "vault").map(Shredding::new);
        this.store = ports.get(BackupStore.class);
        this.tx = ports.transactions();
        this.customers = ports.get(CustomerRepository.class);
        this.products = ports.get(ProductRepository.class);
        this.sales = ports.get(SaleRepository.class);
        this.campaigns = ports.get(CampaignRepository.class);
        this.members = ports.get(CampaignMemberRepository.class);
        this.relationships = ports.get(RelationshipRepository.class);
        this.opportunities = ports.get(OpportunityRepository.class);
        this.leads = ports.get(LeadRepository.class);
        this.activities = ports.get(ActivityRepository.class);
        this.tickets = ports.get(TicketRepository.class);
        this.queue = ports.get(ServiceQueue.class);
        this.surveys = ports.get(SurveyRepository.class);
        this.invitations = ports.get(SurveyInvitationRepository.class);
        this.owners = ports.get(RecordOwners.class);
        this.trail = ports.get(AuditTrail.class);
    }

    /** The files of format version 1, in archive and restore order, with the record type of their lines. */
    static final Map<String, Class<?>> FILES = files();
    /** The files of format version 2 (personal data sealed): version 1's with other lines of customers and leads. */
    static final Map<String, Class<?>> SEALED_FILES = sealedFiles();

    private static Map<String, Class<?>> sealedFiles() {
        Map<String, Class<?>> files = new LinkedHashMap<>(FILES);
        files.put("customers.jsonl", Sealed.SealedCustomer.class);
        files.put("leads.jsonl", Sealed.SealedLead.class);
        return Collections.unmodifiableMap(files);
    }

    /** @return the files of an archive of that manifest */
    static Map<String, Class<?>> files(BackupManifest manifest) {
        return manifest.personalDataSealed() ? SEALED_FILES : FILES;
    }

    private static Map<String, Class<?>> files() {
        Map<String, Class<?>> files = new LinkedHashMap<>();
        files.put("products.jsonl", Product.class);
        files.put("customers.jsonl", Customer.class);
        files.put("campaigns.jsonl", Campaign.class);
        files.put("control-groups.jsonl", Entries.CampaignControlGroup.class);
        files.put("campaign-members.jsonl", CampaignMember.class);
        files.put("relationships.jsonl", CustomerRelationship.class);
        files.put("opportunities.jsonl", Opportunity.class);
        files.put("leads.jsonl", Lead.class);
        files.put("activities.jsonl", Activity.class);
        files.put("sales.jsonl", Sale.class);
        files.put("tickets.jsonl", Ticket.class);
        files.put("escalation-flags.jsonl", EscalationFlag.class);
        files.put("surveys.jsonl", Survey.class);
        files.put("survey-invitations.jsonl", SurveyInvitation.class);
        files.put("record-owners.jsonl", Entries.RecordOwner.class);
        files.put("team-turns.jsonl", Entries.TeamTurn.class);
        files.put("audit-entries.jsonl", AuditEntry.class);
        return Collections.unmodifiableMap(files);
    }

    private static final Map<RecordType, BackupTable> OWNED = ownedTables();

    private static Map<RecordType, BackupTable> ownedTables() {
        Map<RecordType, BackupTable> owned = new LinkedHashMap<>();
        owned.put(RecordType.CUSTOMER, BackupTable.CUSTOMER);
        owned.put(RecordType.LEAD, BackupTable.LEAD);
        owned.put(RecordType.OPPORTUNITY, BackupTable.OPPORTUNITY);
        owned.put(RecordType.TICKET, BackupTable.TICKET);
        return owned;
    }

    @Override
    public BackupManifest export(OutputStream out, BackupProgress progress) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        Instant now = clock.instant();
        return store.inSnapshot(() -> {
            long total = 0;
            for (BackupTable table : BackupTable.values()) {
                total += store.count(table);
            }
            Counter counter = new Counter(progress, total);
            ArchiveWriter archive = new ArchiveWriter(out);
            Section section = new Section(archive, counter);
            section.write("products.jsonl", w -> byId(BackupTable.PRODUCT, ids -> ids.forEach(id ->
                    w.accept(products.find(new ProductId(id)).orElseThrow()))));
            section.write("customers.jsonl", w -> byId(BackupTable.CUSTOMER, ids -> {
                Map<CustomerId, Customer> page = customers.findAll(ids.stream().map(CustomerId::new).toList());
                ids.forEach(id -> {
                    Customer customer = page.get(new CustomerId(id));
                    w.accept(shredding.isEmpty() || customer == null ? customer
                            : shredding.get().seal(customer, now));
                });
            }));
            section.write("campaigns.jsonl", w -> byId(BackupTable.CAMPAIGN, ids -> ids.forEach(id ->
                    w.accept(campaigns.find(new CampaignId(id)).orElseThrow()))));
            section.write("control-groups.jsonl", false, w -> byId(BackupTable.CAMPAIGN, ids -> ids.forEach(id ->
                    members.controlGroup(new CampaignId(id)).ifPresent(group ->
                            w.accept(new Entries.CampaignControlGroup(new CampaignId(id), group))))));
            section.write("campaign-members.jsonl", w -> byId(BackupTable.CAMPAIGN, ids -> ids.forEach(id ->
                    members(new CampaignId(id), w))));
            section.write("relationships.jsonl", w -> byId(BackupTable.RELATIONSHIP, ids -> ids.forEach(id ->
                    w.accept(relationships.find(new RelationshipId(id)).orElseThrow()))));
            section.write("opportunities.jsonl", w -> byId(BackupTable.OPPORTUNITY, ids -> ids.forEach(id ->
                    w.accept(opportunities.find(new OpportunityId(id)).orElseThrow()))));
            section.write("leads.jsonl", w -> byId(BackupTable.LEAD, ids -> ids.forEach(id -> {
                Lead lead = leads.find(new LeadId(id)).orElseThrow();
                w.accept(shredding.isEmpty() ? lead : shredding.get().seal(lead, now));
            })));
            section.write("activities.jsonl", w -> byId(BackupTable.ACTIVITY, ids -> ids.forEach(id ->
                    w.accept(activities.find(new ActivityId(id)).orElseThrow()))));
            section.write("sales.jsonl", this::exportSales);
            section.write("tickets.jsonl", w -> byId(BackupTable.TICKET, ids -> ids.forEach(id ->
                    w.accept(tickets.find(new TicketId(id)).orElseThrow()))));
            section.write("escalation-flags.jsonl", w -> byId(BackupTable.TICKET, ids -> {
                List<EscalationFlag> flags = new ArrayList<>(queue.flagsOf(ids.stream().map(TicketId::new)
                        .toList()));
                flags.sort(Comparator.comparing((EscalationFlag flag) -> ids.indexOf(flag.ticket().value()))
                        .thenComparing(RecordJson::write));
                flags.forEach(w);
            }));
            section.write("surveys.jsonl", w -> byId(BackupTable.SURVEY, ids -> ids.forEach(id ->
                    w.accept(surveys.find(new SurveyId(id)).orElseThrow()))));
            section.write("survey-invitations.jsonl", w -> byId(BackupTable.INVITATION, ids -> ids.forEach(id ->
                    w.accept(invitations.find(new InvitationId(id)).orElseThrow()))));
            section.write("record-owners.jsonl", w -> OWNED.forEach((type, table) -> byId(table, ids -> {
                Map<UUID, Ownership> page = owners.findAll(type, ids);
                ids.forEach(id -> {
                    Ownership ownership = page.get(id);
                    if (ownership != null) {
                        w.accept(new Entries.RecordOwner(type, id, ownership));
                    }
                });
            })));
            section.write("team-turns.jsonl", w -> store.teamTurns().forEach((team, turn) ->
                    w.accept(new Entries.TeamTurn(team, turn))));
            section.write("audit-entries.jsonl", w -> {
                long next = 1;
                List<AuditEntry> page;
                while (!(page = trail.read(next, PAGE)).isEmpty()) {
                    page.forEach(w);
                    next = page.get(page.size() - 1).sequence() + 1;
                }
            });
            BackupManifest manifest = archive.finish(shredding.isEmpty() ? BackupManifest.FORMAT_VERSION
                    : BackupManifest.SEALED_FORMAT_VERSION, store.schema(), now);
            counter.report();
            return manifest;
        });
    }

    private void members(CampaignId campaign, Consumer<Object> w) {
        for (int page = 0; ; page++) {
            Page<CampaignMemberDetails> details = members.page(campaign,
                    PageRequest.of(page, PAGE, Sort.asc(CampaignMemberSort.ID)));
            details.content().forEach(detail -> w.accept(detail.member()));
            if (!details.hasNext()) {
                return;
            }
        }
    }

    private void exportSales(Consumer<Object> w) {
        Optional<SaleId> after = Optional.empty();
        List<Sale> page;
        while (!(page = store.sales(after, PAGE)).isEmpty()) {
            page.forEach(w);
            after = Optional.of(page.get(page.size() - 1).id());
        }
    }

    /** Calls {@code page} with every keyset page of ids of a table. */
    private void byId(BackupTable table, Consumer<List<UUID>> page) {
        Optional<UUID> after = Optional.empty();
        List<UUID> ids;
        while (!(ids = store.ids(table, after, PAGE)).isEmpty()) {
            page.accept(ids);
            after = Optional.of(ids.get(ids.size() - 1));
        }
    }

    @Override
    public BackupManifest verify(Path archive) {
        Objects.requireNonNull(archive, "archive");
        try (ArchiveReader reader = ArchiveReader.open(archive)) {
            reader.verify(files(reader.manifest()));
            if (reader.manifest().personalDataSealed() && shredding.isPresent()) {
                openAll(reader, shredding.get());
            }
            return reader.manifest();
        }
    }

    @Override
    public BackupManifest restore(Path archive, BackupProgress progress) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(progress, "progress");
        try (ArchiveReader reader = ArchiveReader.open(archive)) {
            BackupManifest manifest = reader.manifest();
            if (manifest.personalDataSealed() && shredding.isEmpty()) {
                throw new InvalidBackupException("the archive's personal data is sealed (formatVersion "
                        + BackupManifest.SEALED_FORMAT_VERSION + "): restore it into a CRM built with the "
                        + "CustomerKeyVault it was exported with (Crm.Builder.keyVault); nothing was written");
            }
            reader.verify(files(manifest));
            if (manifest.personalDataSealed()) {
                openAll(reader, shredding.get());
            }
            Instant now = clock.instant();
            Counter counter = new Counter(progress, manifest.records());
            tx.run(() -> {
                requireEmpty();
                new Restore(reader, counter, this, manifest.personalDataSealed() ? shredding : Optional.empty(),
                        now).run();
            });
            counter.report();
            return manifest;
        }
    }

    /**
     * Opens every sealed value of a verified archive, writing nothing.
     *
     * @throws InvalidBackupException on the first value that does not open, or whose key the vault does not know
     */
    private void openAll(ArchiveReader reader, Shredding shredding) {
        Instant now = clock.instant();
        reader.forEach("customers.jsonl", Sealed.SealedCustomer.class, line -> shredding.open(line, now));
        reader.forEach("leads.jsonl", Sealed.SealedLead.class, line -> shredding.open(line, now));
    }

    private void requireEmpty() {
        for (BackupTable table : BackupTable.values()) {
            long count = store.count(table);
            if (count > 0) {
                throw new IllegalStateException("the CRM to restore into must be empty, but its table " + table
                        + " holds " + count + " records; restore into a new database or in-memory CRM");
            }
        }
    }

    CustomerRepository customers() {
        return customers;
    }

    ProductRepository products() {
        return products;
    }

    SaleRepository sales() {
        return sales;
    }

    CampaignRepository campaigns() {
        return campaigns;
    }

    CampaignMemberRepository members() {
        return members;
    }

    RelationshipRepository relationships() {
        return relationships;
    }

    OpportunityRepository opportunities() {
        return opportunities;
    }

    LeadRepository leads() {
        return leads;
    }

    ActivityRepository activities() {
        return activities;
    }

    TicketRepository tickets() {
        return tickets;
    }

    ServiceQueue queue() {
        return queue;
    }

    SurveyRepository surveys() {
        return surveys;
    }

    SurveyInvitationRepository invitations() {
        return invitations;
    }

    RecordOwners owners() {
        return owners;
    }

    AuditTrail trail() {
        return trail;
    }

    /** Counts records and reports progress after each page. */
    static final class Counter {

        private final BackupProgress progress;
        private final long total;
        private long done;

        Counter(BackupProgress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        void add(long records) {
            done += records;
        }

        void report() {
            progress.progress(Math.min(done, total), total);
        }
    }

    /** Writes one data file and reports progress every {@link #PAGE} records. */
    private record Section(ArchiveWriter archive, Counter counter) {

        void write(String name, Consumer<Consumer<Object>> body) {
            write(name, true, body);
        }

        /** @param counted whether the file's records are among the counted total (control groups are not) */
        void write(String name, boolean counted, Consumer<Consumer<Object>> body) {
            archive.begin(name);
            long[] lines = {0};
            body.accept(record -> {
                archive.line(Objects.requireNonNull(record, () -> "a record of " + name + " vanished"));
                counter.add(counted ? 1 : 0);
                if (++lines[0] % PAGE == 0) {
                    counter.report();
                }
            });
            archive.end();
            counter.report();
        }
    }

}
