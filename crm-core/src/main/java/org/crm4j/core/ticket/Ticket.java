package org.crm4j.core.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.SaleId;

/**
 * A customer's complaint, question, request or incident. Immutable: each business action returns a changed copy
 * (same version; the repository raises it when it stores the copy).
 *
 * <p>Invariants (checked by the canonical constructor, which also rebuilds stored tickets): a resolution exists
 * exactly when the status is {@code RESOLVED} or {@code CLOSED}; the status history is a chain of legal moves that
 * starts at {@code NEW} and ends at the status; the timestamps do not go back.
 *
 * @param id            the identity
 * @param customer      the customer it is about
 * @param subject       one line, 1 to 200 characters
 * @param description   the customer's words, 1 to 4 000 characters
 * @param category      one of the host's categories, 1 to 50 characters
 * @param priority      the priority
 * @param channel       how it came in
 * @param slaTargets    the SLA targets it got when it was opened (a later policy change leaves them), if any
 * @param sale          the sale it is about, if any
 * @param product       the product it is about, if any
 * @param assignee      the agent responsible, if any
 * @param team          the team responsible, if any
 * @param status        the status
 * @param resolution    how it was solved, present when RESOLVED or CLOSED
 * @param firstResponseTime the business time to the first response and whether its target was met, once
 *                      {@link #measured(BusinessCalendar) measured}; present only after a first response
 * @param resolutionTime the business time to the (last) resolution and whether its target was met, once measured;
 *                      present only while RESOLVED or CLOSED (a reopen drops it)
 * @param comments      the thread, oldest first
 * @param statusHistory every status move, oldest first
 * @param assignments   every (re)assignment, oldest first
 * @param createdAt     when it was opened
 * @param updatedAt     the last change
 * @param version       the stored version, from 0
 */
