package org.crm4j.core.privacy;

import java.util.Optional;
import javax.crypto.SecretKey;
import org.crm4j.core.customer.CustomerId;

/**
 * Port: one AES-256 data key per customer, kept <b>outside</b> the CRM's database (in production the host's key
 * management system), so that erasing a customer can also make its personal data in old backup archives unreadable
 * ("crypto-shredding"). With a vault, {@link org.crm4j.core.backup.BackupService#export} seals each customer's
 * personal data under the customer's key, and {@link PrivacyService#erase} destroys the key after anonymising the
 * customer; a restore of an older archive then brings the customer back anonymised.
 *
 * <p>A customer's key is in one of three states: <i>none</i> (never created), <i>live</i>, <i>destroyed</i>. A
 * destroyed key is never re-created: the vault remembers that it was destroyed (a tombstone holding the customer id
 * only), so that an export racing with an erasure cannot seal the erased customer under a fresh key, and a restore
 * can tell an erased customer (key destroyed) from a vault that is not the one the archive was written with (key
 * unknown).
 *
 * <p>Implementations: {@link #inMemory()} (tests, demos: keys die with the process) and, in crm-jpa,
 * {@code FileCustomerKeyVault} (a directory of key files wrapped under a master key). Implementations must be
 * thread-safe: two threads asking {@link #keyFor} for the same customer get the same key.
 *
 * <p>Failure modes: every method throws {@link KeyVaultException} when the vault cannot be reached or its content
 * is damaged (for example an I/O error, or a key file that does not open under the master key); the state of the
 * vault is then unchanged, or, for {@link #destroy}, the key may or may not be destroyed (calling it again is safe).
 * {@code null} arguments are refused with a {@link org.crm4j.core.ValidationException} on {@code "customerId"}.
 */
public interface CustomerKeyVault {

    /** The length of every key, in bytes (AES-256). */
    int KEY_BYTES = 32;

    /**
     * The customer's live key, created (from a {@link java.security.SecureRandom}, {@value #KEY_BYTES} bytes) if
     * the customer never had one.
     *
     * @param customer the customer
     * @return the AES key, or empty if the customer's key was destroyed (it is never re-created)
     * @throws KeyVaultException if the vault cannot be read or written
     */
    Optional<SecretKey> keyFor(CustomerId customer);

    /**
     * The customer's live key, without creating one.
     *
     * @param customer the customer
     * @return the AES key, or empty if the customer has none (never created, or destroyed)
     * @throws KeyVaultException if the vault cannot be read
     */
    Optional<SecretKey> find(CustomerId customer);

    /**
     * @param customer the customer
     * @return whether the customer's key was destroyed by {@link #destroy}
     * @throws KeyVaultException if the vault cannot be read
     */
    boolean destroyed(CustomerId customer);

    /**
     * Destroys the customer's key for good and remembers that it was destroyed; afterwards {@link #find} and
     * {@link #keyFor} return empty and {@link #destroyed} true, also after the vault is reopened. Idempotent:
     * destroying a destroyed key, or the key of a customer that never had one, only leaves the tombstone.
     *
     * @param customer the customer
     * @throws KeyVaultException if the key could not be destroyed (it may still be live; call again)
     */
    void destroy(CustomerId customer);

    /**
     * A vault that keeps keys in memory: for tests and demos only (its keys, and so every archive sealed under
     * them, are lost when the process ends). Thread-safe.
     *
     * @return a new, empty vault
     */
    static CustomerKeyVault inMemory() {
        return new InMemoryCustomerKeyVault();
    }
}
