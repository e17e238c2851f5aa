package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.customer;
import static org.crm4j.core.contract.Fixtures.customerId;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.crm4j.core.contract.Fixtures.product;
import static org.crm4j.core.contract.Fixtures.productId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.crm4j.core.Transactions;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.customer.LifecycleStage;
import org.crm4j.core.product.ProductRepository;
import org.junit.jupiter.api.Test;

/** What every {@link Transactions} port must do with the repositories of its bundle. */
public abstract class TransactionsContract extends PortsContract {

    private CustomerRepository customers() {
        return ports.get(CustomerRepository.class);
    }

    private ProductRepository products() {
        return ports.get(ProductRepository.class);
    }

    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Boom() {
            super("boom");
        }
    }

    @Test
    void inTransaction_workReturns_commitsAndReturnsTheResult() {
        Customer saved = tx(() -> customers().save(customer(1, "Ada", "ada@example.org", NOW)));

        assertEquals(Optional.of(saved), tx(() -> customers().find(customerId(1))));
    }

    @Test
    void inTransaction_workThrows_rethrowsTheSameExceptionAndRollsBackEveryPort() {
        Boom boom = new Boom();
        Customer ada = tx(() -> customers().save(customer(1, "Ada", "ada@example.org", NOW)));
        tx(() -> products().save(product(1, "TEA", "Tea", eur("4.50"), 5, NOW)));

        Boom thrown = assertThrows(Boom.class, () -> tx(() -> {
            customers().update(ada.moveTo(LifecycleStage.ACTIVE, NOW));
            customers().save(customer(2, "Bob", "bob@example.org", NOW));
            products().takeStock(Map.of(productId(1), 5));
            products().save(product(2, "COFFEE", "Coffee", eur("6.00"), 5, NOW));
            throw boom;
        }));

        assertSame(boom, thrown);
        assertEquals(Optional.of(ada), tx(() -> customers().find(customerId(1))));
        assertEquals(Optional.empty(), tx(() -> customers().find(customerId(2))));
        assertEquals(5, tx(() -> products().find(productId(1))).orElseThrow().stock());
        assertEquals(Optional.empty(), tx(() -> products().find(productId(2))));
    }

    @Test
    void inTransaction_nestedCall_joinsTheOuterTransaction() {
        assertThrows(Boom.class, () -> tx(() -> {
            tx(() -> customers().save(customer(1, "Ada", "ada@example.org", NOW)));
            assertTrue(customers().find(customerId(1)).isPresent());
            throw new Boom();
        }));

        assertEquals(Optional.empty(), tx(() -> customers().find(customerId(1))));
    }

    @Test
    void run_workWithoutResult_commits() {
        ports.transactions().run(() -> customers().save(customer(1, "Ada", "ada@example.org", NOW)));

        assertTrue(tx(() -> customers().find(customerId(1))).isPresent());
    }
}
