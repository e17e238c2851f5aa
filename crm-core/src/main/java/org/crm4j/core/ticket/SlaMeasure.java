package org.crm4j.core.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * Where one SLA target of a ticket stands at a moment: the business time used, the time left, the due instant and
 * the state.
 *
 * @param target  the target, positive
 * @param elapsed the business time used, outside pauses, until the target was achieved or until now
 * @param left    {@code target - elapsed}; negative once the target is overrun
 * @param due     when the target runs out; empty while an open pause stops the clock before it does
 * @param state   running, paused, met or breached
 */
public record SlaMeasure(Duration target, Duration elapsed, Duration left, Optional<Instant> due, State state) {

    /** The state of a target. */
    public enum State {
        /** Not achieved, not due yet, the clock runs. */
        RUNNING,
        /** Not achieved, not due yet, the clock stands still (an open pause). */
        PAUSED,
        /** Achieved at or before the due instant. */
        MET,
        /** Achieved after the due instant, or not achieved and the due instant has passed. */
        BREACHED
    }

    /**
     * @throws ValidationException a component {@code must not be null}
     */
    public SlaMeasure {
        Require.nonNull("target", target);
        Require.nonNull("elapsed", elapsed);
        Require.nonNull("left", left);
        Require.nonNull("due", due);
        Require.nonNull("state", state);
    }

    /**
     * Measures a target.
     *
     * @param calendar   the business calendar, not null
     * @param started    when the clock started (the ticket was opened), not null
     * @param target     the target, not null, positive
     * @param pauses     when the clock stood still, not null
     * @param achievedAt when the target was achieved (first response, resolution), or empty
     * @param now        the moment of the measure, not before {@code started}; ignored once achieved
     * @return the measure
     * @throws ValidationException {@code now}/{@code achievedAt} {@code must not be before started};
     *                             {@code target} {@code "must be positive"}
     */
    public static SlaMeasure of(BusinessCalendar calendar, Instant started, Duration target, List<Pause> pauses,
                                Optional<Instant> achievedAt, Instant now) {
        Require.nonNull("calendar", calendar);
        Require.nonNull("target", target);
        Require.nonNull("achievedAt", achievedAt);
        if (target.isNegative() || target.isZero()) {
            throw new ValidationException("target", "must be positive", target);
        }
        Instant end = achievedAt.orElse(now);
        Require.period("started", started, achievedAt.isPresent() ? "achievedAt" : "now", end);
        Duration elapsed = calendar.between(started, end, pauses);
        Optional<Instant> due = calendar.plus(started, target, pauses);
        State state;
        if (due.isPresent() && end.isAfter(due.get())) {
            state = State.BREACHED;
        } else if (achievedAt.isPresent()) {
            state = State.MET;
        } else {
            state = pauses.stream().anyMatch(p -> p.open() && !p.from().isAfter(now)) ? State.PAUSED : State.RUNNING;
        }
        return new SlaMeasure(target, elapsed, target.minus(elapsed), due, state);
    }

    /** @return whether the target was or is overrun */
    public boolean breached() {
        return state == State.BREACHED;
    }
}
