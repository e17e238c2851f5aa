package org.crm4j.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.inmemory.InMemoryPorts;
import org.junit.jupiter.api.Test;

/** {@link PrivacyService#erase} with a {@link CustomerKeyVault}: the key goes after the commit; a failure says so. */
class EraseWithKeyVaultTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:15:30Z"), ZoneOffset.UTC);

    /** A vault whose destroy fails a given number of times, as an unreachable KMS would. */
    private static final class FlakyVault implements CustomerKeyVault {

        final CustomerKeyVault keys = CustomerKeyVault.inMemory();
        final AtomicInteger failures;

        FlakyVault(int failures) {
            this.failures = new AtomicInteger(failures);
        }

        @Override
        public Optional<SecretKey> keyFor(CustomerId customer) {
            return keys.keyFor(customer);
        }

        @Override
        public Optional<SecretKey> find(CustomerId customer) {
            return keys.find(customer);
        }

        @Override
        public boolean destroyed(CustomerId customer) {
            return keys.destroyed(customer);
        }

        @Override
        public void destroy(CustomerId customer) {
            if (failures.getAndDecrement() > 0) {
                throw new KeyVaultException("the KMS is unreachable");
            }
            keys.destroy(customer);
        }
    }

    private static Crm crm(CustomerKeyVault vault) {
        return Crm.builder(InMemoryPorts.create()).clock(CLOCK).ids(IdGenerator.sequence()).keyVault(vault).build();
    }

    @Test
    void erase_destroysTheKey_andASecondEraseIsHarmless() {
        CustomerKeyVault vault = CustomerKeyVault.inMemory();
        Crm crm = crm(vault);
        CustomerId ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org")).id();
        CustomerId bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org")).id();
        vault.keyFor(ada);
        vault.keyFor(bob);

        CustomerRecord first = crm.privacy().erase(ada);
        CustomerRecord second = crm.privacy().erase(ada);

        assertTrue(first.customer().erased());
        assertEquals(first.customer(), second.customer());
        assertTrue(vault.destroyed(ada));
        assertTrue(vault.find(bob).isPresent(), "other customers keep their keys");
    }

    @Test
    void erase_whenDestroyFails_customerStaysAnonymised_andErasingAgainFinishes() {
        FlakyVault vault = new FlakyVault(1);
        Crm crm = crm(vault);
        CustomerId ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org")).id();
        vault.keyFor(ada);

        KeyVaultException failed = assertThrows(KeyVaultException.class, () -> crm.privacy().erase(ada));

        assertTrue(failed.getMessage().contains(ada.value() + " was anonymised"), failed.getMessage());
        assertTrue(failed.getMessage().contains("again"), failed.getMessage());
        Customer committed = crm.customers().get(ada);
        assertTrue(committed.erased(), "the anonymisation is committed");
        assertFalse(vault.destroyed(ada));
        assertTrue(vault.find(ada).isPresent());

        crm.privacy().erase(ada);

        assertTrue(vault.destroyed(ada));
        assertEquals(committed, crm.customers().get(ada), "the second erase changes nothing in the CRM");
    }

    @Test
    void erase_unknownCustomer_destroysNoKey() {
        CustomerKeyVault vault = CustomerKeyVault.inMemory();
        Crm crm = crm(vault);
        CustomerId nobody = new CustomerId(UUID.fromString("00000000-0000-0000-0000-0000000000ff"));

        assertThrows(NotFoundException.class, () -> crm.privacy().erase(nobody));

        assertFalse(vault.destroyed(nobody));
    }
}
