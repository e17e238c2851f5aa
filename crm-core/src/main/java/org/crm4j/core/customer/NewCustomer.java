package org.crm4j.core.customer;

import java.time.LocalDate;
import java.util.LinkedHashSet;
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

    /**
     * A builder that names every optional detail, so that the three text fields cannot be swapped by position:
     *
     * <pre>{@code
     * NewCustomer ada = NewCustomer.builder("Ada Lovelace", "ada@example.org")
     *         .phone("+44 20 7946 0000").dateOfBirth(LocalDate.of(1815, 12, 10)).gender(Gender.FEMALE)
     *         .tag("vip").build();
     * }</pre>
     *
     * @param name  the name (validated when registered)
     * @param email the e-mail address (validated when registered)
     * @return a builder without phone, date of birth, gender or tags
     */
    public static Builder builder(String name, String email) {
        return new Builder(name, email);
    }

    /** Collects the details of a {@link NewCustomer}; not thread-safe. Nothing is validated before registering. */
    public static final class Builder {

        private final String name;
        private final String email;
        private String phone;
        private LocalDate dateOfBirth;
        private Gender gender;
        private final Set<String> tags = new LinkedHashSet<>();

        private Builder(String name, String email) {
            this.name = name;
            this.email = email;
        }

        /**
         * @param value the phone number as written, or null for none
         * @return this builder
         */
        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        /**
         * @param value the date of birth, or null
         * @return this builder
         */
        public Builder dateOfBirth(LocalDate value) {
            this.dateOfBirth = value;
            return this;
        }

        /**
         * @param value the gender, or null for {@link Gender#UNDISCLOSED}
         * @return this builder
         */
        public Builder gender(Gender value) {
            this.gender = value;
            return this;
        }

        /**
         * @param value a label to add (see {@link Tag})
         * @return this builder
         */
        public Builder tag(String value) {
            this.tags.add(value);
            return this;
        }

        /** @return the command */
        public NewCustomer build() {
            return new NewCustomer(name, email, phone, dateOfBirth, gender, tags);
        }
    }
}
