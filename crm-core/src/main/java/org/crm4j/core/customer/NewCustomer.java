package org.crm4j.core.customer;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * Command: register a customer. Holds the input as entered; {@link CustomerService#register(NewCustomer)}
 * validates it and names the offending field of a rejected command. Start from {@link #of(String, String)} and
 * add details with the withers.
 *
 * @param name        the name, 1 to 200 characters after trimming
 * @param email       the e-mail address, unique per CRM (case-insensitive)
 * @param phone       the phone number as written (see {@link PhoneNumber#parse(String, PhoneRegion)}); empty (or
 *                    blank) for none
 * @param dateOfBirth the date of birth, not in the future; empty if unknown
 * @param gender      the gender, {@link Gender#UNDISCLOSED} if not stated
 * @param tags        labels (see {@link Tag}), empty for none
 */
public record NewCustomer(String name, String email, Optional<String> phone, Optional<LocalDate> dateOfBirth,
        Gender gender, Set<String> tags) {

    /**
     * Copies the tags and checks that the optional details are given as {@code Optional}s.
     *
     * @throws ValidationException on field {@code "phone"}, {@code "dateOfBirth"}, {@code "gender"} or
     *                             {@code "tags"}, rule {@link Require#NOT_NULL}
     */
    public NewCustomer {
        Require.nonNull("phone", phone);
        Require.nonNull("dateOfBirth", dateOfBirth);
        Require.nonNull("gender", gender);
        tags = Set.copyOf(Require.nonNull("tags", tags));
    }

    /**
     * The shortest command: a name and an e-mail address.
     *
     * @param name  the name
     * @param email the e-mail address
     * @return the command, without phone, date of birth or tags, gender undisclosed
     */
    public static NewCustomer of(String name, String email) {
        return new NewCustomer(name, email, Optional.empty(), Optional.empty(), Gender.UNDISCLOSED, Set.of());
    }

    /**
     * @param newPhone the phone number as written, not null
     * @return a copy with the phone number
     */
    public NewCustomer withPhone(String newPhone) {
        return new NewCustomer(name, email, Optional.of(Require.nonNull("phone", newPhone)), dateOfBirth, gender,
                tags);
    }

    /**
     * @param newDateOfBirth the date of birth, not null
     * @return a copy with the date of birth
     */
    public NewCustomer withDateOfBirth(LocalDate newDateOfBirth) {
        return new NewCustomer(name, email, phone, Optional.of(Require.nonNull("dateOfBirth", newDateOfBirth)),
                gender, tags);
    }

    /**
     * @param newGender the gender, not null
     * @return a copy with the gender
     */
    public NewCustomer withGender(Gender newGender) {
        return new NewCustomer(name, email, phone, dateOfBirth, newGender, tags);
    }

    /**
     * @param newTags the labels, not null
     * @return a copy with the labels
     */
    public NewCustomer withTags(Set<String> newTags) {
        return new NewCustomer(name, email, phone, dateOfBirth, gender, newTags);
    }
}
