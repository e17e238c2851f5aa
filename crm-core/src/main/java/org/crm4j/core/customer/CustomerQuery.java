package org.crm4j.core.customer;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * Search criteria for customers. Every present criterion must hold; an empty one accepts everything. Text
 * criteria match a case-insensitive substring. Immutable.
 *
 * @param name            part of the name (stripped; a blank text is no criterion)
 * @param email           part of the e-mail address (stripped; a blank text is no criterion)
 * @param stage           the lifecycle stage
 * @param tag             a label the customer carries
 * @param createdFrom     with {@code createdTo}, the half-open period of instants {@code [createdFrom, createdTo)}
 *                        of {@link Customer#createdAt()}: registered at or after this instant
 * @param createdTo       registered before this instant (exclusive)
 * @param includeArchived whether archived customers match too
 */
public record CustomerQuery(Optional<String> name, Optional<String> email, Optional<LifecycleStage> stage,
        Optional<Tag> tag, Optional<Instant> createdFrom, Optional<Instant> createdTo, boolean includeArchived) {

    /**
     * Strips the texts, drops blank ones and validates the period.
     *
     * @throws ValidationException on the field of a null {@code Optional} (rule {@link Require#NOT_NULL}), or on
     *                             field {@code "createdTo"} if it is before {@code createdFrom}
     */
    public CustomerQuery {
        name = Require.nonNull("name", name).map(String::strip).filter(t -> !t.isEmpty());
        email = Require.nonNull("email", email).map(String::strip).filter(t -> !t.isEmpty());
        Require.nonNull("stage", stage);
        Require.nonNull("tag", tag);
        Require.nonNull("createdFrom", createdFrom);
        Require.nonNull("createdTo", createdTo);
        Require.notBefore("createdTo", createdTo.orElse(null), "createdFrom", createdFrom.orElse(null));
    }

    /** @return criteria matching every active customer */
    public static CustomerQuery all() {
        return new CustomerQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false);
    }

    /**
     * @param part part of the name, not null
     * @return a copy that also requires the name to contain {@code part}
     */
    public CustomerQuery withName(String part) {
        return new CustomerQuery(Optional.of(Require.nonNull("name", part)), email, stage, tag, createdFrom,
                createdTo, includeArchived);
    }

    /**
     * @param part part of the e-mail address, not null
     * @return a copy that also requires the e-mail address to contain {@code part}
     */
    public CustomerQuery withEmail(String part) {
        return new CustomerQuery(name, Optional.of(Require.nonNull("email", part)), stage, tag, createdFrom,
                createdTo, includeArchived);
    }

    /**
     * @param required the lifecycle stage, not null
     * @return a copy that also requires the stage
     */
    public CustomerQuery withStage(LifecycleStage required) {
        return new CustomerQuery(name, email, Optional.of(Require.nonNull("stage", required)), tag, createdFrom,
                createdTo, includeArchived);
    }

    /**
     * @param required the label, not null
     * @return a copy that also requires the label
     */
    public CustomerQuery withTag(Tag required) {
        return new CustomerQuery(name, email, stage, Optional.of(Require.nonNull("tag", required)), createdFrom,
                createdTo, includeArchived);
    }

    /**
     * @param from registered at or after, not null
     * @param to   registered before (exclusive), not before {@code from}
     * @return a copy that also requires the registration time in {@code [from, to)}
     * @throws ValidationException on field {@code "createdTo"}, rule {@code "must not be before createdFrom"}
     */
    public CustomerQuery createdBetween(Instant from, Instant to) {
        Require.period("createdFrom", from, "createdTo", to);
        return new CustomerQuery(name, email, stage, tag, Optional.of(from), Optional.of(to), includeArchived);
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
     * @return whether all present criteria hold
     */
    public boolean matches(Customer customer) {
        return (includeArchived || customer.active())
                && name.map(part -> containsIgnoreCase(customer.name(), part)).orElse(true)
                && email.map(part -> containsIgnoreCase(customer.email().value(), part)).orElse(true)
                && stage.map(s -> customer.stage() == s).orElse(true)
                && tag.map(customer.tags()::contains).orElse(true)
                && createdFrom.map(f -> !customer.createdAt().isBefore(f)).orElse(true)
                && createdTo.map(t -> customer.createdAt().isBefore(t)).orElse(true);
    }

    static boolean containsIgnoreCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
