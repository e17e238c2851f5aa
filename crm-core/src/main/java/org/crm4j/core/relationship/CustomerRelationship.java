package org.crm4j.core.relationship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;

/**
 * A relationship between two different customers: its {@link RelationshipType type}, its current
 * {@link RelationshipStatus status} with the history of its changes, and the period it is valid in.
 *
 * <p>As with OFBiz's party relationships, the period starts on {@code validFrom} (inclusive) and ends on
 * {@code validTo} (exclusive); an empty {@code validTo} means open-ended. For {@link RelationshipType#CLIENT}
 * the {@code from} customer is the client of the {@code to} customer; the other types are symmetric.
 *
 * <p>Immutable: every business method returns a new instance and leaves this one untouched. Repositories
 * increase {@code version} on each update to detect concurrent updates.
 *
 * @param id        the identity, not null
 * @param from      one customer (the client for CLIENT), not null
 * @param to        the other customer, not null and different from {@code from}
 * @param type      the type, not null
 * @param status    the current status, not null; equal to the {@code current} of the last history entry
 * @param validFrom the first day the relationship is valid, not null
 * @param validTo   the first day it is no longer valid, after {@code validFrom}; empty if open-ended
 * @param history   the status changes, oldest first, not null (copied)
 * @param createdAt when the relationship was recorded, not null
 * @param updatedAt when it was last changed, not before {@code createdAt}
 * @param version   the optimistic-locking version, 0 before the first update, not negative
 */
