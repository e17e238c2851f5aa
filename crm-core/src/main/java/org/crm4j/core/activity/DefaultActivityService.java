package org.crm4j.core.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.lead.LeadRepository;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The activity service over the ports; see {@link ActivityService}. Thread-safe if the ports are. */
final class DefaultActivityService implements ActivityService {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityService.class);

    private final ActivityRepository activities;
    private final CustomerRepository customers;
    private final LeadRepository leads;
    private final OpportunityRepository opportunities;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    DefaultActivityService(ActivityRepository activities, CustomerRepository customers, LeadRepository leads,
            OpportunityRepository opportunities, Transactions transactions, Clock clock, IdGenerator ids) {
        this.activities = Objects.requireNonNull(activities, "activities");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.leads = Objects.requireNonNull(leads, "leads");
        this.opportunities = Objects.requireNonNull(opportunities, "opportunities");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public Activity record(NewActivity command) {
        Require.nonNull("command", command);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            command.occurredAt().ifPresent(at -> {
                if (at.isAfter(now)) {
                    throw new ValidationException("occurredAt", "must not be in the future", at);
                }
            });
            Optional<CustomerId> customer = command.customer();
            if (command.opportunity().isPresent()) {
                Opportunity opportunity = opportunities.find(command.opportunity().get())
                        .orElseThrow(() -> new NotFoundException("opportunityId", command.opportunity().get()));
                if (customer.isPresent() && opportunity.customer().isPresent()
                        && !customer.equals(opportunity.customer())) {
                    throw new ValidationException("customerId", "must be the opportunity's customer "
                            + opportunity.customer().get(), customer.get());
                }
                customer = customer.or(opportunity::customer);
            }
            Activity activity = new Activity(new ActivityId(ids.next()), command.type(), command.subject(),
                    command.body(), customer, command.lead(), command.opportunity(), command.occurredAt(),
                    command.dueDate(), Optional.empty(), now, 0);
            activity.customer().ifPresent(id -> {
                if (customers.find(id).isEmpty()) {
                    throw new NotFoundException("customerId", id);
                }
            });
            activity.lead().ifPresent(id -> {
                if (leads.find(id).isEmpty()) {
                    throw new NotFoundException("leadId", id);
                }
            });
            Activity saved = activities.save(activity);
            LOG.debug("Recorded {} {}", saved.type(), saved.id());
            return saved;
        });
    }

    @Override
    public Activity get(ActivityId id) {
        Require.nonNull("activityId", id);
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Optional<Activity> find(ActivityId id) {
        Require.nonNull("activityId", id);
        return transactions.inTransaction(() -> activities.find(id));
    }

    @Override
    public Page<Activity> search(ActivityQuery query, PageRequest<ActivitySort> request) {
        Require.nonNull("query", query);
        Require.nonNull("pageRequest", request);
        return transactions.inTransaction(() -> activities.search(query, request));
    }

    @Override
    public Activity complete(ActivityId id) {
        Require.nonNull("activityId", id);
        return transactions.inTransaction(() -> {
            Activity saved = activities.update(load(id).complete(clock.instant()));
            LOG.debug("Completed task {}", id);
            return saved;
        });
    }

    private Activity load(ActivityId id) {
        return activities.find(id).orElseThrow(() -> new NotFoundException("activityId", id));
    }
}
