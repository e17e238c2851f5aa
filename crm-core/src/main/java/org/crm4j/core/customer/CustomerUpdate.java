package org.crm4j.core.customer;

import java.time.LocalDate;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * Command: replace a customer's contact details, as an edit form would. Validated like {@link NewCustomer}. Start
 * from {@link #from(Customer)} and change what needs changing with the withers.
 *
 * @param expectedVersion the version the caller read; a different stored version is a
 *                        {@link org.crm4j.core.ConcurrentUpdateException}
 * @param name            the name, 1 to 200 characters after trimming
 * @param email           the e-mail address, unique per CRM (case-insensitive)
 * @param phone           the phone number as written; empty (or blank) for none
 * @param dateOfBirth     the date of birth, not in the future; empty if unknown
 * @param gender          the gender, {@link Gender#UNDISCLOSED} if not stated
 */
public record CustomerUpdate(long expectedVersion, String name, String email, Optional<String> phone,
        Optional<LocalDate> dateOfBirth, Gender gender) {

    /**
     * Checks that the optional details are given as {@code Optional}s and the gender is present.
     *
     * @throws ValidationException on field {@code "phone"}, {@code "dateOfBirth"} or {@code "gender"}, rule
     *                             {@link Require#NOT_NULL}
     */
    public CustomerUpdate {
        Require.nonNull("phone", phone);
        Require.nonNull("dateOfBirth", dateOfBirth);
        Require.nonNull("gender", gender);
    }

    /**
     * An update that starts from a customer's current details, to change one or two with the withers.
     *
     * @param customer the customer as read
     * @return the command, expecting the customer's version
     */
    public static CustomerUpdate from(Customer customer) {
        return new CustomerUpdate(customer.version(), customer.name(), customer.email().value(),
                customer.phone().map(PhoneNumber::value), customer.dateOfBirth(), customer.gender());
    }

    /**
     * @param newName the name
     * @return a copy with the name
     */
    public CustomerUpdate withName(String newName) {
        return new CustomerUpdate(expectedVersion, newName, email, phone, dateOfBirth, gender);
    }

    /**
     * @param newEmail the e-mail address
     * @return a copy with the e-mail address
     */
    public CustomerUpdate withEmail(String newEmail) {
        return new CustomerUpdate(expectedVersion, name, newEmail, phone, dateOfBirth, gender);
    }

    /**
     * @param newPhone the phone number as written, not null
     * @return a copy with the phone number
     */
    public CustomerUpdate withPhone(String newPhone) {
        return new CustomerUpdate(expectedVersion, name, email, Optional.of(Require.nonNull("phone", newPhone)),
                dateOfBirth, gender);
    }

    /** @return a copy without phone number */
    public CustomerUpdate withoutPhone() {
        return new CustomerUpdate(expectedVersion, name, email, Optional.empty(), dateOfBirth, gender);
    }

    /**
     * @param newDateOfBirth the date of birth, not null
     * @return a copy with the date of birth
     */
    public CustomerUpdate withDateOfBirth(LocalDate newDateOfBirth) {
        return new CustomerUpdate(expectedVersion, name, email, phone,
                Optional.of(Require.nonNull("dateOfBirth", newDateOfBirth)), gender);
    }

    /**
     * @param newGender the gender, not null
     * @return a copy with the gender
     */
    public CustomerUpdate withGender(Gender newGender) {
        return new CustomerUpdate(expectedVersion, name, email, phone, dateOfBirth, newGender);
    }
}
