package org.crm4j.core.backup;

import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.privacy.CustomerKeyVault;

/**
 * Crypto-shredding of an archive's personal data: seals exactly the values {@link Customer#erase} and
 * {@link Lead#erase} remove, each under its customer's key from the {@link CustomerKeyVault}, and opens them again
 * on restore, or, when the key was destroyed (the customer was erased after the export), anonymises the customer
 * and its converted leads with those same domain methods.
 *
 * <p>A sealed value is Base64 (standard, padded) of a fresh 12-byte nonce followed by the AES-256-GCM ciphertext
 * and 128-bit tag of the value's JSON text (UTF-8). The associated data binds it to its place:
 * {@code crm4j-backup/2 customer <customer id> <field>} or {@code crm4j-backup/2 lead <lead id> <customer id>
 * <field>}, so that a value moved to another customer, lead or field does not open. Thread-safe.
 */
final class Shredding {

    /** Bytes of the GCM nonce. */
    private static final int NONCE = 12;
    /** Bits of the GCM tag. */
    private static final int TAG_BITS = 128;
    /** The placeholder name of a customer whose personal fields are sealed: never the erased name. */
    static final String SEALED_CUSTOMER = "Sealed customer";
    /** The placeholder name of a lead whose contact is sealed. */
    static final String SEALED_LEAD = "Sealed lead";

    private final CustomerKeyVault vault;
    private final SecureRandom random = new SecureRandom();

    Shredding(CustomerKeyVault vault) {
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    /** @return the line of {@code customer} in a sealed archive */
    Sealed.SealedCustomer seal(Customer customer, Instant now) {
        if (customer.erased()) {
            return new Sealed.SealedCustomer(customer, Map.of());
        }
        Optional<SecretKey> key = vault.keyFor(customer.id());
        if (key.isEmpty()) {
            // destroyed after this export's snapshot was taken: the customer is being erased
            return new Sealed.SealedCustomer(customer.erase(now), Map.of());
        }
        Sealed.CustomerPersonal personal = new Sealed.CustomerPersonal(customer.name(), customer.email(),
                customer.phone(), customer.dateOfBirth(), customer.gender(), customer.tags());
        Map<String, String> sealed = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : fields(personal).entrySet()) {
            sealed.put(field.getKey(), seal(key.get(), customerPlace(customer.id().value(), field.getKey()),
                    field.getValue()));
        }
        return new Sealed.SealedCustomer(masked(customer), sealed);
    }

