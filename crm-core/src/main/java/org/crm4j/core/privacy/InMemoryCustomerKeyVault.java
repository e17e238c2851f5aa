package org.crm4j.core.privacy;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.crm4j.core.Require;
import org.crm4j.core.customer.CustomerId;

/** {@link CustomerKeyVault#inMemory()}: a concurrent map; a destroyed key is replaced by a tombstone. */
final class InMemoryCustomerKeyVault implements CustomerKeyVault {

    /** The value of a destroyed key. */
    private static final Optional<SecretKey> TOMBSTONE = Optional.empty();

    private final ConcurrentMap<CustomerId, Optional<SecretKey>> keys = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Override
    public Optional<SecretKey> keyFor(CustomerId customer) {
        Require.nonNull("customerId", customer);
        return keys.computeIfAbsent(customer, id -> {
            byte[] bytes = new byte[KEY_BYTES];
            random.nextBytes(bytes);
            return Optional.of(new SecretKeySpec(bytes, "AES"));
        });
    }

    @Override
    public Optional<SecretKey> find(CustomerId customer) {
        Require.nonNull("customerId", customer);
        return keys.getOrDefault(customer, TOMBSTONE);
    }

    @Override
    public boolean destroyed(CustomerId customer) {
        Require.nonNull("customerId", customer);
        Optional<SecretKey> key = keys.get(customer);
        return key != null && key.isEmpty();
    }

    @Override
    public void destroy(CustomerId customer) {
        Require.nonNull("customerId", customer);
        keys.put(customer, TOMBSTONE);
    }
}
