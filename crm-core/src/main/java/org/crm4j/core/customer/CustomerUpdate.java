package org.crm4j.core.customer;

import java.time.LocalDate;

/**
 * Command: replace a customer's contact details, as an edit form would. Validated like {@link NewCustomer}.
 *
 * @param expectedVersion the version the caller read; a different stored version is a
 *                        {@link org.crm4j.core.ConcurrentUpdateException}
 * @param name            the name, 1 to 200 characters after trimming
 * @param email           the e-mail address, unique per CRM (case-insensitive)
 * @param phone           the phone number as written, or null for none
 * @param dateOfBirth     the date of birth, not in the future, or null
 * @param gender          the gender, or null for {@link Gender#UNDISCLOSED}
 */
public record CustomerUpdate(long expectedVersion, String name, String email, String phone, LocalDate dateOfBirth,
        Gender gender) {

    /**
     * An update that starts from a customer's current details, to change one or two with the withers.
     *
     * @param customer the customer as read
     * @return the command, expecting the customer's version
     */
    public static CustomerUpdate from(Customer customer) {
        return new CustomerUpdate(customer.version(), customer.name(), customer.email().value(),
                customer.phone().map(PhoneNumber::value).orElse(null), customer.dateOfBirth().orElse(null),
                customer.gender());
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
     * @param newPhone the phone number, or null
     * @return a copy with the phone number
     */
    public CustomerUpdate withPhone(String newPhone) {
        return new CustomerUpdate(expectedVersion, name, email, newPhone, dateOfBirth, gender);
    }

    /**
     * @param newDateOfBirth the date of birth, or null
     * @return a copy with the date of birth
     */
    public CustomerUpdate withDateOfBirth(LocalDate newDateOfBirth) {
        return new CustomerUpdate(expectedVersion, name, email, phone, newDateOfBirth, gender);
    }

    /**
     * @param newGender the gender, or null for {@link Gender#UNDISCLOSED}
     * @return a copy with the gender
     */
    public CustomerUpdate withGender(Gender newGender) {
        return new CustomerUpdate(expectedVersion, name, email, phone, dateOfBirth, newGender);
    }
}
