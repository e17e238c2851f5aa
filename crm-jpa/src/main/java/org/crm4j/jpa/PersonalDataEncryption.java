package org.crm4j.jpa;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Encryption at rest of customers' personal data on the JPA adapter, switched on with
 * {@link JpaCrm.Builder#encryption(PersonalDataEncryption)} (it is off by default, see crm-jpa's README).
 *
 * <pre>{@code
 * KeyProvider keys = Pkcs12KeyProvider.load(Path.of("crm4j-keys.p12"), password);  // or the host's KMS
 * PersonalDataEncryption encryption = PersonalDataEncryption.with(keys);           // .keepInClear(NAME) to sort by name
 * try (Crm crm = JpaCrm.builder().embedded(dir).encryption(encryption).build()) {
 *     ...
 *     encryption.rotateKeys();   // after making a new data key current
 * }
 * }</pre>
 *
 * <p>Each value of an encrypted field (see {@link PersonalField}) is stored as
 * {@code keyId$base64(nonce ‖ ciphertext ‖ tag)}: AES-256-GCM with a fresh random 96-bit nonce per value, and the
 * row id and column name as associated data (a value copied into another row or column does not decrypt). E-mail
 * addresses and phone numbers also get a blind index, HMAC-SHA-256 of the normalised value under the
 * {@link KeyProvider#indexKey() index key}, through which exact lookups and the e-mail uniqueness work.
 *
 * <p>{@link PersonalField#NOTES} covers the free texts staff write about a customer (activity bodies, ticket
 * descriptions, resolution texts and comments, survey comments, a lead's disqualification and an opportunity's lost
 * reason), sealed the same way with {@code <table>/<row>/<column>} as associated data; crm4j has no query that
 * searches or sorts by them.
 *
 * <p>Searching by contained text or by range, and sorting, on an encrypted field is refused with a
 * {@link org.crm4j.core.ValidationException} (rule {@link #NOT_SEARCHABLE}); keep the field in clear to do it.
 *
 * <p>Immutable apart from its binding to the one open CRM that uses it; thread-safe.
 */
public final class PersonalDataEncryption {

    /** Rule of a search or sort on a field that is stored encrypted. */
    public static final String NOT_SEARCHABLE = "cannot be searched by contained text or range, or sorted by, while"
            + " it is encrypted at rest (keep the field in clear with PersonalDataEncryption.keepInClear)";

    /** The rows that {@link #rotateKeys()} re-encrypts in one transaction. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    private final KeyProvider keys;
    private final Set<PersonalField> encrypted;
    private final AtomicReference<IntFunction<KeyRotationReport>> rotation = new AtomicReference<>();

    private PersonalDataEncryption(KeyProvider keys, Set<PersonalField> encrypted) {
        this.keys = keys;
        this.encrypted = encrypted;
    }

    /**
     * Every {@link PersonalField} encrypted under the given keys.
     *
     * @param keys where the keys come from, not null
     * @return the settings
     */
    public static PersonalDataEncryption with(KeyProvider keys) {
        return new PersonalDataEncryption(Objects.requireNonNull(keys, "keys"), EnumSet.allOf(PersonalField.class));
    }

    /**
     * A copy that stores the given fields in clear, so that they can be searched and sorted as without
     * encryption. Rows written before keep their form until they are next written or {@link #rotateKeys()} runs.
     *
     * @param fields the fields to keep in clear, not null
     * @return the new settings (unbound)
     */
    public PersonalDataEncryption keepInClear(PersonalField... fields) {
        Objects.requireNonNull(fields, "fields");
        EnumSet<PersonalField> kept = EnumSet.copyOf(encrypted.isEmpty() ? EnumSet.noneOf(PersonalField.class)
                : encrypted);
        for (PersonalField field : fields) {
            kept.remove(Objects.requireNonNull(field, "fields[i]"));
        }
        return new PersonalDataEncryption(keys, kept.isEmpty() ? EnumSet.noneOf(PersonalField.class) : kept);
    }

    /** @return the key provider */
    public KeyProvider keys() {
        return keys;
    }

    /** @return the fields stored encrypted (a copy) */
    public Set<PersonalField> encrypted() {
        return encrypted.isEmpty() ? EnumSet.noneOf(PersonalField.class) : EnumSet.copyOf(encrypted);
    }

    /**
     * @param field a field
     * @return whether it is stored encrypted
     */
    public boolean encrypts(PersonalField field) {
        return encrypted.contains(field);
    }

    /**
     * {@link #rotateKeys(int)} with {@link #DEFAULT_BATCH_SIZE} rows per transaction.
     *
     * @return what was re-encrypted
     */
    public KeyRotationReport rotateKeys() {
        return rotateKeys(DEFAULT_BATCH_SIZE);
    }

    /**
     * Re-encrypts, online, every row whose personal fields or free texts are not in the current form (customers,
     * leads, activities, tickets with their comments, survey invitations, opportunities): written under
     * another data key than {@link KeyProvider#currentKeyId()}, or in clear where a field is now encrypted (the
     * way to encrypt a database that was used without encryption), or encrypted where it is now kept in clear.
     * Each batch is one short transaction; a row changed concurrently is skipped in that batch and taken by the
     * next (its writer stored it in the current form anyway). Blind indexes are recomputed on the way.
     *
     * @param batchSize rows per transaction, in [1, 10 000]
     * @return the rows examined and rewritten, and the batches, summed over the tables (a ticket's comments count
     *         with their ticket)
     * @throws IllegalArgumentException  if {@code batchSize} is out of range
     * @throws IllegalStateException     if these settings are not used by an open CRM
     * @throws PersonalDataKeyException  if a row's key is missing or wrong (rows of earlier batches stay rotated)
     */
    public KeyRotationReport rotateKeys(int batchSize) {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "batchSize must be in [1, 10000], was %d", batchSize));
        }
        IntFunction<KeyRotationReport> bound = rotation.get();
        if (bound == null) {
            throw new IllegalStateException("these encryption settings are not used by an open CRM: pass them to"
                    + " JpaCrm.builder().encryption(...) and build it before rotating keys");
        }
        return bound.apply(batchSize);
    }

    /** Binds to the CRM being built; at most one open CRM at a time. */
    void bind(IntFunction<KeyRotationReport> rotator) {
        if (!rotation.compareAndSet(null, rotator)) {
            throw new IllegalStateException("these encryption settings are already used by an open CRM; close it"
                    + " first or create another PersonalDataEncryption");
        }
    }

    /** Unbinds when the CRM closes. */
    void unbind(IntFunction<KeyRotationReport> rotator) {
        rotation.compareAndSet(rotator, null);
    }
}
