package org.crm4j.core.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.security.Visibility;

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
 * @param phone           the phone number, exactly (both sides in E.164 form)
 * @param gender          the gender
 * @param bornFrom        with {@code bornTo}, the half-open period of days {@code [bornFrom, bornTo)} of
 *                        {@link Customer#dateOfBirth()}: born on or after this day; customers without a date of
 *                        birth never match a birth criterion
 * @param bornTo          born before this day (exclusive)
 * @param visibleTo       only the customers this user sees ({@link Visibility#permits}); set by crm4j's access
 *                        control from the acting user, which replaces any value a caller gave
 */
public record CustomerQuery(Optional<String> name, Optional<String> email, Optional<LifecycleStage> stage,
        Optional<Tag> tag, Optional<Instant> createdFrom, Optional<Instant> createdTo, boolean includeArchived,
        Optional<PhoneNumber> phone, Optional<Gender> gender, Optional<LocalDate> bornFrom,
        Optional<LocalDate> bornTo, Optional<Visibility> visibleTo) {

    /** The highest age {@link #agedBetween(int, int, LocalDate)} accepts, in years. */
    public static final int MAX_AGE = 150;

    /**
     * Strips the texts, drops blank ones and validates the periods.
     *
     * @throws ValidationException on the field of a null {@code Optional} (rule {@link Require#NOT_NULL}), on
     *                             field {@code "createdTo"} if it is before {@code createdFrom}, on field
     *                             {@code "bornTo"} if it is before {@code bornFrom}, or on {@code "bornFrom"} /
     *                             {@code "bornTo"} outside [1600-01-01, 9999-12-31] ({@link Require#STORABLE_DATE})
     */
    public CustomerQuery {
        name = Require.nonNull("name", name).map(String::strip).filter(t -> !t.isEmpty());
        email = Require.nonNull("email", email).map(String::strip).filter(t -> !t.isEmpty());
        Require.nonNull("stage", stage);
        Require.nonNull("tag", tag);
        Require.nonNull("createdFrom", createdFrom);
        Require.nonNull("createdTo", createdTo);
        Require.notBefore("createdTo", createdTo.orElse(null), "createdFrom", createdFrom.orElse(null));
        Require.nonNull("phone", phone);
        Require.nonNull("gender", gender);
        Require.nonNull("bornFrom", bornFrom).ifPresent(day -> Require.storable("bornFrom", day));
        Require.nonNull("bornTo", bornTo).ifPresent(day -> Require.storable("bornTo", day));
        Require.notBefore("bornTo", bornTo.orElse(null), "bornFrom", bornFrom.orElse(null));
        Require.nonNull("visibleTo", visibleTo);
    }

    /**
     * The criteria before access control, visible to everyone.
     *
     * @param name            part of the name
     * @param email           part of the e-mail address
     * @param stage           the lifecycle stage
     * @param tag             a label the customer carries
     * @param createdFrom     registered at or after this instant
     * @param createdTo       registered before this instant (exclusive)
     * @param includeArchived whether archived customers match too
     * @param phone           the phone number, exactly
     * @param gender          the gender
     * @param bornFrom        born on or after this day
     * @param bornTo          born before this day (exclusive)
     * @throws ValidationException as the canonical constructor
     */
    public CustomerQuery(Optional<String> name, Optional<String> email, Optional<LifecycleStage> stage,
            Optional<Tag> tag, Optional<Instant> createdFrom, Optional<Instant> createdTo, boolean includeArchived,
            Optional<PhoneNumber> phone, Optional<Gender> gender, Optional<LocalDate> bornFrom,
            Optional<LocalDate> bornTo) {
        this(name, email, stage, tag, createdFrom, createdTo, includeArchived, phone, gender, bornFrom, bornTo,
                Optional.empty());
    }

    /**
     * The criteria of the first releases, without phone, gender and birth criteria.
     *
     * @param name            part of the name
     * @param email           part of the e-mail address
     * @param stage           the lifecycle stage
     * @param tag             a label the customer carries
     * @param createdFrom     registered at or after this instant
     * @param createdTo       registered before this instant (exclusive)
     * @param includeArchived whether archived customers match too
     * @throws ValidationException as the canonical constructor
     */
    public CustomerQuery(Optional<String> name, Optional<String> email, Optional<LifecycleStage> stage,
            Optional<Tag> tag, Optional<Instant> createdFrom, Optional<Instant> createdTo, boolean includeArchived) {
        this(name, email, stage, tag, createdFrom, createdTo, includeArchived, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
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
                createdTo, includeArchived, phone, gender, bornFrom, bornTo, visibleTo);
    }

    /**
     * @param part part of the e-mail address, not null
     * @return a copy that also requires the e-mail address to contain {@code part}
     */
    public CustomerQuery withEmail(String part) {
        return new CustomerQuery(name, Optional.of(Require.nonNull("email", part)), stage, tag, createdFrom,
                createdTo, includeArchived, phone, gender, bornFrom, bornTo, visibleTo);
    }

    /**
     * @param required the lifecycle stage, not null
     * @return a copy that also requires the stage
     */
    public CustomerQuery withStage(LifecycleStage required) {
        return new CustomerQuery(name, email, Optional.of(Require.nonNull("stage", required)), tag, createdFrom,
                createdTo, includeArchived, phone, gender, bornFrom, bornTo, visibleTo);
    }

    /**
     * @param required the label, not null
     * @return a copy that also requires the label
     */
    public CustomerQuery withTag(Tag required) {
        return new CustomerQuery(name, email, stage, Optional.of(Require.nonNull("tag", required)), createdFrom,
                createdTo, includeArchived, phone, gender, bornFrom, bornTo, visibleTo);
    }

    /**
     * @param from registered at or after, not null
     * @param to   registered before (exclusive), not before {@code from}
     * @return a copy that also requires the registration time in {@code [from, to)}
     * @throws ValidationException on field {@code "createdTo"}, rule {@code "must not be before createdFrom"}
     */
    public CustomerQuery createdBetween(Instant from, Instant to) {
        Require.period("createdFrom", from, "createdTo", to);
        return new CustomerQuery(name, email, stage, tag, Optional.of(from), Optional.of(to), includeArchived, phone,
                gender, bornFrom, bornTo, visibleTo);
    }

    /**
     * @param visibility the user whose visible customers only match, or empty for everyone's, not null
     * @return a copy with this criterion (replacing any before)
     */
    public CustomerQuery restrictedTo(Optional<Visibility> visibility) {
        return new CustomerQuery(name, email, stage, tag, createdFrom, createdTo, includeArchived, phone, gender,
                bornFrom, bornTo, Require.nonNull("visibleTo", visibility));
    }

    /** @return a copy that matches archived customers too */
    public CustomerQuery includingArchived() {
        return new CustomerQuery(name, email, stage, tag, createdFrom, createdTo, true, phone, gender, bornFrom,
                bornTo, visibleTo);
    }

    /**
     * @param number the phone number, not null (parse a written number with
     *               {@link PhoneNumber#parse(String, PhoneRegion)})
     * @return a copy that also requires exactly this phone number
     */
    public CustomerQuery withPhone(PhoneNumber number) {
        return new CustomerQuery(name, email, stage, tag, createdFrom, createdTo, includeArchived,
                Optional.of(Require.nonNull("phone", number)), gender, bornFrom, bornTo, visibleTo);
    }

    /**
     * @param required the gender, not null
     * @return a copy that also requires the gender
     */
    public CustomerQuery withGender(Gender required) {
        return new CustomerQuery(name, email, stage, tag, createdFrom, createdTo, includeArchived, phone,
                Optional.of(Require.nonNull("gender", required)), bornFrom, bornTo, visibleTo);
    }

    /**
     * @param from born on or after this day, not null
     * @param to   born before this day (exclusive), not before {@code from}
     * @return a copy that also requires the date of birth in {@code [from, to)} (customers without one never match)
     * @throws ValidationException on field {@code "bornFrom"} or {@code "bornTo"} if null or outside
     *                             [1600-01-01, 9999-12-31], or on {@code "bornTo"}, rule {@code "must not be before
     *                             bornFrom"}
     */
    public CustomerQuery bornBetween(LocalDate from, LocalDate to) {
        Require.period("bornFrom", from, "bornTo", to);
        return new CustomerQuery(name, email, stage, tag, createdFrom, createdTo, includeArchived, phone, gender,
                Optional.of(from), Optional.of(to), visibleTo);
    }

    /**
     * Requires an age in whole years, on the day {@code asOf}, between {@code minAge} and {@code maxAge}
     * inclusive. A customer is {@code n} years old on day {@code d} from the day {@code dateOfBirth.plusYears(n)}
     * (someone born on 29 February becomes a year older on 28 February of other years) until the day before
     * {@code dateOfBirth.plusYears(n + 1)}; the criterion becomes the matching half-open period of days of birth
     * ({@link #bornBetween}), so that it runs in the database.
     * Customers without a date of birth never match.
     *
     * @param minAge the lowest age, in [0, {@value #MAX_AGE}]
     * @param maxAge the highest age, in [{@code minAge}, {@value #MAX_AGE}]
     * @param asOf   the day the age is taken on, not null, in [1600-01-01, 9999-12-31]
     * @return a copy that also requires the age
     * @throws ValidationException on field {@code "minAge"} (rule {@code "must be in [0, 150]"}), {@code "maxAge"}
     *                             ({@code "must be in [0, 150]"} or {@code "must not be below minAge"}) or
     *                             {@code "asOf"} (null, or {@link Require#STORABLE_DATE})
     */
    public CustomerQuery agedBetween(int minAge, int maxAge, LocalDate asOf) {
        String range = "must be in [0, " + MAX_AGE + "]";
        if (minAge < 0 || minAge > MAX_AGE) {
            throw new ValidationException("minAge", range, minAge);
        }
        if (maxAge < 0 || maxAge > MAX_AGE) {
            throw new ValidationException("maxAge", range, maxAge);
        }
        if (maxAge < minAge) {
            throw new ValidationException("maxAge", "must not be below minAge", maxAge);
        }
        Require.storable("asOf", Require.nonNull("asOf", asOf));
        // too old: reached maxAge + 1 by asOf; old enough: reached minAge by asOf
        return bornBetween(storable(firstBornTooLateFor(maxAge + 1, asOf)),
                storable(firstBornTooLateFor(minAge, asOf))); // nobody is born outside the storable days
    }

    /** The first day of birth from which a customer is not yet {@code age} years old on {@code asOf}. */
    private static LocalDate firstBornTooLateFor(int age, LocalDate asOf) {
        LocalDate day = asOf.minusYears(age); // old enough: day.plusYears(age) is never after asOf
        while (!day.plusYears(age).isAfter(asOf)) {
            day = day.plusDays(1); // at most twice, past a 29 February
        }
        return day;
    }

    private static LocalDate storable(LocalDate day) {
        return day.isBefore(Require.MIN_DATE) ? Require.MIN_DATE : day.isAfter(Require.MAX_DATE) ? Require.MAX_DATE
                : day;
    }

    /**
     * Whether a customer matches the criteria but {@link #visibleTo()} (which needs the customer's
     * {@link org.crm4j.core.security.Ownership}), as adapters that filter in memory need it; database adapters
     * implement the same meaning in their query language.
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
                && createdTo.map(t -> customer.createdAt().isBefore(t)).orElse(true)
                && phone.map(p -> customer.phone().equals(Optional.of(p))).orElse(true)
                && gender.map(g -> customer.gender() == g).orElse(true)
                && bornFrom.map(f -> customer.dateOfBirth().filter(d -> !d.isBefore(f)).isPresent()).orElse(true)
                && bornTo.map(t -> customer.dateOfBirth().filter(d -> d.isBefore(t)).isPresent()).orElse(true);
    }

    static boolean containsIgnoreCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
