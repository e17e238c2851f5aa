package org.crm4j.core.customer;

import java.time.Instant;
import java.util.Locale;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * Search criteria for customers; every criterion is optional (null) and all given ones must match. Text
 * criteria match a case-insensitive substring. Immutable.
 *
 * @param name            part of the name, or null
 * @param email           part of the e-mail address, or null
 * @param stage           the lifecycle stage, or null
 * @param tag             a label the customer carries, or null
 * @param createdFrom     registered at or after this instant, or null
 * @param createdTo       registered before this instant (exclusive), or null
 * @param includeArchived whether archived customers match too
 */
public record CustomerQuery(String name, String email, LifecycleStage stage, Tag tag, Instant createdFrom,
        Instant createdTo, boolean includeArchived) {


    /**
     * Validates the date range.
     *
     * @throws ValidationException on field {@code "createdTo"} if it is before {@code createdFrom}
     */
    public CustomerQuery {
        name = blankToNull(name);
        email = blankToNull(email);
        Require.notBefore("createdTo", createdTo, "createdFrom", createdFrom);
    }

    /** @return criteria matching every active customer */
    public static CustomerQuery all() {
        return new CustomerQuery(null, null, null, null, null, null, false);
    }

    /**
     * @param part part of the name
     * @return a copy that also requires the name to contain {@code part}
     */
    public CustomerQuery withName(String part) {
        return new CustomerQuery(part, email, stage, tag, createdFrom, createdTo, includeArchived);
    }

    /**
     * @param part part of the e-mail address
     * @return a copy that also requires the e-mail address to contain {@code part}
     */
    public CustomerQuery withEmail(String part) {
        return new CustomerQuery(name, part, stage, tag, createdFrom, createdTo, includeArchived);
    }

    /**
     * @param required the lifecycle stage
     * @return a copy that also requires the stage
     */
    public CustomerQuery withStage(LifecycleStage required) {
        return new CustomerQuery(name, email, required, tag, createdFrom, createdTo, includeArchived);
    }

    /**
     * @param required the label
     * @return a copy that also requires the label
     */
    public CustomerQuery withTag(Tag required) {
        return new CustomerQuery(name, email, stage, required, createdFrom, createdTo, includeArchived);
    }

    /**
     * @param from registered at or after, or null
     * @param to   registered before (exclusive), or null
     * @return a copy that also requires the registration time in {@code [from, to)}
     */
    public CustomerQuery createdBetween(Instant from, Instant to) {
        return new CustomerQuery(name, email, stage, tag, from, to, includeArchived);
    }

    /** @return a copy that matches archived customers too */
    public CustomerQuery includingArchived() {
        return new CustomerQuery(name, email, stage, tag, createdFrom, createdTo, true);
    }

    /**
     * Whether a customer matches, as adapters that filter in memory need it; database adapters implement the
     * same meaning in their query language.
     *
     * @param customer the customer
     * @return whether all given criteria match
     */
    public boolean matches(Customer customer) {
        return (includeArchived || customer.active())
                && (name == null || containsIgnoreCase(customer.name(), name))
                && (email == null || containsIgnoreCase(customer.email().value(), email))
                && (stage == null || customer.stage() == stage)
                && (tag == null || customer.tags().contains(tag))
                && (createdFrom == null || !customer.createdAt().isBefore(createdFrom))
                && (createdTo == null || customer.createdAt().isBefore(createdTo));
    }

    static boolean containsIgnoreCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
