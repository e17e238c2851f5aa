package org.crm4j.core.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The customer aggregate. Immutable: every business method returns a changed copy with a new
 * {@code updatedAt}; the repository stores it and raises the {@code version}. Adapters rebuild stored customers
 * with the canonical constructor, which checks the invariants.
 *
 * @param id          the identity
 * @param name        the display name, trimmed, 1 to {@value #MAX_NAME_LENGTH} characters
 * @param email       the e-mail address, unique per CRM
 * @param phone       the phone number, if known
 * @param dateOfBirth the date of birth, if known; the age is derived, never stored
 * @param gender      the gender, {@link Gender#UNDISCLOSED} if not stated
 * @param stage       the current lifecycle stage
 * @param stageHistory every lifecycle transition, oldest first; the last one ends in {@code stage}
 * @param consents    the latest consent decision per channel; a channel without entry has no consent
 * @param tags        the labels
 * @param active      false once archived
 * @param createdAt   when the customer was registered
 * @param updatedAt   when the customer was last changed
 * @param version     the optimistic-locking version, 0 when first saved
 */
public record Customer(CustomerId id, String name, EmailAddress email, Optional<PhoneNumber> phone,
        Optional<LocalDate> dateOfBirth, Gender gender, LifecycleStage stage, List<StageChange> stageHistory,
        Map<Channel, Consent> consents, Set<Tag> tags, boolean active, Instant createdAt, Instant updatedAt,
        long version) {

    /** The longest customer name. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The name of an erased customer. */
    public static final String ERASED_NAME = "Erased customer";
    /** The domain of the placeholder e-mail addresses of erased records: reserved, never delivered (RFC 2606). */
    public static final String ERASED_DOMAIN = "@erased.invalid";

    /**
     * Checks the invariants and copies the collections.
     *
     * @throws ValidationException naming the field: {@code "name"} blank or too long, a required component null,
     *                             a stage history that does not end in {@code stage}, a version below 0
     */
    public Customer {
        Require.nonNull("customerId", id);
        name = validName(name);
        Require.nonNull("email", email);
        Require.nonNull("phone", phone);
        Require.nonNull("dateOfBirth", dateOfBirth);
        dateOfBirth.ifPresent(date -> Require.storable("dateOfBirth", date));
        gender = gender == null ? Gender.UNDISCLOSED : gender;
        Require.nonNull("stage", stage);
        stageHistory = List.copyOf(stageHistory == null ? List.of() : stageHistory);
        if (!stageHistory.isEmpty() && stageHistory.get(stageHistory.size() - 1).to() != stage) {
            throw new ValidationException("stage", "must be the end of the stage history", stage);
        }
        consents = Map.copyOf(consents == null ? Map.of() : consents);
        tags = Set.copyOf(tags == null ? Set.of() : tags);
        Require.nonNull("createdAt", createdAt);
        Require.nonNull("updatedAt", updatedAt);
        Require.notNegative("version", version);
    }

    /**
     * Registers a new customer: a prospect, active, without consents, at version 0.
     *
     * @param id          the new id
     * @param name        the name, not blank
     * @param email       the e-mail address
     * @param phone       the phone number, or null
     * @param dateOfBirth the date of birth, or null
     * @param gender      the gender, or null for undisclosed
     * @param tags        the labels, or null
     * @param now         the registration time
     * @return the customer
     */
    public static Customer register(CustomerId id, String name, EmailAddress email, PhoneNumber phone,
            LocalDate dateOfBirth, Gender gender, Set<Tag> tags, Instant now) {
        return new Customer(id, name, email, Optional.ofNullable(phone), Optional.ofNullable(dateOfBirth), gender,
                LifecycleStage.PROSPECT, List.of(), Map.of(), tags, true, now, now, 0);
    }

    /**
     * Registers a new customer from a command, checking it as {@code CustomerService.register} and the bulk import
     * do: the name, the e-mail address, the phone number (national numbers in {@code defaultRegion}), a date of
     * birth not after {@code today}, and the tags.
     *
     * @param id            the new id, not null
     * @param command       what to register, not null
     * @param defaultRegion the region of national phone numbers, or null to accept international numbers only
     * @param now           the registration time, not null
     * @param today         the current day, not null
     * @return the customer: a prospect, active, without consents, at version 0
     * @throws ValidationException naming the field and rule of the first invalid value ({@code command},
     *                             {@code name}, {@code email}, {@code phone}, {@code dateOfBirth}, {@code tags})
     */
    public static Customer register(CustomerId id, NewCustomer command, PhoneRegion defaultRegion, Instant now,
            LocalDate today) {
        Require.nonNull("command", command);
        String name = validName(command.name());
        EmailAddress email = EmailAddress.of(command.email());
        PhoneNumber phone = command.phone().filter(raw -> !raw.isBlank())
                .map(raw -> PhoneNumber.parse(raw, defaultRegion)).orElse(null);
        LocalDate born = command.dateOfBirth().orElse(null);
        if (born != null && born.isAfter(today)) {
            throw new ValidationException("dateOfBirth", "must not be in the future", born);
        }
        Set<Tag> tags = new LinkedHashSet<>();
        for (String text : command.tags()) {
            tags.add(Tag.of(text));
        }
        return register(id, name, email, phone, born, command.gender(), tags, now);
    }

    /**
     * The age in whole years on a day.
     *
     * @param today the day to compute the age on
     * @return the age, empty if the date of birth is unknown
     */
    public Optional<Integer> age(LocalDate today) {
        return dateOfBirth.map(born -> Period.between(born, today).getYears());
    }

    /**
     * Changes the contact details.
     *
     * @param newName        the name, not blank
     * @param newEmail       the e-mail address
     * @param newPhone       the phone number, or null for none
     * @param newDateOfBirth the date of birth, or null for unknown
     * @param newGender      the gender, or null for undisclosed
     * @param now            the time of the change
     * @return the changed customer
     */
    public Customer changeDetails(String newName, EmailAddress newEmail, PhoneNumber newPhone,
            LocalDate newDateOfBirth, Gender newGender, Instant now) {
        return new Customer(id, newName, newEmail, Optional.ofNullable(newPhone),
                Optional.ofNullable(newDateOfBirth), newGender, stage, stageHistory, consents, tags, active,
                createdAt, now, version);
    }

    /**
     * Moves to another lifecycle stage, recording the transition.
     *
     * @param target the new stage
     * @param now    the time of the transition
     * @return the changed customer
     * @throws ValidationException on field {@code "stage"} if {@code stage.canMoveTo(target)} is false
     */
    public Customer moveTo(LifecycleStage target, Instant now) {
        List<StageChange> history = new ArrayList<>(stageHistory);
        history.add(new StageChange(stage, target, now));
        return new Customer(id, name, email, phone, dateOfBirth, gender, target, history, consents, tags, active,
                createdAt, now, version);
    }

    /** @return when the customer entered the current stage: the last transition, or the registration */
    public Instant stageSince() {
        return stageHistory.isEmpty() ? createdAt : stageHistory.get(stageHistory.size() - 1).at();
    }

    /**
     * Records a consent decision for a channel, replacing the previous one.
     *
     * @param channel the channel
     * @param granted whether the customer agrees
     * @param now     the time of the decision
     * @return the changed customer
     */
    public Customer recordConsent(Channel channel, boolean granted, Instant now) {
        Map<Channel, Consent> changed = new EnumMap<>(Channel.class);
        changed.putAll(consents);
        changed.put(channel, new Consent(channel, granted, now));
        return new Customer(id, name, email, phone, dateOfBirth, gender, stage, stageHistory, changed, tags, active,
                createdAt, now, version);
    }

    /**
     * @param channel the channel
     * @return whether the latest decision for the channel granted consent
     */
    public boolean hasConsent(Channel channel) {
        Consent consent = consents.get(channel);
        return consent != null && consent.granted();
    }

    /**
     * Adds a label; adding a label twice is harmless.
     *
     * @param tag the label
     * @param now the time of the change
     * @return the changed customer
     */
    public Customer tag(Tag tag, Instant now) {
        Set<Tag> changed = new LinkedHashSet<>(tags);
        changed.add(tag);
        return new Customer(id, name, email, phone, dateOfBirth, gender, stage, stageHistory, consents, changed,
                active, createdAt, now, version);
    }

    /**
     * Removes a label; removing an absent label is harmless.
     *
     * @param tag the label
     * @param now the time of the change
     * @return the changed customer
     */
    public Customer untag(Tag tag, Instant now) {
        Set<Tag> changed = new LinkedHashSet<>(tags);
        changed.remove(tag);
        return new Customer(id, name, email, phone, dateOfBirth, gender, stage, stageHistory, consents, changed,
                active, createdAt, now, version);
    }

    /**
     * Archives the customer: the normal way to retire a customer with sales history.
     *
     * @param now the time of the change
     * @return the archived customer
     */
    public Customer archive(Instant now) {
        return withActive(false, now);
    }

    /**
     * Reactivates an archived customer.
     *
     * @param now the time of the change
     * @return the active customer
     */
    public Customer reactivate(Instant now) {
        return withActive(true, now);
    }

    /**
     * Anonymises the customer for a privacy erasure request: the name becomes {@link #ERASED_NAME}, the e-mail
     * address the placeholder {@code erased-<id>@erased.invalid} (unique, undeliverable: {@code .invalid} is
     * reserved by RFC 2606), phone number, date of birth and tags are removed, the gender becomes undisclosed,
     * consent is withdrawn on every channel and the customer is archived. The id, lifecycle stage and its history,
     * creation time and version survive, so sales, tickets and relationships stay attached to the anonymised
     * customer. Erasing an erased customer returns it unchanged.
     *
     * @param now the time of the erasure
     * @return the anonymised customer
     */
    public Customer erase(Instant now) {
        if (erased()) {
            return this;
        }
        Map<Channel, Consent> withdrawn = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            withdrawn.put(channel, new Consent(channel, false, now));
        }
        return new Customer(id, ERASED_NAME, erasedEmail(id.value()), Optional.empty(), Optional.empty(),
                Gender.UNDISCLOSED, stage, stageHistory, withdrawn, Set.of(), false, createdAt, now, version);
    }

    /** @return whether the customer was anonymised by {@link #erase(Instant)} */
    public boolean erased() {
        return name.equals(ERASED_NAME) && email.equals(erasedEmail(id.value()));
    }

    /**
     * @param id the id of an erased record
     * @return the placeholder address that replaces an erased e-mail address
     */
    public static EmailAddress erasedEmail(UUID id) {
        return new EmailAddress("erased-" + id + ERASED_DOMAIN);
    }

    /**
     * The copy a repository stores on update.
     *
     * @param newVersion the stored version
     * @return this customer at {@code newVersion}
     */
    public Customer withVersion(long newVersion) {
        return new Customer(id, name, email, phone, dateOfBirth, gender, stage, stageHistory, consents, tags, active,
                createdAt, updatedAt, newVersion);
    }

    private Customer withActive(boolean newActive, Instant now) {
        return new Customer(id, name, email, phone, dateOfBirth, gender, stage, stageHistory, consents, tags,
                newActive, createdAt, now, version);
    }

    static String validName(String name) {
        return Require.text("name", name, MAX_NAME_LENGTH);
    }

}
