package org.crm4j.jpa.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.crm4j.jpa.KeyProvider;
import org.crm4j.jpa.PersonalDataEncryption;
import org.crm4j.jpa.PersonalDataKeyException;
import org.crm4j.jpa.PersonalField;

/**
 * Seals and opens personal values (AES-256-GCM, fresh 96-bit nonce per value, the row id and column as
 * associated data) and computes blind indexes (HMAC-SHA-256). {@link #CLEAR} seals nothing: values are stored as
 * they are and the "index" of a value is the value itself, so that one column serves both forms.
 *
 * <p>Stored form of a sealed value: {@code keyId$base64(nonce ‖ ciphertext ‖ tag)}. Thread-safe: ciphers and MACs
 * are per thread.
 */
public final class FieldCrypto {

    /** No encryption: every field in clear. */
    public static final FieldCrypto CLEAR = new FieldCrypto(null);

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final char SEPARATOR = '$';
    /** The customers' table. */
    static final String CUSTOMERS = "crm_customer";
    /** The leads' table. */
    static final String LEADS = "crm_lead";
    /** The activities' table (free text: body). */
    static final String ACTIVITIES = "crm_activity";
    /** The tickets' table (free texts: description, resolution_text). */
    static final String TICKETS = "crm_ticket";
    /** The ticket comments' table (free text: body; row key {@code ticketId#seq}). */
    static final String TICKET_COMMENTS = "crm_ticket_comment";
    /** The survey invitations' table (free text: comment_text). */
    static final String SURVEY_INVITATIONS = "crm_survey_invitation";
    /** The opportunities' table (free text: lost_reason). */
    static final String OPPORTUNITIES = "crm_opportunity";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no AES/GCM/NoPadding", e);
        }
    });

    private final PersonalDataEncryption settings;
    private final int mask;
    private final boolean notes;
    private final ThreadLocal<Mac> macs;

    private FieldCrypto(PersonalDataEncryption settings) {
        this.settings = settings;
        int bits = 0;
        if (settings != null) {
            for (PersonalField field : settings.encrypted()) {
                bits |= field.bit();
            }
            this.notes = (bits & PersonalField.NOTES.bit()) != 0;
            bits &= ~PersonalField.NOTES.bit();
        } else {
            this.notes = false;
        }
        this.mask = bits;
        this.macs = settings == null ? null : ThreadLocal.withInitial(this::newMac);
    }

    /**
     * @param settings the host's settings, or null for {@link #CLEAR}
     * @return the crypto of those settings
     * @throws PersonalDataKeyException if the current data key or the index key is missing or unusable
     */
    public static FieldCrypto of(PersonalDataEncryption settings) {
        if (settings == null) {
            return CLEAR;
        }
        FieldCrypto crypto = new FieldCrypto(settings);
        crypto.checkKeys();
        return crypto;
    }

    /** Fails at start rather than on the first write if the keys are not usable. */
    private void checkKeys() {
        String current = currentKeyId();
        dataKey(current, "no row (checked at start)", "no column");
        macs.get();
    }

    /**
     * @return the set of encrypted customer fields as stored in {@code crm_customer.sealed_fields} (never
     *         {@link PersonalField#NOTES}, see {@link #notesMask()})
     */
    int mask() {
        return mask;
    }

    /** @return whether any field is encrypted */
    boolean enabled() {
        return settings != null;
    }

    /**
     * @param field a field
     * @return whether new values of it are encrypted
     */
    boolean encrypts(PersonalField field) {
        return field == PersonalField.NOTES ? notes : (mask & field.bit()) != 0;
    }

    /**
     * @return the {@code sealed_fields} of a row whose free texts are written now: {@link PersonalField#NOTES}'s
     *         bit if free texts are encrypted, else 0
     */
    int notesMask() {
        return notes ? PersonalField.NOTES.bit() : 0;
    }

    /**
     * Stores one free text ({@link PersonalField#NOTES}): sealed under {@code keyId} if free texts are encrypted,
     * else as it is.
     *
     * @param value  the clear text, or null (stored as null)
     * @param table  the row's table (associated data and messages)
     * @param row    the row's key as text, e.g. its id, or {@code ticketId#seq} for a comment (associated data)
     * @param column the column (associated data)
     * @param keyId  the current key id, from {@link #currentKeyId()}
     * @return the stored text
     */
    String sealText(String value, String table, String row, String column, String keyId) {
        if (value == null || !notes) {
            return value;
        }
        return sealWith(value, keyId, textOwner(table, row), column, textAad(table, row, column));
    }

    /**
     * Reads one stored free text.
     *
     * @param stored the stored text, or null
     * @param table  the row's table
     * @param row    the row's key as text, as given to {@link #sealText}
     * @param column the column
     * @param sealed the row's {@code sealed_fields}: the text is sealed if it has {@link PersonalField#NOTES}'s bit
     * @return the clear text, or null
     * @throws PersonalDataKeyException if the text is sealed and its key is missing or wrong, or it was altered or
     *                                  moved to another row or column
     */
    String openText(String stored, String table, String row, String column, int sealed) {
        if (stored == null || (sealed & PersonalField.NOTES.bit()) == 0) {
            return stored;
        }
        return openWith(stored, textOwner(table, row), column, textAad(table, row, column));
    }

    /** @return the key id free texts written now are sealed under, or null if they are stored in clear */
    String notesKeyId() {
        return notes ? currentKeyId() : null;
    }

    /** "crm_ticket_comment row 1234...#2", for messages. */
    private static String textOwner(String table, String row) {
        return table + " row " + row;
    }

    private static byte[] textAad(String table, String row, String column) {
        return (table + '/' + row + '/' + column).getBytes(StandardCharsets.UTF_8);
    }

    /** @return the id of the key new values are sealed with, or null without encryption */
    String currentKeyId() {
        if (settings == null) {
            return null;
        }
        String id = settings.keys().currentKeyId();
        if (id == null || !KEY_ID.matcher(id).matches()) {
            throw new PersonalDataKeyException("the KeyProvider's current key id must be 1 to 64 characters among"
                    + " A-Z a-z 0-9 . _ -, was " + id, null);
        }
        return id;
    }

    /**
     * Stores one value: sealed under {@code keyId} if the field is encrypted, else as it is.
     *
     * @param field the field
     * @param value the clear value, or null (stored as null)
     * @param row   the row's id (associated data)
     * @param keyId the current key id, from {@link #currentKeyId()}
     * @return the stored text
     */
    String seal(PersonalField field, String value, UUID row, String keyId) {
        return seal(field, value, CUSTOMERS, row, keyId);
    }

    /**
     * Stores one value of a row of {@code table}: sealed under {@code keyId} if the field is encrypted, else as
     * it is.
     *
     * @param field the field
     * @param value the clear value, or null (stored as null)
     * @param table the table of the row ({@code crm_customer} or {@code crm_lead}), part of the associated data
     * @param row   the row's id (associated data)
     * @param keyId the current key id, from {@link #currentKeyId()}
     * @return the stored text
     */
    String seal(PersonalField field, String value, String table, UUID row, String keyId) {
        if (value == null || !encrypts(field)) {
            return value;
        }
        return sealWith(value, keyId, owner(table, row), field.column(), aad(table, row, field));
    }

    private String sealWith(String value, String keyId, String owner, String column, byte[] aad) {
        SecretKey key = dataKey(keyId, owner, column);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] plain = value.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[NONCE_BYTES + cipher.getOutputSize(plain.length)];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            cipher.doFinal(plain, 0, plain.length, out, NONCE_BYTES);
            return keyId + SEPARATOR + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new PersonalDataKeyException("cannot encrypt " + column + " of " + owner
                    + " under key " + keyId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one stored value.
     *
     * @param field  the field
     * @param stored the stored text, or null
     * @param row    the row's id (associated data)
     * @param sealed the row's {@code sealed_fields}: whether this field was stored sealed
     * @return the clear value, or null
     * @throws PersonalDataKeyException if the value is sealed and its key is missing or wrong, or it was altered
     */
    String open(PersonalField field, String stored, UUID row, int sealed) {
        return open(field, stored, CUSTOMERS, row, sealed);
    }

    /**
     * Reads one stored value of a row of {@code table}.
     *
     * @param field  the field
     * @param stored the stored text, or null
     * @param table  the table of the row, part of the associated data
     * @param row    the row's id (associated data)
     * @param sealed the row's {@code sealed_fields}: whether this field was stored sealed
     * @return the clear value, or null
     * @throws PersonalDataKeyException if the value is sealed and its key is missing or wrong, or it was altered
     */
    String open(PersonalField field, String stored, String table, UUID row, int sealed) {
        if (stored == null || (sealed & field.bit()) == 0) {
            return stored;
        }
        return openWith(stored, owner(table, row), field.column(), aad(table, row, field));
    }

    private String openWith(String stored, String owner, String column, byte[] aad) {
        int at = stored.indexOf(SEPARATOR);
        if (at <= 0) {
            throw new PersonalDataKeyException("stored " + column + " of " + owner
                    + " is marked encrypted but has no key id: altered in the database", null);
        }
        String keyId = stored.substring(0, at);
        if (settings == null) {
            throw new PersonalDataKeyException(column + " of " + owner + " is encrypted under key "
                    + keyId + " but this CRM was opened without encryption: pass the KeyProvider to"
                    + " JpaCrm.builder().encryption(...)", null);
        }
        SecretKey key = dataKey(keyId, owner, column);
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(at + 1));
            if (in.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new PersonalDataKeyException("stored " + column + " of " + owner
                        + " is too short to be a sealed value: altered in the database", null);
            }
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(aad);
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new PersonalDataKeyException(column + " of " + owner
                    + " does not authenticate under key " + keyId
                    + ": the KeyProvider returned another key under that id, or the stored value was altered", e);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new PersonalDataKeyException("cannot decrypt " + column + " of " + owner
                    + " under key " + keyId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The lookup key of an e-mail address or phone number: its blind index (lower-case hex HMAC-SHA-256 of
     * {@code field:value}) if the field is encrypted, else the value itself.
     *
     * @param field  {@link PersonalField#EMAIL} or {@link PersonalField#PHONE}
     * @param value  the normalised value, or null
     * @return the lookup key, or null
     */
    String index(PersonalField field, String value) {
        if (value == null || !encrypts(field)) {
            return value;
        }
        return blindIndex(field, value);
    }

    /**
     * Both forms a stored lookup key of {@code value} may have (blind index, and clear for rows written before
     * encryption was switched on and not yet rotated).
     *
     * @param field the field
     * @param value the normalised value
     * @return one or two lookup keys
     */
    java.util.List<String> lookupKeys(PersonalField field, String value) {
        return settings == null ? java.util.List.of(value) : java.util.List.of(blindIndex(field, value), value);
    }

    private String blindIndex(PersonalField field, String value) {
        Mac mac = macs.get();
        byte[] digest = mac.doFinal((field.column() + ':' + value).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private Mac newMac() {
        SecretKey key = settings.keys().indexKey();
        if (key == null || key.getEncoded() == null || key.getEncoded().length < 32) {
            throw new PersonalDataKeyException("the KeyProvider's index key must be an HMAC key of at least 32"
                    + " bytes, was " + (key == null ? "missing" : key.getEncoded() == null ? "not exportable"
                    : key.getEncoded().length + " bytes"), null);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new PersonalDataKeyException("the KeyProvider's index key is not usable for HMAC-SHA-256: "
                    + e.getMessage(), e);
        }
    }

    private SecretKey dataKey(String keyId, String owner, String column) {
        SecretKey key = settings.keys().dataKey(keyId).orElseThrow(() -> new PersonalDataKeyException(
                "key " + keyId + " (for " + column + " of " + owner + ") is not provided by the KeyProvider:"
                        + " it was retired before the rows were rotated, or it is the wrong key store", null));
        byte[] encoded = key.getEncoded();
        if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || encoded == null || encoded.length != 32) {
            throw new PersonalDataKeyException("key " + keyId + " must be an AES-256 key (32 bytes), was "
                    + key.getAlgorithm() + (encoded == null ? "" : " of " + encoded.length + " bytes"), null);
        }
        return key;
    }

    private static byte[] aad(String table, UUID row, PersonalField field) {
        return (table + '/' + row + '/' + field.column()).getBytes(StandardCharsets.UTF_8);
    }

    /** "customer 1234..." or "lead 1234...", for messages. */
    private static String owner(String table, UUID row) {
        return table.substring(table.indexOf('_') + 1) + " " + row;
    }

    @Override
    public String toString() {
        return settings == null ? "FieldCrypto[clear]" : "FieldCrypto[mask=" + mask + ", notes=" + notes + "]";
    }
}
