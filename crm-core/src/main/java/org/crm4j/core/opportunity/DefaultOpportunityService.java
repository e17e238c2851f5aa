package org.crm4j.core.opportunity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.UserDirectory;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SalesService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The opportunity service over the ports; see {@link OpportunityService}. Thread-safe if the ports are. */
final class DefaultOpportunityService implements OpportunityService {

    private static final Logger LOG = LoggerFactory.getLogger(OpportunityService.class);

    private final OpportunityRepository opportunities;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final SalesService sales;
    private final StageProbabilities probabilities;
    private final UserDirectory users;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    DefaultOpportunityService(OpportunityRepository opportunities, CustomerRepository customers,
            ProductRepository products, SalesService sales, StageProbabilities probabilities, UserDirectory users,
            Transactions transactions, Clock clock, IdGenerator ids) {
        this.opportunities = Objects.requireNonNull(opportunities, "opportunities");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.products = Objects.requireNonNull(products, "products");
        this.sales = Objects.requireNonNull(sales, "sales");
        this.probabilities = Objects.requireNonNull(probabilities, "probabilities");
        this.users = Objects.requireNonNull(users, "users");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public Opportunity create(NewOpportunity command) {
        Require.nonNull("command", command);
        users.require(command.owner());
        return transactions.inTransaction(() -> {
            Opportunity opportunity = Opportunity.open(new OpportunityId(ids.next()), command.customer(),
                    command.name(), command.owner(), command.amount(), command.expectedCloseDate(),
                    command.stage(), probabilities, command.lineItems(), clock.instant());
            opportunity.customer().ifPresent(this::requireCustomer);
            requireProducts(opportunity.lineItems());
            Opportunity saved = opportunities.save(opportunity);
            LOG.debug("Opened opportunity {}", saved.id());
            return saved;
        });
    }

    @Override
    public Opportunity get(OpportunityId id) {
        Require.nonNull("opportunityId", id);
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Optional<Opportunity> find(OpportunityId id) {
        Require.nonNull("opportunityId", id);
        return transactions.inTransaction(() -> opportunities.find(id));
    }

    @Override
    public Page<Opportunity> search(OpportunityQuery query, PageRequest<OpportunitySort> request) {
        Require.nonNull("query", query);
        Require.nonNull("pageRequest", request);
        return transactions.inTransaction(() -> opportunities.search(query, request));
    }

    @Override
    public Opportunity moveTo(OpportunityId id, OpportunityStage stage) {
        return change(id, o -> o.moveTo(stage, probabilities, clock.instant()), "moved to " + stage);
    }

    @Override
    public Opportunity changeLineItems(OpportunityId id, List<LineItem> items) {
        Require.nonNull("lineItems", items);
        return transactions.inTransaction(() -> {
            Opportunity changed = load(id).changeLineItems(items, clock.instant());
            requireProducts(changed.lineItems());
            Opportunity saved = opportunities.update(changed);
            LOG.debug("Opportunity {} has {} line items", id, items.size());
            return saved;
        });
    }

    @Override
    public Opportunity reassign(OpportunityId id, UserId newOwner) {
        users.require(newOwner);
        return change(id, o -> o.reassign(newOwner, clock.instant()), "reassigned");
    }

    @Override
    public Opportunity win(OpportunityId id) {
        return change(id, o -> o.win(clock.instant()), "won");
    }

    @Override
    public WonOpportunity winRecordingSales(OpportunityId id) {
        Require.nonNull("opportunityId", id);
        return transactions.inTransaction(() -> {
            Opportunity won = load(id).win(clock.instant());
            if (won.lineItems().isEmpty()) {
                throw new ValidationException("lineItems", "must not be empty to record sales", 0);
            }
            CustomerId customer = won.customer().orElseThrow();
            List<NewSale> commands = new ArrayList<>(won.lineItems().size());
            for (int i = 0; i < won.lineItems().size(); i++) {
                LineItem item = won.lineItems().get(i);
                commands.add(NewSale.of(customer, item.product(), item.quantity()).withUnitPrice(item.unitPrice())
                        .withRequestId("opportunity:" + id + ":" + i));
            }
            Opportunity saved = opportunities.update(won);
            List<Sale> recorded = sales.recordAll(commands);
            LOG.debug("Won opportunity {} with {} sales", id, recorded.size());
            return new WonOpportunity(saved, recorded);
        });
    }

    @Override
    public Opportunity lose(OpportunityId id, String reason) {
        Require.text("lostReason", reason, Opportunity.MAX_REASON_LENGTH);
        return change(id, o -> o.lose(reason, clock.instant()), "lost");
    }

    private void requireCustomer(CustomerId id) {
        if (customers.find(id).isEmpty()) {
            throw new NotFoundException("customerId", id);
        }
    }

    private void requireProducts(List<LineItem> items) {
        for (int i = 0; i < items.size(); i++) {
            LineItem item = items.get(i);
            if (products.find(item.product()).isEmpty()) {
                throw new NotFoundException("lineItems[" + i + "].productId", item.product());
            }
        }
    }

    private Opportunity change(OpportunityId id, UnaryOperator<Opportunity> action, String logged) {
        Require.nonNull("opportunityId", id);
        return transactions.inTransaction(() -> {
            Opportunity saved = opportunities.update(action.apply(load(id)));
            LOG.debug("Opportunity {} {}", id, logged);
            return saved;
        });
    }

    private Opportunity load(OpportunityId id) {
        return opportunities.find(id).orElseThrow(() -> new NotFoundException("opportunityId", id));
    }
}