public record Ticket(TicketId id, CustomerId customer, String subject, String description, String category,
                     TicketPriority priority, TicketChannel channel, Optional<SlaTargets> slaTargets, Optional<SaleId> sale,
                     Optional<ProductId> product, Optional<String> assignee, Optional<String> team,
                     TicketStatus status, Optional<Resolution> resolution,
                     Optional<MeasuredTime> firstResponseTime, Optional<MeasuredTime> resolutionTime,
                     List<TicketComment> comments,
                     List<TicketStatusChange> statusHistory, List<AssignmentChange> assignments,
                     Instant createdAt, Instant updatedAt, long version) {

    /** The longest subject. */
    public static final int MAX_SUBJECT = 200;

    /**
     * @throws ValidationException naming the offending field when an invariant does not hold
     */
    public Ticket {
        Require.nonNull("id", id);
        Require.nonNull("customer", customer);
        subject = Require.text("subject", subject, MAX_SUBJECT);
        description = Require.text("description", description, TicketComment.MAX_TEXT);
        category = Require.text("category", category, 50);
        Require.nonNull("priority", priority);
        Require.nonNull("channel", channel);
        Require.nonNull("slaTargets", slaTargets);
        Require.nonNull("sale", sale);
        Require.nonNull("product", product);
        assignee = optionalText("assignee", assignee);
        team = optionalText("team", team);
        Require.nonNull("status", status);
        Require.nonNull("resolution", resolution);
        Require.nonNull("firstResponseTime", firstResponseTime);
        Require.nonNull("resolutionTime", resolutionTime);
        comments = List.copyOf(Require.nonNull("comments", comments));
        statusHistory = List.copyOf(Require.nonNull("statusHistory", statusHistory));
        assignments = List.copyOf(Require.nonNull("assignments", assignments));
        Require.nonNull("createdAt", createdAt);
        Require.notBefore("updatedAt", Require.nonNull("updatedAt", updatedAt), "createdAt", createdAt);
        Require.notNegative("version", version);
        boolean solved = status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED;
        if (solved != resolution.isPresent()) {
            throw new ValidationException("resolution", "must be present exactly when RESOLVED or CLOSED",
                    resolution);
        }
        TicketStatus at = TicketStatus.NEW;
        for (TicketStatusChange change : statusHistory) {
            if (change.from() != at || !at.next().contains(change.to())) {
                throw new ValidationException("statusHistory", "must be a chain of legal moves from NEW", change);
            }
            at = change.to();
        }
        if (at != status) {
            throw new ValidationException("statusHistory", "must end at the status " + status, statusHistory);
        }
        if (firstResponseTime.isPresent()
                && comments.stream().noneMatch(c -> c.kind() == CommentKind.AGENT_REPLY)) {
            throw new ValidationException("firstResponseTime", "must be present only after a first response",
                    firstResponseTime);
        }
        if (resolutionTime.isPresent() && resolution.isEmpty()) {
            throw new ValidationException("resolutionTime", "must be present only when RESOLVED or CLOSED",
                    resolutionTime);
        }
    }

    private static Optional<String> optionalText(String field, Optional<String> value) {
        Require.nonNull(field, value);
        return value.map(text -> Require.text(field, text, 100));
    }

    /**
     * A new ticket, status {@code NEW}, version 0, no assignee, comments or history.
     *
     * @param id      its id
     * @param command what to open
     * @param targets its SLA targets, if the host has an SLA policy
     * @param now     the time
     * @return the ticket
     * @throws ValidationException naming the field of the command that breaks a rule
     */
    public static Ticket open(TicketId id, NewTicket command, Optional<SlaTargets> targets, Instant now) {
        Require.nonNull("command", command);
        return new Ticket(id, command.customer(), command.subject(), command.description(), command.category(),
                command.priority(), command.channel(), targets, command.sale(), command.product(), Optional.empty(),
                Optional.empty(), TicketStatus.NEW, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), List.of(), now, now, 0);
    }

    /**
     * Moves the ticket to {@code OPEN}, {@code PENDING} or {@code CLOSED}; {@code RESOLVED → OPEN} is a reopen.
     *
     * @param next         the new status
     * @param now          the time
     * @param reopenWindow how long after the resolution a reopen is allowed
     * @return the moved ticket; the resolution is dropped on a reopen
     * @throws ValidationException {@code status} {@code must move from <S> to one of [...]};
     *                             {@code resolution} {@code must be given to resolve} for {@code RESOLVED};
     *                             {@code status} {@code must be reopened within <window> of its resolution}
     */
    public Ticket moveTo(TicketStatus next, Instant now, Duration reopenWindow) {
        Require.nonNull("status", next);
        Require.nonNull("reopenWindow", reopenWindow);
        if (next == TicketStatus.RESOLVED) {
            throw new ValidationException("resolution", "must be given to resolve", null);
        }
        requireMove(next);
        Optional<Resolution> kept = resolution;
        if (status == TicketStatus.RESOLVED && next == TicketStatus.OPEN) {
            Instant resolvedAt = resolvedAt().orElseThrow();
            if (now.isAfter(resolvedAt.plus(reopenWindow))) {
                throw new ValidationException("status", "must be reopened within " + reopenWindow
                        + " of its resolution", "resolved at " + resolvedAt);
            }
            kept = Optional.empty();
        }
        return moved(next, kept, now);
    }

    /**
     * Resolves the ticket from {@code OPEN} or {@code PENDING}.
     *
     * @param how the resolution, not null
     * @param now the time
     * @return the resolved ticket
     * @throws ValidationException {@code resolution} {@code must not be null}; {@code status}
     *                             {@code must move from <S> to one of [...]}
     */
    public Ticket resolve(Resolution how, Instant now) {
        Require.nonNull("resolution", how);
        requireMove(TicketStatus.RESOLVED);
        return moved(TicketStatus.RESOLVED, Optional.of(how), now);
    }

    /**
     * Hands the ticket to an agent and/or a team; recorded in {@link #assignments()}.
     *
     * @param newAssignee the agent, or empty
     * @param newTeam     the team, or empty
     * @param now         the time
     * @return the reassigned ticket
     * @throws ValidationException {@code status} {@code must not be CLOSED}; blank or over-long names
     */
    public Ticket assign(Optional<String> newAssignee, Optional<String> newTeam, Instant now) {
        requireNotClosed();
        Optional<String> agent = optionalText("assignee", newAssignee);
        Optional<String> group = optionalText("team", newTeam);
        List<AssignmentChange> history = new ArrayList<>(assignments);
        history.add(new AssignmentChange(agent, group, now));
        return new Ticket(id, customer, subject, description, category, priority, channel, slaTargets, sale, product, agent,
                group, status, resolution, firstResponseTime, resolutionTime, comments, statusHistory, history, createdAt,
                now, version);
    }

    /**
     * Adds a comment to the thread.
     *
     * @param comment the comment, not null
     * @return the ticket with the comment last
     * @throws ValidationException {@code status} {@code must not be CLOSED}
     */
    public Ticket comment(TicketComment comment) {
        Require.nonNull("comment", comment);
        requireNotClosed();
        List<TicketComment> thread = new ArrayList<>(comments);
        thread.add(comment);
        return new Ticket(id, customer, subject, description, category, priority, channel, slaTargets, sale, product, assignee,
                team, status, resolution, firstResponseTime, resolutionTime, thread, statusHistory, assignments,
                createdAt, comment.at(), version);
    }

    /**
     * @param newPriority the priority
     * @param now         the time
     * @return the ticket with that priority
     * @throws ValidationException {@code status} {@code must not be CLOSED}
     */
    public Ticket changePriority(TicketPriority newPriority, Instant now) {
        Require.nonNull("priority", newPriority);
        requireNotClosed();
        return new Ticket(id, customer, subject, description, category, newPriority, channel, slaTargets, sale, product,
                assignee, team, status, resolution, firstResponseTime, resolutionTime, comments, statusHistory,
                assignments, createdAt, now, version);
    }

    /** @return when the ticket was last resolved, if it is RESOLVED or CLOSED */
    public Optional<Instant> resolvedAt() {
        if (resolution.isEmpty()) {
            return Optional.empty();
        }
        for (int i = statusHistory.size() - 1; i >= 0; i--) {
            if (statusHistory.get(i).to() == TicketStatus.RESOLVED) {
                return Optional.of(statusHistory.get(i).at());
            }
        }
        return Optional.empty();
    }

    /** @return when an agent first replied to the customer ({@link CommentKind#AGENT_REPLY}), if one has */
    public Optional<Instant> firstResponseAt() {
        return comments.stream().filter(c -> c.kind() == CommentKind.AGENT_REPLY).map(TicketComment::at).findFirst();
    }

    /**
     * The intervals in which the SLA clock stands still: while the ticket waits for the customer (PENDING) or is
     * RESOLVED (until a reopen); the last one is open if the ticket is PENDING, RESOLVED or CLOSED now.
     *
     * @return the pauses, oldest first
     */
    public List<Pause> pauses() {
        return Pause.during(statusHistory);
    }

    /**
     * Where the ticket's SLA targets stand at a moment, in business time of a calendar.
     *
     * @param calendar the business calendar, not null
     * @param now      the moment, not before {@link #createdAt()}
     * @return the first-response and resolution measures, or empty if the ticket has no SLA targets
     * @throws ValidationException {@code now} {@code must not be before started}
     */
    public Optional<TicketSla> sla(BusinessCalendar calendar, Instant now) {
        Require.nonNull("calendar", calendar);
        return slaTargets.map(targets -> TicketSla.of(calendar, createdAt, targets, firstResponseAt(), statusHistory,
                resolvedAt(), now));
    }

    /**
     * Measures the SLA targets achieved since the last measure, so that the reports can aggregate business times
     * in SQL: the first response once (it never changes), the resolution whenever the ticket is RESOLVED or CLOSED
     * without a measured resolution (again after a reopen). A ticket without SLA targets is not measured (nothing
     * to meet), nor is a target not yet achieved. The ticket service calls this on every change it stores, with the
     * calendar of the host's {@link ServiceLevels}; a ticket stored before measures existed (crm-jpa's V16) is
     * measured at its next change, with the calendar configured then.
     *
     * @param calendar the business calendar, not null
     * @return this ticket with the missing measures of achieved targets (the same ticket if none is missing)
     */
    public Ticket measured(BusinessCalendar calendar) {
        Require.nonNull("calendar", calendar);
        boolean firstMissing = firstResponseTime.isEmpty() && firstResponseAt().isPresent();
        boolean resolutionMissing = resolutionTime.isEmpty() && resolution.isPresent();
        if (slaTargets.isEmpty() || !firstMissing && !resolutionMissing) {
            return this;
        }
        TicketSla sla = sla(calendar, updatedAt).orElseThrow();
        Optional<MeasuredTime> first = firstMissing ? Optional.of(MeasuredTime.of(sla.firstResponse()))
                : firstResponseTime;
        Optional<MeasuredTime> solved = resolutionMissing ? resolvedAt().map(at -> MeasuredTime.of(sla.resolution()))
                : resolutionTime;
        return new Ticket(id, customer, subject, description, category, priority, channel, slaTargets, sale, product,
                assignee, team, status, resolution, first, solved, comments, statusHistory, assignments, createdAt,
                updatedAt, version);
    }

    /** @return how many times the ticket was reopened (moved from RESOLVED back to OPEN) */
    public int reopens() {
        int count = 0;
        for (TicketStatusChange change : statusHistory) {
            if (change.from() == TicketStatus.RESOLVED && change.to() == TicketStatus.OPEN) {
                count++;
            }
        }
        return count;
    }

    /**
     * @param newVersion the version
     * @return a copy with that version
     */
    public Ticket withVersion(long newVersion) {
        return new Ticket(id, customer, subject, description, category, priority, channel, slaTargets, sale, product, assignee,
                team, status, resolution, firstResponseTime, resolutionTime, comments, statusHistory, assignments,
                createdAt, updatedAt, newVersion);
    }

    private void requireMove(TicketStatus next) {
        if (!status.next().contains(next)) {
            throw new ValidationException("status", "must move from " + status + " to one of " + status.next(), next);
        }
    }

    private void requireNotClosed() {
        if (status == TicketStatus.CLOSED) {
            throw new ValidationException("status", "must not be CLOSED", status);
        }
    }

    private Ticket moved(TicketStatus next, Optional<Resolution> newResolution, Instant now) {
        List<TicketStatusChange> history = new ArrayList<>(statusHistory);
        history.add(new TicketStatusChange(status, next, now));
        return new Ticket(id, customer, subject, description, category, priority, channel, slaTargets, sale, product, assignee,
                team, next, newResolution, firstResponseTime,
                newResolution.isPresent() ? resolutionTime : Optional.empty(), comments, history, assignments, createdAt,
                now, version);
    }
}
