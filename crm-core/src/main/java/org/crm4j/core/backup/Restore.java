package org.crm4j.core.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.function.Consumer;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.audit.AuditEntry;
import org.crm4j.core.automation.EscalationFlag;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.product.Product;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyInvitation;
import org.crm4j.core.ticket.Ticket;

/**
 * The writing pass of a restore, inside the caller's transaction, after the archive was verified: every file in
 * archive order through the raw repository ports, batched where a port takes batches.
 */
final class Restore {

    private static final int BATCH = 1_000;

    private final ArchiveReader reader;
    private final DefaultBackupService.Counter counter;
    private final DefaultBackupService ports;
    private final Optional<Shredding> shredding;
    private final Instant now;

    /**
     * @param shredding opens the personal data of a sealed archive, empty for an archive in clear
     * @param now       the time of the anonymisation of customers whose key was destroyed
     */
    Restore(ArchiveReader reader, DefaultBackupService.Counter counter, DefaultBackupService ports,
            Optional<Shredding> shredding, Instant now) {
        this.reader = reader;
        this.counter = counter;
        this.ports = ports;
        this.shredding = shredding;
        this.now = now;
    }

    void run() {
        each("products.jsonl", Product.class, ports.products()::save);
        if (shredding.isPresent()) {
            Shredding open = shredding.get();
            each("customers.jsonl", Sealed.SealedCustomer.class, line -> ports.customers().save(open.open(line, now)));
        } else {
            each("customers.jsonl", Customer.class, ports.customers()::save);
        }
        each("campaigns.jsonl", Campaign.class, ports.campaigns()::save);
        each("control-groups.jsonl", Entries.CampaignControlGroup.class,
                group -> ports.members().saveControlGroup(group.campaign(), group.controlGroup()));
        batches("campaign-members.jsonl", CampaignMember.class, ports.members()::addAll);
        each("relationships.jsonl", CustomerRelationship.class, ports.relationships()::save);
        each("opportunities.jsonl", Opportunity.class, ports.opportunities()::save);
        if (shredding.isPresent()) {
            Shredding open = shredding.get();
            each("leads.jsonl", Sealed.SealedLead.class, line -> ports.leads().save(open.open(line, now)));
        } else {
            each("leads.jsonl", Lead.class, ports.leads()::save);
        }
        each("activities.jsonl", Activity.class, ports.activities()::save);
        // a return references the sale it returns, which may come later in id order: sales first, then returns
        Batcher<Sale> sold = new Batcher<>(ports.sales()::saveAll);
        reader.forEach("sales.jsonl", Sale.class, sale -> {
            if (sale.returnOf().isEmpty()) {
                sold.add(sale);
            }
        });
        sold.flush();
        Batcher<Sale> returned = new Batcher<>(ports.sales()::saveAll);
        reader.forEach("sales.jsonl", Sale.class, sale -> {
            if (sale.returnOf().isPresent()) {
                returned.add(sale);
            }
        });
        returned.flush();
        each("tickets.jsonl", Ticket.class, ports.tickets()::save);
        batches("escalation-flags.jsonl", EscalationFlag.class, ports.queue()::addFlags);
        each("surveys.jsonl", Survey.class, ports.surveys()::save);
        batches("survey-invitations.jsonl", SurveyInvitation.class, ports.invitations()::saveAll);
        each("record-owners.jsonl", Entries.RecordOwner.class,
                owner -> ports.owners().assign(new RecordRef(owner.type(), owner.id()), owner.ownership()));
        each("team-turns.jsonl", Entries.TeamTurn.class, turn -> ports.queue().setTurn(turn.team(), turn.turn()));
        ports.trail().lockHead();
        // entries are appended verbatim (sequence, time, actor, hashes), so the restored chain verifies as it did
        batches("audit-entries.jsonl", AuditEntry.class, ports.trail()::append);
    }

    private <T> void each(String file, Class<T> type, Consumer<T> write) {
        long[] lines = {0};
        reader.forEach(file, type, record -> {
            write.accept(record);
            counter.add(1);
            if (++lines[0] % BATCH == 0) {
                counter.report();
            }
        });
        counter.report();
    }

    private <T> void batches(String file, Class<T> type, Consumer<List<T>> write) {
        Batcher<T> batcher = new Batcher<>(write);
        reader.forEach(file, type, batcher::add);
        batcher.flush();
    }

    /** Collects records into batches of {@link #BATCH} and writes each full batch. */
    private final class Batcher<T> {

        private final Consumer<List<T>> write;
        private final List<T> batch = new ArrayList<>(BATCH);

        Batcher(Consumer<List<T>> write) {
            this.write = write;
        }

        void add(T record) {
            batch.add(record);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                write.accept(List.copyOf(batch));
                counter.add(batch.size());
                batch.clear();
                counter.report();
            }
        }
    }
}
