package org.crm4j.core.inmemory;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.customer;
import static org.crm4j.core.contract.Fixtures.customerId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.customer.CustomerRepository;
import org.junit.jupiter.api.Test;

/** The in-memory transactions beyond the contract: savepoints for nested work. */
class InMemoryStoreTest {

    private final CrmPorts ports = InMemoryPorts.create();

    @Test
    void inTransaction_nestedWorkThrowsAndIsCaught_undoesOnlyTheNestedChanges() {
        ports.transactions().run(() -> {
            ports.get(CustomerRepository.class).save(customer(1, "Ada", "ada@example.org", NOW));
            assertThrows(DuplicateException.class, () -> ports.transactions().run(() -> {
                ports.get(CustomerRepository.class).save(customer(2, "Bob", "bob@example.org", NOW));
                ports.get(CustomerRepository.class).save(customer(3, "Other Ada", "ada@example.org", NOW));
            }));
        });

        assertTrue(ports.get(CustomerRepository.class).find(customerId(1)).isPresent());
        assertEquals(Optional.empty(), ports.get(CustomerRepository.class).find(customerId(2)));
    }
}
