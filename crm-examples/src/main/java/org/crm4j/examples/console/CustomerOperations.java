package org.crm4j.examples.console;

import java.util.Objects;
import org.crm4j.core.Crm;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerUpdate;
import org.crm4j.core.customer.NewCustomer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host's customer operations: each is one Spring transaction holding a crm4j call and a row of the host's own
 * {@link ActivityLog}, which commit or roll back together (see {@link HostTransactionDataSource}). The host's row
 * is written first, so a crm4j refusal also takes it back.
 */
@Service
public class CustomerOperations {

    private final Crm crm;
    private final ActivityLog activity;

    CustomerOperations(Crm crm, ActivityLog activity) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.activity = Objects.requireNonNull(activity, "activity");
    }

    /**
     * @param username who registers
     * @param command  the customer
     * @return the registered customer
     * @throws org.crm4j.core.ValidationException if crm4j refuses the command (nothing written, the host's row
     *                                            neither)
     */
    @Transactional
    public Customer register(String username, NewCustomer command) {
        activity.record(username, "registered customer " + command.email());
        return crm.customers().register(command);
    }

    /**
     * @param username who changes
     * @param id       the customer
     * @param command  the new values and the version they were read at
     * @return the updated customer
     */
    @Transactional
    public Customer update(String username, CustomerId id, CustomerUpdate command) {
        activity.record(username, "updated customer " + id.value());
        return crm.customers().update(id, command);
    }

    /**
     * @param username who deletes
     * @param id       the customer
     */
    @Transactional
    public void delete(String username, CustomerId id) {
        activity.record(username, "deleted customer " + id.value());
        crm.customers().delete(id);
    }
}
