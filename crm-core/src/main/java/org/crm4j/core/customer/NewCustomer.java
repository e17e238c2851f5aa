package org.crm4j.core.customer;

import java.time.LocalDate;
import java.util.Set;

/**
 * Command: register a customer. Holds the input as entered; {@link CustomerService#register(NewCustomer)}
 * validates it and names the offending field of a rejected command.
 *
 * @param name        the name, 1 to 200 characters after trimming
 * @param email       the e-mail address, unique per CRM (case-insensitive)
 * @param phone       the phone number as written (see {@link PhoneNumber#parse(String, PhoneRegion)}), or null
 * @param dateOfBirth the date of birth, not in the future, or null
 * @param gender      the gender, or null for {@link Gender#UNDISCLOSED}
 * @param tags        labels (see {@link Tag}), null for none
 */
public record NewCustomer(String name, String email, String phone, LocalDate dateOfBirth, Gender gender,
        Set<String> tags) {

    /** Copies the tags; null means none. */
    public NewCustomer {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /**
     * The shortest command: a name and an e-mail address.
     *
     * @param name  the name
     * @param email the e-mail address
     * @return the command
     */
    public static NewCustomer of(String name, String email) {
        return new NewCustomer(name, email, null, null, null, Set.of());
    }
}