public record CustomerRelationship(RelationshipId id, CustomerId from, CustomerId to, RelationshipType type,
        RelationshipStatus status, LocalDate validFrom, Optional<LocalDate> validTo, List<StatusChange> history,
        Instant createdAt, Instant updatedAt, long version) {

    /** The rule broken by a relationship of a customer with itself (field {@code to}). */
    public static final String DIFFERENT_CUSTOMERS = "must be a different customer than from";
    /** The rule broken by an empty validity period (field {@code validTo}). */
    public static final String AFTER_VALID_FROM = "must be after validFrom";

    /**
     * Checks the invariants.
     *
     * @throws ValidationException      if a component is null (rule {@code "must not be null"}), if {@code to}
     *                                  equals {@code from} (field {@code to}, rule {@link #DIFFERENT_CUSTOMERS}) or
     *                                  if {@code validTo} is not after {@code validFrom} (field {@code validTo},
     *                                  rule {@link #AFTER_VALID_FROM})
     * @throws IllegalArgumentException if the history or the version is inconsistent
     */
    public CustomerRelationship {
        Require.nonNull("id", id);
        Require.nonNull("from", from);
        Require.nonNull("to", to);
        Require.nonNull("type", type);
        Require.nonNull("status", status);
        Require.nonNull("validFrom", validFrom);
        Require.nonNull("validTo", validTo);
        Require.nonNull("createdAt", createdAt);
        Require.nonNull("updatedAt", updatedAt);
        history = List.copyOf(Require.nonNull("history", history));
        if (from.equals(to)) {
            throw new ValidationException("to", DIFFERENT_CUSTOMERS, to);
        }
        Require.storable("validFrom", validFrom);
        validTo.ifPresent(date -> Require.storable("validTo", date));
        validatePeriod(validFrom, validTo);
        if (!history.isEmpty() && history.get(history.size() - 1).current() != status) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "status must be the last status of the history, was %s, history ends with %s", status,
                    history.get(history.size() - 1).current()));
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "updatedAt must not be before createdAt %s, was %s", createdAt, updatedAt));
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must be >= 0, was " + version);
        }
    }

    /**
     * Records a new relationship as the command describes it.
     *
     * @param id      the identity to give it, not null
     * @param command what to record, not null
     * @param now     the current instant, not null
     * @return the relationship, version 0, with an empty history
     * @throws ValidationException if the command names the same customer twice or an empty period
     */
    public static CustomerRelationship establish(RelationshipId id, NewRelationship command, Instant now) {
        return new CustomerRelationship(id, command.from(), command.to(), command.type(), command.status(),
                command.validFrom(), command.validTo(), List.of(), now, now, 0);
    }

    /**
     * The key that no other relationship of the CRM may share.
     *
     * @return the key of this relationship
     */
    public RelationshipKey key() {
        return RelationshipKey.of(type, from, to);
    }

    /**
     * Tells whether the relationship is valid on a day.
     *
     * @param day the day, not null
     * @return true if {@code validFrom <= day} and {@code day < validTo} (when there is a {@code validTo})
     */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && validTo.map(day::isBefore).orElse(true);
    }

    /**
     * Tells whether a customer is one of the two ends of this relationship.
     *
     * @param customer the customer, not null
     * @return true if {@code customer} is {@code from} or {@code to}
     */
    public boolean involves(CustomerId customer) {
        return from.equals(customer) || to.equals(customer);
    }

    /**
     * The end of this relationship that is not {@code customer}.
     *
     * @param customer one end of the relationship, not null
     * @return the other end
     * @throws IllegalArgumentException if {@code customer} is not an end of this relationship
     */
    public CustomerId otherThan(CustomerId customer) {
        if (from.equals(customer)) {
            return to;
        }
        if (to.equals(customer)) {
            return from;
        }
        throw new IllegalArgumentException("customer " + customer + " is not part of relationship " + id);
    }

    /**
     * Tells whether the status got worse at some instant of a period.
     *
     * @param fromInclusive the start of the period, not null
     * @param toExclusive   the end of the period, not null
     * @return true if a history entry with {@code fromInclusive <= at < toExclusive} is a deterioration
     */
    public boolean deterioratedBetween(Instant fromInclusive, Instant toExclusive) {
        return history.stream().anyMatch(c -> c.isDeterioration() && !c.at().isBefore(fromInclusive)
                && c.at().isBefore(toExclusive));
    }

    /**
     * Records a new status. A change to the current status changes nothing.
     *
     * @param newStatus the new status, not null
     * @param now       the current instant, not null
     * @return the relationship with the new status and one more history entry, or this one if unchanged
     */
    public CustomerRelationship changeStatus(RelationshipStatus newStatus, Instant now) {
        Require.nonNull("newStatus", newStatus);
        if (newStatus == status) {
            return this;
        }
        List<StatusChange> changes = new ArrayList<>(history);
        changes.add(new StatusChange(status, newStatus, now));
        return new CustomerRelationship(id, from, to, type, newStatus, validFrom, validTo, changes, createdAt, now,
                version);
    }

    /**
     * Sets the period the relationship is valid in, for example to end it or to renew an ended one.
     *
     * @param newValidFrom the first valid day, not null
     * @param newValidTo   the first day no longer valid, empty if open-ended
     * @param now          the current instant, not null
     * @return the relationship with the new period, or this one if the period is unchanged
     * @throws ValidationException if {@code newValidTo} is not after {@code newValidFrom} (field {@code validTo},
     *                             rule {@link #AFTER_VALID_FROM})
     */
    public CustomerRelationship changeValidity(LocalDate newValidFrom, Optional<LocalDate> newValidTo, Instant now) {
        if (validFrom.equals(newValidFrom) && validTo.equals(newValidTo)) {
            return this;
        }
        return new CustomerRelationship(id, from, to, type, status, newValidFrom, newValidTo, history, createdAt, now,
                version);
    }

    /**
     * Returns this relationship with another version, for repositories that count updates.
     *
     * @param newVersion the version, not negative
     * @return a copy with {@code version == newVersion}
     */
    public CustomerRelationship withVersion(long newVersion) {
        return new CustomerRelationship(id, from, to, type, status, validFrom, validTo, history, createdAt, updatedAt,
                newVersion);
    }

    static void validatePeriod(LocalDate validFrom, Optional<LocalDate> validTo) {
        if (validTo.isPresent() && !validTo.get().isAfter(validFrom)) {
            throw new ValidationException("validTo", AFTER_VALID_FROM, validTo.get());
        }
    }
}
