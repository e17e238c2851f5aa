package org.crm4j.core.inmemory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.SortKey;
import org.crm4j.core.Transactions;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.audit.AuditEntry;
import org.crm4j.core.audit.ChainHead;
import org.crm4j.core.activity.ActivityId;
import org.crm4j.core.automation.EscalationFlag;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.campaign.ControlGroup;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.relationship.RelationshipId;
import org.crm4j.core.survey.InvitationId;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyId;
import org.crm4j.core.survey.SurveyInvitation;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleId;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.security.RecordType;
import org.crm4j.core.security.Visibility;

/**
 * The maps behind the in-memory ports, one reentrant lock guarding them, and the {@link Transactions} port: a
 * transaction holds the lock and records how to undo each change, and undoes them if the work throws.
 */
final class InMemoryStore implements Transactions {

    /** UUIDs in unsigned order, the byte order of their text and of database UUID columns. */
    static final Comparator<UUID> UUID_ORDER = (a, b) -> {
        int most = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return most != 0 ? most : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    final Map<CustomerId, Customer> customers = new HashMap<>();
    final Map<ProductId, Product> products = new HashMap<>();
    final Map<SaleId, Sale> sales = new HashMap<>();
    final Map<CampaignId, Campaign> campaigns = new HashMap<>();
    /** The members of each campaign that has any, by customer, in the order they were added. */
    final Map<CampaignId, Map<CustomerId, CampaignMember>> members = new HashMap<>();
    /** The control group of each campaign that has one. */
    final Map<CampaignId, ControlGroup> controlGroups = new HashMap<>();
    final Map<RelationshipId, CustomerRelationship> relationships = new HashMap<>();
    final Map<LeadId, Lead> leads = new HashMap<>();
    final Map<OpportunityId, Opportunity> opportunities = new HashMap<>();
    final Map<ActivityId, Activity> activities = new HashMap<>();
    final Map<TicketId, Ticket> tickets = new HashMap<>();
    final Map<SurveyId, Survey> surveys = new HashMap<>();
    final Map<InvitationId, SurveyInvitation> invitations = new HashMap<>();
    /** Escalation flags by (ticket, target, level). */
    final Map<List<Object>, EscalationFlag> escalationFlags = new HashMap<>();
    /** Round-robin turns by team. */
    final Map<String, Long> teamTurns = new HashMap<>();
    /** The ownership of owned records. */
    final Map<RecordRef, Ownership> owners = new HashMap<>();
    /** The audit trail by sequence. */
    final NavigableMap<Long, AuditEntry> audit = new TreeMap<>();
    /** The head of the audit chain, under the one key {@code "head"} (absent while empty). */
    final Map<String, ChainHead> auditHead = new HashMap<>();

    private final ReentrantLock lock = new ReentrantLock();
    private Deque<Runnable> undoLog;

    /**
     * Runs {@code work} holding the store's lock. A nested call joins the running transaction but undoes its own
     * changes if it throws (a savepoint), so that a service operation that throws changes nothing even when a
     * caller catches the exception inside a larger transaction.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        boolean outermost = undoLog == null;
        if (outermost) {
            undoLog = new ArrayDeque<>();
        }
        int savepoint = undoLog.size();
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            while (undoLog.size() > savepoint) {
                undoLog.pop().run();
            }
            throw e;
        } finally {
            if (outermost) {
                undoLog = null;
            }
            lock.unlock();
        }
    }

    /** @return whether the calling thread runs a transaction of this store (holds its lock) */
    @Override
    public boolean active() {
        return lock.isHeldByCurrentThread();
    }

    /** Runs a port operation under the lock (and inside the caller's transaction, if any). */
    <T> T locked(Supplier<T> operation) {
        lock.lock();
        try {
            return operation.get();
        } finally {
            lock.unlock();
        }
    }

    /** Puts a value, remembering how to undo it; the caller holds the lock. */
    <K, V> void put(Map<K, V> map, K key, V value) {
        V previous = map.put(key, value);
        remember(map, key, previous);
    }

    /** Removes a value, remembering how to undo it; the caller holds the lock. */
    <K, V> void remove(Map<K, V> map, K key) {
        V previous = map.remove(key);
        remember(map, key, previous);
    }

    private <K, V> void remember(Map<K, V> map, K key, V previous) {
        if (undoLog != null) {
            undoLog.push(previous == null ? () -> map.remove(key) : () -> map.put(key, previous));
        }
    }

    /**
     * Filters, sorts and cuts a page; the caller holds the lock.
     *
     * @param values     the candidates
     * @param filter     the criteria
     * @param request    the page
     * @param byKey      the ascending comparator of each sort key (the id's comparator for the ID key)
     * @param byId       the tie-breaker, ascending
     */
    static <T, K extends SortKey> Page<T> page(Iterable<T> values, Predicate<T> filter, PageRequest<K> request,
            Function<K, Comparator<T>> byKey, Comparator<T> byId) {
        Comparator<T> order = request.sort()
                .map(sort -> sort.descending() ? byKey.apply(sort.key()).reversed() : byKey.apply(sort.key()))
                .orElse(byId);
        List<T> matches = new ArrayList<>();
        values.forEach(value -> {
            if (filter.test(value)) {
                matches.add(value);
            }
        });
        matches.sort(order.thenComparing(byId));
        return Page.slice(matches, request);
    }

    /**
     * @return whether the user of {@code visibility} (if any) sees the record, as {@link Visibility#permits}
     *         decides from the stored ownership; the caller holds the lock
     */
    boolean visible(Optional<Visibility> visibility, RecordType type, UUID id) {
        return visibility.isEmpty()
                || visibility.get().permits(Optional.ofNullable(owners.get(new RecordRef(type, id))));
    }
}
