package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.contract.Fixtures;
import org.crm4j.core.contract.MutableClock;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.jpa.testing.RowWriteCounter;
import org.junit.jupiter.api.Test;

/**
 * {@code CustomerService.getAll(ids)} reads many customers with one SQL query on the JPA adapter, whatever their
 * number and their tags (issue 14: "get many by id"), counted by the statements executed on the connection
 * ({@link RowWriteCounter#statements()}); a loop over {@code get(id)} would run at least one per customer.
 */
abstract class CustomerGetAllQueriesSuite {

    private static final int CUSTOMERS = 50;

    /** @return the database to run on */
    abstract Dialect dialect();

    @Test
    void getAll_fiftyTaggedCustomers_runsOneQuery() {
        JpaTestFixture fixture = JpaTestFixture.on(dialect());
        CrmPorts ports = fixture.emptyPortsCountingMemberWrites();
        RowWriteCounter counter = fixture.memberWrites();
        Crm crm = Crm.of(ports, new MutableClock(Fixtures.NOW), IdGenerator.random());
        List<CustomerId> ids = new ArrayList<>();
        ports.transactions().run(() -> {
            for (int i = 0; i < CUSTOMERS; i++) {
                ids.add(ports.get(CustomerRepository.class).save(Fixtures.customer(20_000 + i, "Customer " + i,
                        "many" + i + "@example.org", Fixtures.NOW)).id());
            }
        });
        for (CustomerId id : ids) {
            crm.customers().tag(id, "vip");
            crm.customers().tag(id, "newsletter");
        }
        counter.reset();

        Map<CustomerId, Customer> found = crm.customers().getAll(ids);

        assertEquals(1, counter.statements(), "statements run by getAll of " + CUSTOMERS + " customers");
        assertEquals(CUSTOMERS, found.size());
        for (CustomerId id : ids) {
            assertEquals(2, found.get(id).tags().size(), found.get(id).tags().toString());
        }
    }
}
