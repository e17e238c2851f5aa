package org.crm4j.jpa;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Where crm4j gets the keys that encrypt personal data at rest: a port that the host implements over its key
 * management system (a KMS, an HSM, a vault), or {@link Pkcs12KeyProvider} over a PKCS#12 keystore file.
 *
 * <p>Two kinds of key, never the same one:
 * <ul>
 *   <li><b>data keys</b>, AES-256 (32 bytes), named by a key id. New values are encrypted under
 *       {@link #currentKeyId()}; every stored value carries the id of its key, so a value written under an older
 *       key is still read as long as {@link #dataKey(String)} returns that key. Rotating is: make a new key
 *       current, call {@link PersonalDataEncryption#rotateKeys()}, then retire the old key.</li>
 *   <li>the <b>index key</b>, an HMAC-SHA-256 key of at least 32 bytes, for the blind indexes that let crm4j find a
 *       customer by e-mail address or phone number and keep e-mail addresses unique without storing them in
 *       clear. It cannot rotate by itself: changing it makes every stored index unreachable.</li>
 * </ul>
 *
 * <p>Implementations must be thread-safe and should cache: crm4j asks for a key on every value it encrypts or
 * decrypts (it does not cache keys itself, so that a host can revoke a key).
 */
public interface KeyProvider {

    /**
     * @return the id of the data key that encrypts new values: 1 to 64 characters among {@code A-Z a-z 0-9 . _ -}
     */
    String currentKeyId();

    /**
     * @param keyId the id stored with a value
     * @return the AES-256 key of that id, or empty if this provider does not know it (retired or never existed)
     */
    Optional<SecretKey> dataKey(String keyId);

    /** @return the HMAC-SHA-256 key of the blind indexes, at least 32 bytes, never a data key */
    SecretKey indexKey();
}
