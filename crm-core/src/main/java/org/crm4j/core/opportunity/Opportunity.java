package org.crm4j.core.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Money;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;

/**
 * The opportunity aggregate: a possible deal with a customer, worked through the open stages until it is won or
 * lost. Immutable: business methods return changed copies; the repository stores them and raises the
 * {@code version}. Its collections are bounded: at most {@value #MAX_LINE_ITEMS} line items and
 * {@value #MAX_STAGE_CHANGES} stage changes.
 *
 * @param id                the identity
 * @param customer          the customer, or empty while the buyer is not yet in the CRM (required to win)
 * @param name              what the deal is about, 1 to {@value #MAX_NAME_LENGTH} characters
 * @param owner             the host's user who works on the deal
 * @param amount            the expected revenue, not negative; its currency is the deal's currency
 * @param expectedCloseDate the day the deal is expected to close, not before the (UTC) day of creation
 * @param stage             the stage
 * @param probability       the chance of winning in percent, [0, 100]; 100 when won, 0 when lost
 * @param history           the stage changes, oldest first; the last one's {@code current} is {@code stage}
 * @param lostReason        why a CLOSED_LOST deal was lost, present exactly then
 * @param lineItems         the products of the deal, in the {@code amount}'s currency, or none
 * @param createdAt         when the opportunity was created
 * @param updatedAt         when it was last changed
 * @param version           the optimistic-locking version, 0 when first saved
 */
