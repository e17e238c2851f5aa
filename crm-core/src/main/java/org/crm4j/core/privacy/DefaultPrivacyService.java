package org.crm4j.core.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.Sort;
import org.crm4j.core.Transactions;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.activity.ActivityQuery;
import org.crm4j.core.activity.ActivitySort;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityQuery;
import org.crm4j.core.opportunity.OpportunitySort;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleQuery;
import org.crm4j.core.sales.SaleSort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link PrivacyService} over the ports; orchestrates, the aggregates' {@code erase} decide what changes. */
final class DefaultPrivacyService implements PrivacyService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultPrivacyService.class);

    private final Ports ports;
    private final Transactions transactions;
    private final Clock clock;
    private final Optional<CustomerKeyVault> vault;

    DefaultPrivacyService(Ports ports, Transactions transactions, Clock clock, Optional<CustomerKeyVault> vault) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    @Override
    public CustomerRecord export(CustomerId customer) {
        Require.nonNull("customerId", customer);
        return transactions.inTransaction(() -> read(found(customer), clock.instant()));
    }

    @Override
    public CustomerRecord erase(CustomerId customer) {
        Require.nonNull("customerId", customer);
        Instant now = clock.instant();
        CustomerRecord after = transactions.inTransaction(() -> {
            Customer stored = found(customer);
            Customer erased = stored.erase(now);
            if (erased != stored) {
                erased = ports.customers().update(erased);
            }
            for (Lead lead : ports.leads().findConvertedInto(customer)) {
                Lead anonymised = lead.erase(now);
                if (anonymised != lead) {
                    ports.leads().update(anonymised);
                }
            }
            return read(erased, now);
        });
        vault.ifPresent(keys -> destroyKey(keys, customer));
        LOG.info("customer {} erased (anonymised; {} sales, {} tickets, {} relationships kept)", customer.value(),
                after.sales().size(), after.tickets().size(), after.relationships().size());
        return after;
    }

    /** After the commit: the customer is anonymised whatever happens here; erasing again retries the destroy. */
    private static void destroyKey(CustomerKeyVault keys, CustomerId customer) {
        try {
            keys.destroy(customer);
        } catch (RuntimeException e) {
            throw new KeyVaultException("customer " + customer.value() + " was anonymised, but destroying its "
                    + "backup key in the CustomerKeyVault failed, so backups taken before still open its personal "
                    + "data: call erase(" + customer.value() + ") again to finish (" + e.getMessage() + ")", e);
        }
    }

    private Customer found(CustomerId customer) {
        return ports.customers().find(customer).orElseThrow(() -> new NotFoundException("customerId", customer));
    }

    private CustomerRecord read(Customer customer, Instant at) {
        CustomerId id = customer.id();
        List<Sale> sales = all(page -> ports.sales().search(SaleQuery.all().withCustomer(id),
                PageRequest.of(page, PageRequest.MAX_SIZE, Sort.asc(SaleSort.ID))));
        List<Opportunity> opportunities = all(page -> ports.opportunities().search(
                OpportunityQuery.all().withCustomer(id),
                PageRequest.of(page, PageRequest.MAX_SIZE, Sort.asc(OpportunitySort.ID))));
        List<Activity> activities = all(page -> ports.activities().search(ActivityQuery.all().about(id),
                PageRequest.of(page, PageRequest.MAX_SIZE, Sort.asc(ActivitySort.ID))));
        return new CustomerRecord(at, customer, sales, ports.relationships().findByCustomer(id),
                ports.campaignMembers().findByCustomer(id), ports.tickets().findByCustomer(id),
                ports.invitations().findByCustomer(id), ports.leads().findConvertedInto(id), opportunities,
                activities);
    }

    /** Every page of a search, in its order. */
    private static <T> List<T> all(Function<Integer, Page<T>> search) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> next = search.apply(page);
            all.addAll(next.content());
            if (!next.hasNext()) {
                return all;
            }
        }
    }
}
