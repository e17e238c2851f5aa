package org.crm4j.core.contract;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.PageRequest;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleQuery;
import org.crm4j.core.sales.SaleRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every contract suite. An adapter runs a suite by extending it in its own test tree and implementing
 * {@link #newPorts()}:
 *
 * <pre>{@code
 * class JpaCustomerRepositoryTest extends CustomerRepositoryContract {
 *     protected CrmPorts newPorts() { return JpaPorts.create(emptyH2Database()); }
 *     protected void cleanUp(CrmPorts ports) { dropDatabase(); }
 * }
 * }</pre>
 *
 * Every test gets fresh ports from {@link #newPorts()} before it runs and hands them to {@link #cleanUp(CrmPorts)}
 * afterwards. Port calls are made inside {@code ports.transactions().inTransaction}, as the services make them.
 */
public abstract class PortsContract {

    /** The ports under test, fresh for each test. */
    protected CrmPorts ports;

    /**
     * @return ports over an empty store: no customers, products or sales
     */
    protected abstract CrmPorts newPorts();

    /**
     * Whether the adapter can search customers' names and e-mail addresses by contained text and sort by them
     * (and sort leads by the contact's name).
     * An adapter that stores them encrypted (crm-jpa with personal data encryption) returns false: such a search or
     * sort is then refused with a {@code ValidationException} naming the argument, and the suites check the refusal
     * instead of the result.
     *
     * @return true by default
     */
    protected boolean searchesPersonalText() {
        return true;
    }

    /**
     * Releases what {@link #newPorts()} created (connections, schemas). Does nothing by default.
     *
     * @param used the ports the test used
     */
    protected void cleanUp(CrmPorts used) {
    }

    @BeforeEach
    final void createPorts() {
        ports = newPorts();
    }

    @AfterEach
    final void releasePorts() {
        cleanUp(ports);
    }

    /**
     * Runs port calls in one transaction.
     *
     * @param work the calls
     * @param <T>  the result type
     * @return the result
     */
    protected <T> T tx(Supplier<T> work) {
        return ports.transactions().inTransaction(work);
    }

    /**
     * Runs port calls that return nothing in one transaction.
     *
     * @param work the calls
     */
    protected void txRun(Runnable work) {
        ports.transactions().run(work);
    }

    /**
     * Everything the ports hold, to check that a refused operation changed nothing.
     *
     * @return every customer (archived too), product (archived too) and sale, in id order
     */
    protected State state() {
        int all = PageRequest.MAX_SIZE;
        return tx(() -> new State(
                ports.get(CustomerRepository.class).search(CustomerQuery.all().includingArchived(), PageRequest.of(0, all)).content(),
                ports.get(ProductRepository.class).search(ProductQuery.all().includingArchived(), PageRequest.of(0, all)).content(),
                ports.get(SaleRepository.class).search(SaleQuery.all(), PageRequest.of(0, all)).content()));
    }

    /**
     * What the ports hold.
     *
     * @param customers every customer
     * @param products  every product
     * @param sales     every sale and return
     */
    protected record State(List<Customer> customers, List<Product> products, List<Sale> sales) {
    }

    /**
     * A CRM over the ports under test.
     *
     * @param clock the clock
     * @param ids   the id generator
     * @return the CRM
     */
    protected Crm crm(Clock clock, IdGenerator ids) {
        return Crm.of(ports, clock, ids);
    }
}
