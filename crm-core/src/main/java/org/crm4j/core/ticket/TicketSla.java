package org.crm4j.core.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Require;

/**
 * Where a ticket's two SLA targets stand: the first response (measured from opening to the first
 * {@link CommentKind#AGENT_REPLY}, never paused) and the resolution (from opening to resolution, paused while the
 * ticket is PENDING and between a resolution and a reopen).
 *
 * @param firstResponse the first-response measure
 * @param resolution    the resolution measure
 */
public record TicketSla(SlaMeasure firstResponse, SlaMeasure resolution) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public TicketSla {
        Require.nonNull("firstResponse", firstResponse);
        Require.nonNull("resolution", resolution);
    }

    /**
     * Measures a ticket's targets from what they depend on (so that a caller holding only these, such as service
     * automation, need not load the whole ticket); {@link Ticket#sla} calls it with the ticket's own.
     *
     * @param calendar        the business calendar, not null
     * @param openedAt        when the ticket was opened, not null
     * @param targets         its SLA targets, not null
     * @param firstResponseAt its first {@link CommentKind#AGENT_REPLY}, if any
     * @param history         its status moves, oldest first, not null
     * @param resolvedAt      its last resolution if it is RESOLVED or CLOSED, else empty
     * @param now             the moment, not before {@code openedAt}
     * @return the first-response measure (never paused: waiting for the customer presupposes a reply) and the
     *         resolution measure (paused while PENDING and between a resolution and a reopen, stopped for good at the
     *         resolution)
     * @throws org.crm4j.core.ValidationException {@code now} {@code must not be before started}
     */
    public static TicketSla of(BusinessCalendar calendar, Instant openedAt, SlaTargets targets,
                               Optional<Instant> firstResponseAt, List<TicketStatusChange> history,
                               Optional<Instant> resolvedAt, Instant now) {
        Require.nonNull("targets", targets);
        Require.nonNull("resolvedAt", resolvedAt);
        SlaMeasure firstResponse = SlaMeasure.of(calendar, openedAt, targets.firstResponse(), List.of(),
                firstResponseAt, now);
        List<Pause> stops = new ArrayList<>(Pause.during(history));
        if (resolvedAt.isPresent()) {
            // the clock stopped for good at the resolution: the due time shows when it would have run out
            Pause last = stops.remove(stops.size() - 1);
            stops.add(Pause.between(last.from(), resolvedAt.get()));
        }
        SlaMeasure resolution = SlaMeasure.of(calendar, openedAt, targets.resolution(), stops, resolvedAt, now);
        return new TicketSla(firstResponse, resolution);
    }

    /** @return whether either target is breached */
    public boolean breached() {
        return firstResponse.breached() || resolution.breached();
    }
}
