package org.crm4j.core.backup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.PhoneNumber;
import org.crm4j.core.customer.Tag;
import org.crm4j.core.lead.Lead;

/**
 * The lines of {@code customers.jsonl} and {@code leads.jsonl} in an archive whose personal data is sealed
 * ({@link BackupManifest#SEALED_FORMAT_VERSION}), and the personal values a seal holds.
 */
final class Sealed {

    /** The sealed fields of a customer: exactly what {@link Customer#erase} replaces or removes. */
    static final List<String> CUSTOMER_FIELDS = List.of("name", "email", "phone", "dateOfBirth", "gender", "tags");
    /** The sealed fields of a converted lead: exactly what {@link Lead#erase} replaces or removes. */
    static final List<String> LEAD_FIELDS = List.of("personName", "email", "phone");

    private Sealed() {
    }

    /**
     * A line of {@code customers.jsonl} in a sealed archive.
     *
     * @param customer the customer, its personal fields replaced by placeholders if {@code sealed} is not empty
     * @param sealed   field name to sealed value (see {@link Seal}), exactly {@link #CUSTOMER_FIELDS}, or empty for a
     *                 customer that holds no personal data (erased before the export)
     */
    record SealedCustomer(Customer customer, Map<String, String> sealed) {

        SealedCustomer {
            sealed = checked(sealed, CUSTOMER_FIELDS);
        }
    }

    /**
     * A line of {@code leads.jsonl} in a sealed archive.
     *
     * @param lead   the lead, its contact replaced by placeholders if {@code sealed} is not empty
     * @param sealed field name to sealed value under the key of the customer the lead was converted into, exactly
     *               {@link #LEAD_FIELDS}, or empty for a lead kept in clear (not converted, or already erased)
     */
    record SealedLead(Lead lead, Map<String, String> sealed) {

        SealedLead {
            sealed = checked(sealed, LEAD_FIELDS);
            if (!sealed.isEmpty() && lead.customer().isEmpty()) {
                throw new IllegalArgumentException("sealed: only the contact of a converted lead is sealed");
            }
        }
    }

    /** The personal values of a customer, as sealed field by field. */
    record CustomerPersonal(String name, EmailAddress email, Optional<PhoneNumber> phone,
            Optional<LocalDate> dateOfBirth, Gender gender, Set<Tag> tags) {
    }

    /** The contact of a lead, as sealed field by field. */
    record LeadContact(String personName, Optional<EmailAddress> email, Optional<PhoneNumber> phone) {
    }

    private static Map<String, String> checked(Map<String, String> sealed, List<String> fields) {
        if (sealed == null) {
            throw new IllegalArgumentException("sealed must not be null");
        }
        if (!sealed.isEmpty() && !sealed.keySet().equals(Set.copyOf(fields))) {
            throw new IllegalArgumentException("sealed must hold exactly the fields " + fields + " or none, held "
                    + new TreeMap<>(sealed).keySet());
        }
        return Map.copyOf(sealed);
    }
}
