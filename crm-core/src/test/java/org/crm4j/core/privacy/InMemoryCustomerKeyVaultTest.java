package org.crm4j.core.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKey;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.junit.jupiter.api.Test;

/** The in-memory {@link CustomerKeyVault}: none, live, destroyed; never re-created; one key under contention. */
class InMemoryCustomerKeyVaultTest {

    private final CustomerKeyVault vault = CustomerKeyVault.inMemory();
    private final CustomerId ada = new CustomerId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private final CustomerId bob = new CustomerId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

    @Test
    void keyFor_createsOneAes256KeyPerCustomer_andFindsItAgain() {
        assertEquals(Optional.empty(), vault.find(ada));
        assertFalse(vault.destroyed(ada));

        SecretKey key = vault.keyFor(ada).orElseThrow();

        assertEquals("AES", key.getAlgorithm());
        assertEquals(CustomerKeyVault.KEY_BYTES, key.getEncoded().length);
        assertArrayEquals(key.getEncoded(), vault.keyFor(ada).orElseThrow().getEncoded());
        assertArrayEquals(key.getEncoded(), vault.find(ada).orElseThrow().getEncoded());
        assertFalse(java.util.Arrays.equals(key.getEncoded(), vault.keyFor(bob).orElseThrow().getEncoded()));
    }

    @Test
    void destroy_isFinal_idempotent_andLeavesOthers() {
        vault.keyFor(ada);
        SecretKey bobs = vault.keyFor(bob).orElseThrow();

        vault.destroy(ada);
        vault.destroy(ada);

        assertEquals(Optional.empty(), vault.find(ada));
        assertEquals(Optional.empty(), vault.keyFor(ada), "a destroyed key is never re-created");
        assertTrue(vault.destroyed(ada));
        assertArrayEquals(bobs.getEncoded(), vault.find(bob).orElseThrow().getEncoded());
        assertFalse(vault.destroyed(bob));
    }

    @Test
    void destroy_ofACustomerWithoutKey_leavesATombstone() {
        vault.destroy(ada);

        assertTrue(vault.destroyed(ada));
        assertEquals(Optional.empty(), vault.keyFor(ada));
    }

    @Test
    void keyFor_fromManyThreads_givesOneKey() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                calls.add(() -> java.util.HexFormat.of().formatHex(vault.keyFor(ada).orElseThrow().getEncoded()));
            }
            Set<String> keys = new HashSet<>();
            for (Future<String> key : pool.invokeAll(calls)) {
                keys.add(key.get());
            }
            assertEquals(1, keys.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nullCustomer_refusedNamingTheArgument() {
        assertEquals("customerId", assertThrows(ValidationException.class, () -> vault.keyFor(null)).field());
        assertEquals("customerId", assertThrows(ValidationException.class, () -> vault.find(null)).field());
        assertEquals("customerId", assertThrows(ValidationException.class, () -> vault.destroy(null)).field());
        assertEquals("customerId", assertThrows(ValidationException.class, () -> vault.destroyed(null)).field());
    }
}