    /** @return the line of {@code lead} in a sealed archive */
    Sealed.SealedLead seal(Lead lead, Instant now) {
        if (lead.customer().isEmpty() || lead.erase(now) == lead) {
            return new Sealed.SealedLead(lead, Map.of());
        }
        CustomerId customer = lead.customer().get();
        Optional<SecretKey> key = vault.keyFor(customer);
        if (key.isEmpty()) {
            return new Sealed.SealedLead(lead.erase(now), Map.of());
        }
        Sealed.LeadContact contact = new Sealed.LeadContact(lead.personName(), lead.email(), lead.phone());
        Map<String, String> sealed = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : fields(contact).entrySet()) {
            sealed.put(field.getKey(), seal(key.get(), leadPlace(lead.id().value(), customer.value(),
                    field.getKey()), field.getValue()));
        }
        return new Sealed.SealedLead(masked(lead), sealed);
    }

    /**
     * The customer of a sealed line as it is to be restored.
     *
     * @param now the time of the anonymisation of a customer whose key was destroyed
     * @throws InvalidBackupException if a sealed value does not open under the customer's live key, or the vault
     *                                knows nothing of the customer's key
     */
    Customer open(Sealed.SealedCustomer line, Instant now) {
        Customer masked = line.customer();
        if (line.sealed().isEmpty()) {
            return masked;
        }
        UUID id = masked.id().value();
        Optional<SecretKey> key = liveKey(masked.id(), "customers.jsonl: customer " + id);
        if (key.isEmpty()) {
            return masked.erase(now);
        }
        StringBuilder json = new StringBuilder("{");
        for (String field : Sealed.CUSTOMER_FIELDS) {
            json.append(json.length() > 1 ? "," : "");
            Json.quote(json, field);
            json.append(':').append(open(key.get(), customerPlace(id, field), line.sealed().get(field),
                    "customers.jsonl: the sealed " + field + " of customer " + id));
        }
        Sealed.CustomerPersonal personal = read(json.append('}').toString(), Sealed.CustomerPersonal.class,
                "customers.jsonl: customer " + id);
        try {
            return new Customer(masked.id(), personal.name(), personal.email(), personal.phone(),
                    personal.dateOfBirth(), personal.gender(), masked.stage(), masked.stageHistory(),
                    masked.consents(), personal.tags(), masked.active(), masked.createdAt(), masked.updatedAt(),
                    masked.version());
        } catch (RuntimeException e) {
            throw new InvalidBackupException("customers.jsonl: customer " + id + " is not valid once opened: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The lead of a sealed line as it is to be restored.
     *
     * @throws InvalidBackupException as {@link #open(Sealed.SealedCustomer, Instant)}
     */
    Lead open(Sealed.SealedLead line, Instant now) {
        Lead masked = line.lead();
        if (line.sealed().isEmpty()) {
            return masked;
        }
        UUID id = masked.id().value();
        CustomerId customer = masked.customer().orElseThrow();
        Optional<SecretKey> key = liveKey(customer, "leads.jsonl: lead " + id + " of customer "
                + customer.value());
        if (key.isEmpty()) {
            return masked.erase(now);
        }
        StringBuilder json = new StringBuilder("{");
        for (String field : Sealed.LEAD_FIELDS) {
            json.append(json.length() > 1 ? "," : "");
            Json.quote(json, field);
            json.append(':').append(open(key.get(), leadPlace(id, customer.value(), field),
                    line.sealed().get(field), "leads.jsonl: the sealed " + field + " of lead " + id));
        }
        Sealed.LeadContact contact = read(json.append('}').toString(), Sealed.LeadContact.class,
                "leads.jsonl: lead " + id);
        try {
            return new Lead(masked.id(), contact.personName(), masked.companyName(), masked.companySize(),
                    masked.industry(), masked.country(), contact.email(), contact.phone(), masked.source(),
                    masked.campaign(), masked.owner(), masked.status(), masked.disqualifiedBecause(),
                    masked.history(), masked.customer(), masked.opportunity(), masked.createdAt(),
                    masked.updatedAt(), masked.version());
        } catch (RuntimeException e) {
            throw new InvalidBackupException("leads.jsonl: lead " + id + " is not valid once opened: "
                    + e.getMessage(), e);
        }
    }

    /** @return the live key, or empty if it was destroyed */
    private Optional<SecretKey> liveKey(CustomerId customer, String what) {
        Optional<SecretKey> key = vault.find(customer);
        if (key.isEmpty() && !vault.destroyed(customer)) {
            throw new InvalidBackupException(what + " is sealed under a key the CustomerKeyVault neither holds nor "
                    + "destroyed: restore with the vault the archive was exported with");
        }
        return key;
    }

    /** @return each component's name and JSON text, in declaration order */
    private static Map<String, String> fields(Record personal) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (RecordComponent component : personal.getClass().getRecordComponents()) {
            try {
                fields.put(component.getName(), RecordJson.write(component.getAccessor().invoke(personal)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return fields;
    }

    private static <T> T read(String json, Class<T> type, String what) {
        try {
            return RecordJson.read(json, type);
        } catch (RuntimeException e) {
            throw new InvalidBackupException(what + ": the opened personal data is not valid: " + e.getMessage(), e);
        }
    }

    private static Customer masked(Customer customer) {
        UUID id = customer.id().value();
        return new Customer(customer.id(), SEALED_CUSTOMER, new EmailAddress("sealed-" + id
                + Customer.ERASED_DOMAIN), Optional.empty(), Optional.empty(), Gender.UNDISCLOSED, customer.stage(),
                customer.stageHistory(), customer.consents(), Set.of(), customer.active(), customer.createdAt(),
                customer.updatedAt(), customer.version());
    }

    private static Lead masked(Lead lead) {
        return new Lead(lead.id(), SEALED_LEAD, lead.companyName(), lead.companySize(), lead.industry(),
                lead.country(), Optional.of(new EmailAddress("sealed-" + lead.id().value() + Customer.ERASED_DOMAIN)),
                Optional.empty(), lead.source(), lead.campaign(), lead.owner(), lead.status(),
                lead.disqualifiedBecause(), lead.history(), lead.customer(), lead.opportunity(), lead.createdAt(),
                lead.updatedAt(), lead.version());
    }

    private static byte[] customerPlace(UUID customer, String field) {
        return ("crm4j-backup/2 customer " + customer + " " + field).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] leadPlace(UUID lead, UUID customer, String field) {
        return ("crm4j-backup/2 lead " + lead + " " + customer + " " + field).getBytes(StandardCharsets.UTF_8);
    }

    private String seal(SecretKey key, byte[] place, String json) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place);
            byte[] sealed = cipher.doFinal(json.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available or the vault's key is not an AES key", e);
        }
    }

    private static String open(SecretKey key, byte[] place, String sealed, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new InvalidBackupException(what + " is not Base64", e);
        }
        if (bytes.length < NONCE + TAG_BITS / 8) {
            throw new InvalidBackupException(what + " is too short to be sealed (" + bytes.length + " bytes)");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE));
            cipher.updateAAD(place);
            return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new InvalidBackupException(what + " does not open under the customer's key (changed after the "
                    + "export, moved from another record, or sealed under another key)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available or the vault's key is not an AES key", e);
        }
    }

}
