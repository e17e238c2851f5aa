package org.crm4j.core.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.crm4j.core.Money;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * A marketing campaign: what it is called, when it runs, whom it targets, through which channel and with which
 * budget. Its members (the customers it targeted, with their responses and conversions) are not part of the
 * aggregate: a campaign may target hundreds of thousands of customers, so each is a {@link CampaignMember} kept by
 * the {@link CampaignMemberRepository} port and written on its own.
 *
 * <p>Its {@linkplain #status(LocalDate) status} follows from its dates and from two actions: PLANNED before
 * {@code startDate}, RUNNING from {@code startDate} to {@code endDate} (inclusive), FINISHED after {@code endDate}
 * or once {@linkplain #finish(LocalDate, Instant) finished} early, CANCELLED once
 * {@linkplain #cancel(LocalDate, Instant) cancelled}. A finished or cancelled campaign can no longer be revised,
 * nor gain members ({@link #acceptsMembers(LocalDate)}).
 *
 * <p>Immutable: every business method returns a new instance and leaves this one untouched. Repositories increase
 * {@code version} on each update to detect concurrent updates.
 *
 * @param id          the identity, not null
 * @param name        the name, not blank, at most {@value #MAX_NAME_LENGTH} characters, stripped
 * @param startDate   the first day of the campaign, not null
 * @param endDate     the last day of the campaign, not before {@code startDate}
 * @param target      the audience and goal, not null
 * @param channel     the channel, not null
 * @param budget      the budget, not negative
 * @param finishedAt  when the campaign was finished early; empty if it was not
 * @param cancelledAt when the campaign was cancelled; empty if it was not
 * @param createdAt   when the campaign was planned, not null
 * @param updatedAt   when it was last changed, not before {@code createdAt}
 * @param version     the optimistic-locking version, 0 before the first update, not negative
 */
public record Campaign(CampaignId id, String name, LocalDate startDate, LocalDate endDate, CampaignTarget target,
        CampaignChannel channel, Money budget, Optional<Instant> finishedAt, Optional<Instant> cancelledAt,
        Instant createdAt, Instant updatedAt, long version) {

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The rule broken by an end date before the start date (field {@code endDate}). */
    public static final String END_NOT_BEFORE_START = "must not be before startDate";
    /** The rule broken by a negative budget (field {@code budget}). */
    public static final String BUDGET_NOT_NEGATIVE = "must not be negative";
    /** The rule broken by revising a finished or cancelled campaign (field {@code status}). */
    public static final String NOT_CLOSED = "must be PLANNED or RUNNING";
    /** The rule broken by starting a campaign that is not planned (field {@code status}). */
    public static final String PLANNED_TO_START = "must be PLANNED to start";
    /** The rule broken by finishing a campaign that is not running (field {@code status}). */
    public static final String RUNNING_TO_FINISH = "must be RUNNING to finish";
    /**
     * The rule broken by moving the start of a running campaign after today (field {@code startDate}): a campaign
     * that has started stays started, so revising never turns a RUNNING campaign back into a PLANNED one.
     */
    public static final String STARTED_STAYS_STARTED = "must not be after today once the campaign is RUNNING";

    /**
     * Checks the invariants.
     *
     * @throws ValidationException      if a component is null (rule {@code "must not be null"}), the name is
     *                                  blank or too long (field {@code name}), the end date is before the start
     *                                  date (field {@code endDate}, rule {@link #END_NOT_BEFORE_START}) or the
     *                                  budget is negative (field {@code budget}, rule {@link #BUDGET_NOT_NEGATIVE})
     * @throws IllegalArgumentException if the timestamps or version are inconsistent
     */
    public Campaign {
        Require.nonNull("id", id);
        name = Require.text("name", name, MAX_NAME_LENGTH);
        Require.nonNull("startDate", startDate);
        Require.nonNull("endDate", endDate);
        Require.nonNull("target", target);
        Require.nonNull("channel", channel);
        Require.nonNull("budget", budget);
        Require.nonNull("finishedAt", finishedAt);
        Require.nonNull("cancelledAt", cancelledAt);
        Require.nonNull("createdAt", createdAt);
        Require.nonNull("updatedAt", updatedAt);
        Require.storable("startDate", startDate);
        Require.storable("endDate", endDate);
        Require.storable("budget", budget);
        if (endDate.isBefore(startDate)) {
            throw new ValidationException("endDate", END_NOT_BEFORE_START, endDate);
        }
        if (budget.isNegative()) {
            throw new ValidationException("budget", BUDGET_NOT_NEGATIVE, budget);
        }
        if (updatedAt.isBefore(createdAt) || version < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "updatedAt must not be before createdAt and version must be >= 0, was %s, %s, %d", createdAt,
                    updatedAt, version));
        }
    }

    /**
     * Plans a new campaign as the command describes it.
     *
     * @param id      the identity to give it, not null
     * @param command what to plan, not null
     * @param now     the current instant, not null
     * @return the campaign, version 0
     * @throws ValidationException if the command breaks an invariant of the campaign
     */
    public static Campaign plan(CampaignId id, NewCampaign command, Instant now) {
        Require.nonNull("command", command);
        return new Campaign(id, command.name(), command.startDate(), command.endDate(), command.target(),
                command.channel(), command.budget(), Optional.empty(), Optional.empty(), now, now, 0);
    }

    /**
     * The status of the campaign on a day.
     *
     * @param today the day, not null
     * @return CANCELLED or FINISHED if it was cancelled or finished early, else PLANNED, RUNNING or FINISHED as
     *         {@code today} is before, within or after the campaign's dates
     */
    public CampaignStatus status(LocalDate today) {
        if (cancelledAt.isPresent()) {
            return CampaignStatus.CANCELLED;
        }
        if (finishedAt.isPresent() || today.isAfter(endDate)) {
            return CampaignStatus.FINISHED;
        }
        return today.isBefore(startDate) ? CampaignStatus.PLANNED : CampaignStatus.RUNNING;
    }

    /**
     * Replaces the name, dates, target, channel and budget.
     *
     * @param update the new values, not null
     * @param today  the current day, not null
     * @param now    the current instant, not null
     * @return the revised campaign
     * @throws ValidationException if the campaign is finished or cancelled (field {@code status}, rule
     *                             {@link #NOT_CLOSED}), if it is RUNNING and the new start date is after today
     *                             (field {@code startDate}, rule {@link #STARTED_STAYS_STARTED}), or if the update
     *                             breaks an invariant
     */
    public Campaign revise(CampaignUpdate update, LocalDate today, Instant now) {
        Require.nonNull("update", update);
        requireOpen(today);
        if (status(today) == CampaignStatus.RUNNING && update.startDate() != null
                && update.startDate().isAfter(today)) {
            throw new ValidationException("startDate", STARTED_STAYS_STARTED, update.startDate());
        }
        return new Campaign(id, update.name(), update.startDate(), update.endDate(), update.target(),
                update.channel(), update.budget(), finishedAt, cancelledAt, createdAt, now, version);
    }

    /**
     * Starts a planned campaign today instead of on its start date.
     *
     * @param today the current day, not null
     * @param now   the current instant, not null
     * @return the campaign with {@code startDate == today}, RUNNING
     * @throws ValidationException if the campaign is not PLANNED (field {@code status}, rule
     *                             {@link #PLANNED_TO_START})
     */
    public Campaign start(LocalDate today, Instant now) {
        CampaignStatus status = status(today);
        if (status != CampaignStatus.PLANNED) {
            throw new ValidationException("status", PLANNED_TO_START, status);
        }
        return new Campaign(id, name, today, endDate, target, channel, budget, finishedAt, cancelledAt,
                createdAt, now, version);
    }

    /**
     * Finishes a running campaign today instead of on its end date.
     *
     * @param today the current day, not null
     * @param now   the current instant, not null
     * @return the campaign with {@code endDate == today} and {@code finishedAt == now}, FINISHED
     * @throws ValidationException if the campaign is not RUNNING (field {@code status}, rule
     *                             {@link #RUNNING_TO_FINISH})
     */
    public Campaign finish(LocalDate today, Instant now) {
        CampaignStatus status = status(today);
        if (status != CampaignStatus.RUNNING) {
            throw new ValidationException("status", RUNNING_TO_FINISH, status);
        }
        return new Campaign(id, name, startDate, today, target, channel, budget, Optional.of(now), cancelledAt,
                createdAt, now, version);
    }

    /**
     * Cancels a planned or running campaign.
     *
     * @param today the current day, not null
     * @param now   the current instant, not null
     * @return the campaign with {@code cancelledAt == now}, CANCELLED
     * @throws ValidationException if the campaign is finished or cancelled (field {@code status}, rule
     *                             {@link #NOT_CLOSED})
     */
    public Campaign cancel(LocalDate today, Instant now) {
        requireOpen(today);
        return new Campaign(id, name, startDate, endDate, target, channel, budget, finishedAt, Optional.of(now),
                createdAt, now, version);
    }

    /**
     * Tells whether the campaign may gain members on a day: while it is PLANNED or RUNNING.
     *
     * @param today the current day, not null
     * @return false once the campaign is finished or cancelled
     */
    public boolean acceptsMembers(LocalDate today) {
        return !status(today).isClosed();
    }

    /**
     * The results of the campaign from its members' counts.
     *
     * @param counts how many members it has, and how many of them responded and converted, not null
     * @return the campaign's results, with its budget
     */
    public CampaignResults results(MemberCounts counts) {
        Require.nonNull("counts", counts);
        return CampaignResults.of(id, counts, budget);
    }

    /**
     * Returns this campaign with another version, for repositories that count updates.
     *
     * @param newVersion the version, not negative
     * @return a copy with {@code version == newVersion}
     */
    public Campaign withVersion(long newVersion) {
        return new Campaign(id, name, startDate, endDate, target, channel, budget, finishedAt, cancelledAt,
                createdAt, updatedAt, newVersion);
    }

    private void requireOpen(LocalDate today) {
        CampaignStatus status = status(today);
        if (status.isClosed()) {
            throw new ValidationException("status", NOT_CLOSED, status);
        }
    }
}