public record Opportunity(OpportunityId id, Optional<CustomerId> customer, String name, UserId owner, Money amount,
        LocalDate expectedCloseDate, OpportunityStage stage, int probability, List<StageChange> history,
        Optional<String> lostReason, List<LineItem> lineItems, Instant createdAt, Instant updatedAt,
        long version) {

    /** The longest name. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The longest lost reason. */
    public static final int MAX_REASON_LENGTH = 500;
    /** The most line items. */
    public static final int MAX_LINE_ITEMS = 100;
    /** The most stage changes an opportunity records. */
    public static final int MAX_STAGE_CHANGES = 200;
    /** Rule: money is not negative. */
    public static final String NOT_NEGATIVE = "must not be negative";
    /** Rule: a closed opportunity does not change. */
    public static final String OPEN_TO_CHANGE = "must be open (not CLOSED_WON or CLOSED_LOST) to change";
    /** Rule: only a deal with a customer is won. */
    public static final String WIN_NEEDS_CUSTOMER = "must be present to win the opportunity";
    /** Rule: the close date is not before creation. */
    public static final String CLOSE_AFTER_CREATION = "must not be before the day the opportunity was created";
    /** Rule: probability is a percentage matching a closed stage. */
    public static final String PROBABILITY = "must be in [0, 100], 100 when won and 0 when lost";
    /** Rule: the lost reason belongs to a lost deal. */
    public static final String REASON_IFF_LOST = "must be present exactly when the stage is CLOSED_LOST";
    /** Rule: the history is a chain ending in the stage. */
    public static final String HISTORY_CHAIN = "must be a chain of changes ending in the stage, in time order";

    /**
     * Checks the invariants.
     *
     * @throws ValidationException naming the field of the first broken invariant
     */
    public Opportunity {
        Require.nonNull("opportunityId", id);
        Require.nonNull("customerId", customer);
        name = Require.text("name", name, MAX_NAME_LENGTH);
        Require.nonNull("owner", owner);
        requireNotNegative("amount", amount);
        Require.storable("amount", amount);
        Require.storable("expectedCloseDate", Require.nonNull("expectedCloseDate", expectedCloseDate));
        Require.nonNull("stage", stage);
        Require.nonNull("createdAt", createdAt);
        Require.nonNull("updatedAt", updatedAt);
        Require.notBefore("updatedAt", updatedAt, "createdAt", createdAt);
        if (expectedCloseDate.isBefore(LocalDate.ofInstant(createdAt, ZoneOffset.UTC))) {
            throw new ValidationException("expectedCloseDate", CLOSE_AFTER_CREATION, expectedCloseDate);
        }
        if (probability < 0 || probability > 100 || stage == OpportunityStage.CLOSED_WON && probability != 100
                || stage == OpportunityStage.CLOSED_LOST && probability != 0) {
            throw new ValidationException("probability", PROBABILITY, probability);
        }
        lostReason = Require.nonNull("lostReason", lostReason)
                .map(reason -> Require.text("lostReason", reason, MAX_REASON_LENGTH));
        if (lostReason.isPresent() != (stage == OpportunityStage.CLOSED_LOST)) {
            throw new ValidationException("lostReason", REASON_IFF_LOST, lostReason.orElse(null));
        }
        if (stage == OpportunityStage.CLOSED_WON && customer.isEmpty()) {
            throw new ValidationException("customerId", WIN_NEEDS_CUSTOMER, null);
        }
        lineItems = checkLineItems(lineItems, amount);
        history = List.copyOf(Require.nonNull("history", history));
        checkHistory(history, stage, createdAt, updatedAt);
        Require.notNegative("version", version);
    }

    /**
     * Opens an opportunity at version 0.
     *
     * @param id                the new id
     * @param customer          the customer, or empty
     * @param name              the name
     * @param owner             the owner
     * @param amount            the expected revenue
     * @param expectedCloseDate the expected close day
     * @param stage             the first stage, open
     * @param probabilities     the default probabilities of the stages
     * @param lineItems         the line items
     * @param now               the time
     * @return the opportunity
     * @throws ValidationException on {@code "stage"} if the stage is closed, or any invariant's field
     */
    public static Opportunity open(OpportunityId id, Optional<CustomerId> customer, String name, UserId owner,
            Money amount, LocalDate expectedCloseDate, OpportunityStage stage, StageProbabilities probabilities,
            List<LineItem> lineItems, Instant now) {
        Require.nonNull("stage", stage);
        if (stage.closed()) {
            throw new ValidationException("stage", "must be open to create an opportunity", stage);
        }
        return new Opportunity(id, customer, name, owner, amount, expectedCloseDate, stage, probabilities.of(stage),
                List.of(), Optional.empty(), lineItems, now, now, 0);
    }

    /**
     * Moves an open opportunity to another open stage, at the stage's default probability.
     *
     * @param target        the open stage
     * @param probabilities the default probabilities
     * @param now           the time
     * @return the moved opportunity
     * @throws ValidationException on {@code "stage"}: rule {@link #OPEN_TO_CHANGE} if closed, or a closed or the
     *                             current target (use win or lose to close)
     */
    public Opportunity moveTo(OpportunityStage target, StageProbabilities probabilities, Instant now) {
        requireOpen();
        Require.nonNull("stage", target);
        if (target.closed()) {
            throw new ValidationException("stage", "must be open; win or lose the opportunity to close it", target);
        }
        return change(target, probabilities.of(target), Optional.empty(), now);
    }

    /**
     * Wins the deal.
     *
     * @param now the time
     * @return the CLOSED_WON opportunity, at 100 %
     * @throws ValidationException on {@code "stage"} ({@link #OPEN_TO_CHANGE}) or {@code "customerId"}
     *                             ({@link #WIN_NEEDS_CUSTOMER})
     */
    public Opportunity win(Instant now) {
        requireOpen();
        if (customer.isEmpty()) {
            throw new ValidationException("customerId", WIN_NEEDS_CUSTOMER, null);
        }
        return change(OpportunityStage.CLOSED_WON, 100, Optional.empty(), now);
    }

    /**
     * Loses the deal.
     *
     * @param reason why, 1 to {@value #MAX_REASON_LENGTH} characters
     * @param now    the time
     * @return the CLOSED_LOST opportunity, at 0 %
     * @throws ValidationException on {@code "stage"} ({@link #OPEN_TO_CHANGE}) or {@code "lostReason"}
     */
    public Opportunity lose(String reason, Instant now) {
        requireOpen();
        return change(OpportunityStage.CLOSED_LOST, 0,
                Optional.of(Require.text("lostReason", reason, MAX_REASON_LENGTH)), now);
    }

    /**
     * Replaces the line items of an open deal.
     *
     * @param items the new line items, in the amount's currency
     * @param now   the time
     * @return the changed opportunity
     * @throws ValidationException on {@code "stage"} if closed, or a line item's field
     */
    public Opportunity changeLineItems(List<LineItem> items, Instant now) {
        requireOpen();
        return new Opportunity(id, customer, name, owner, amount, expectedCloseDate, stage, probability, history,
                lostReason, items, createdAt, later(now), version);
    }

    /**
     * Hands the deal to another user.
     *
     * @param newOwner the owner
     * @param now      the time
     * @return the changed opportunity
     * @throws ValidationException on {@code "stage"} if closed
     */
    public Opportunity reassign(UserId newOwner, Instant now) {
        requireOpen();
        return new Opportunity(id, customer, name, owner(newOwner), amount, expectedCloseDate, stage, probability,
                history, lostReason, lineItems, createdAt, later(now), version);
    }

    /** @return when the opportunity was won or lost; empty while open */
    public Optional<Instant> closedAt() {
        return stage.closed() ? Optional.of(history.get(history.size() - 1).at()) : Optional.empty();
    }

    /** @return the amount weighted by the probability, rounded half-even to the currency's digits */
    public Money weightedAmount() {
        return Money.of(amount.amount().multiply(BigDecimal.valueOf(probability))
                .movePointLeft(2).setScale(amount.amount().scale(), RoundingMode.HALF_EVEN),
                amount.currency());
    }

    /**
     * The copy a repository stores on update.
     *
     * @param newVersion the stored version
     * @return this opportunity at {@code newVersion}
     */
    public Opportunity withVersion(long newVersion) {
        return new Opportunity(id, customer, name, owner, amount, expectedCloseDate, stage, probability, history,
                lostReason, lineItems, createdAt, updatedAt, newVersion);
    }

    private static UserId owner(UserId value) {
        return Require.nonNull("owner", value);
    }

    private void requireOpen() {
        if (stage.closed()) {
            throw new ValidationException("stage", OPEN_TO_CHANGE, stage);
        }
    }

    private Opportunity change(OpportunityStage target, int newProbability, Optional<String> reason, Instant now) {
        if (history.size() >= MAX_STAGE_CHANGES) {
            throw new ValidationException("stage", "must change at most " + MAX_STAGE_CHANGES + " times", target);
        }
        Instant at = later(now);
        List<StageChange> changes = new ArrayList<>(history);
        changes.add(new StageChange(stage, target, at));
        return new Opportunity(id, customer, name, owner, amount, expectedCloseDate, target, newProbability, changes,
                reason, lineItems, createdAt, at, version);
    }

    /** A clock that went back (another node's) must not break the time order of the history. */
    private Instant later(Instant now) {
        Require.nonNull("now", now);
        return now.isBefore(updatedAt) ? updatedAt : now;
    }

    private static void requireNotNegative(String field, Money money) {
        Require.nonNull(field, money);
        if (money.isNegative()) {
            throw new ValidationException(field, NOT_NEGATIVE, money);
        }
    }

    private static List<LineItem> checkLineItems(List<LineItem> items, Money amount) {
        Require.nonNull("lineItems", items);
        if (items.size() > MAX_LINE_ITEMS) {
            throw new ValidationException("lineItems", "must hold at most " + MAX_LINE_ITEMS + " items",
                    items.size());
        }
        for (int i = 0; i < items.size(); i++) {
            LineItem item = Require.nonNull("lineItems[" + i + "]", items.get(i));
            Require.storable("lineItems[" + i + "].unitPrice", item.unitPrice());
            if (!item.unitPrice().currency().equals(amount.currency())) {
                throw new ValidationException("lineItems[" + i + "].unitPrice", "must be "
                        + amount.currency().getCurrencyCode() + ", the currency of the amount",
                        item.unitPrice());
            }
        }
        return List.copyOf(items);
    }

    private static void checkHistory(List<StageChange> history, OpportunityStage stage, Instant createdAt,
            Instant updatedAt) {
        if (history.size() > MAX_STAGE_CHANGES) {
            throw new ValidationException("history", HISTORY_CHAIN, history.size());
        }
        Instant time = createdAt;
        OpportunityStage at = history.isEmpty() ? stage : history.get(0).previous();
        for (StageChange change : history) {
            if (change == null || change.previous() != at || change.at().isBefore(time)) {
                throw new ValidationException("history", HISTORY_CHAIN, history);
            }
            at = change.current();
            time = change.at();
        }
        if (at != stage || time.isAfter(updatedAt) || history.isEmpty() && stage.closed()) {
            throw new ValidationException("history", HISTORY_CHAIN, history);
        }
    }
}
