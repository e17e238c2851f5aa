package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.automation.AssignmentStrategy;
import org.crm4j.core.automation.AutoAssignment;
import org.crm4j.core.automation.AutomationReport;
import org.crm4j.core.automation.AutomationRules;
import org.crm4j.core.automation.Escalation;
import org.crm4j.core.automation.EscalationCandidate;
import org.crm4j.core.automation.EscalationFlag;
import org.crm4j.core.automation.EscalationLevel;
import org.crm4j.core.automation.EscalationRule;
import org.crm4j.core.automation.ServiceAutomation;
import org.crm4j.core.automation.ServiceQueue;
import org.crm4j.core.automation.SlaTarget;
import org.crm4j.core.automation.Team;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.CommentKind;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.Resolution;
import org.crm4j.core.ticket.SlaPolicy;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketService;
import org.crm4j.core.ticket.TicketSettings;
import org.crm4j.core.ticket.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link ServiceAutomation} does over any adapter's ports. The CRM works around the clock (UTC, every day);
 * every ticket has 1 hour to a first response and 8 hours to a resolution. Team {@code care} (Ann, Bob, Cid;
 * lead Lea) gets COMPLAINTs in turn, team {@code billing} (Dan, Eve; lead Lea) gets QUESTIONs by load; an SLA
 * target with 15 minutes left or breached raises the priority and goes to the lead; RESOLVED tickets close after
 * 3 days.
 */
public abstract class ServiceAutomationContract extends PortsContract {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private MutableClock clock;
    private Crm crm;
    private TicketService tickets;
    private ServiceAutomation automation;
    private CustomerId ada;

    @BeforeEach
    final void crmWithRules() {
        clock = new MutableClock(NOW);
        SlaPolicy.Builder policy = SlaPolicy.builder();
        for (TicketPriority priority : TicketPriority.values()) {
            policy.targets(priority, new SlaTargets(Duration.ofHours(1), Duration.ofHours(8)));
        }
        BusinessCalendar always = always();
        AutomationRules rules = AutomationRules.none()
                .withTeam(new Team("care", List.of("ann", "bob", "cid"), "lea"))
                .withTeam(new Team("billing", List.of("dan", "eve"), "lea"))
                .assigning("COMPLAINT", "care", AssignmentStrategy.ROUND_ROBIN)
                .assigning("QUESTION", "billing", AssignmentStrategy.LEAST_LOADED)
                .escalating(new EscalationRule(Duration.ofMinutes(15), true, true))
                .autoClosingAfter(Duration.ofDays(3));
        crm = Crm.builder(ports).clock(clock).ids(IdGenerator.random())
                .ticketSettings(TicketSettings.defaults().withServiceLevels(always, policy.build()))
                .automationRules(rules).build();
        tickets = crm.tickets();
        automation = crm.automation();
        ada = crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org")).id();
    }

    private static BusinessCalendar always() {
        return BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).build();
    }

    private Ticket open(String category) {
        clock.advance(Duration.ofSeconds(1));
        return tickets.open(NewTicket.of(ada, "Help", "Please help.", category, TicketPriority.NORMAL,
                TicketChannel.EMAIL));
    }

    private AutomationReport runAt(Instant now) {
        clock.set(now);
        return automation.run(now);
    }

    private List<Ticket> all() {
        return tickets.ofCustomer(ada);
    }

    @Test
    void assign_roundRobin_takesTurnsAcrossRuns() {
        List<Ticket> opened = List.of(open("COMPLAINT"), open("COMPLAINT"), open("COMPLAINT"), open("COMPLAINT"));
        Instant at = clock.instant();

        AutomationReport first = runAt(at);

        assertEquals(List.of(new AutoAssignment(opened.get(0).id(), "care", "ann"),
                new AutoAssignment(opened.get(1).id(), "care", "bob"),
                new AutoAssignment(opened.get(2).id(), "care", "cid"),
                new AutoAssignment(opened.get(3).id(), "care", "ann")), first.assigned());
        Ticket stored = tickets.get(opened.get(1).id());
        assertEquals(Optional.of("bob"), stored.assignee());
        assertEquals(Optional.of("care"), stored.team());
        assertEquals(TicketStatus.NEW, stored.status());
        assertEquals(1, stored.version());

        Ticket fifth = open("COMPLAINT");
        assertEquals(List.of(new AutoAssignment(fifth.id(), "care", "bob")), runAt(clock.instant()).assigned());
    }

    @Test
    void assign_leastLoaded_countsOpenTicketsOfEachMember() {
        Ticket a = open("QUESTION");
        Ticket b = open("QUESTION");
        tickets.assign(a.id(), Optional.of("dan"), Optional.of("billing"));
        tickets.assign(b.id(), Optional.of("dan"), Optional.of("billing"));
        Ticket c = open("QUESTION");
        Ticket d = open("QUESTION");
        Ticket e = open("QUESTION");

        AutomationReport report = runAt(clock.instant());

        assertEquals(List.of(new AutoAssignment(c.id(), "billing", "eve"),
                new AutoAssignment(d.id(), "billing", "eve"),
                new AutoAssignment(e.id(), "billing", "dan")), report.assigned());
    }

    @Test
    void assign_onlyNewTicketsWithoutTeamOfARuledCategory() {
        Ticket incident = open("INCIDENT");
        Ticket taken = open("COMPLAINT");
        tickets.assign(taken.id(), Optional.empty(), Optional.of("care"));
        Ticket opened = open("COMPLAINT");
        tickets.moveTo(opened.id(), TicketStatus.OPEN);
        List<Ticket> before = all();

        AutomationReport report = runAt(clock.instant());

        assertEquals(List.of(), report.assigned());
        assertEquals(before, all());
        assertEquals(Optional.empty(), tickets.get(incident.id()).assignee());
    }

    @Test
    void escalate_atRiskThenBreached_eachOnce() {
        Ticket ticket = open("COMPLAINT");
        Instant created = ticket.createdAt();
        assertEquals(1, runAt(created).assigned().size());
        assertTrue(runAt(created.plus(Duration.ofMinutes(44))).isEmpty());

        AutomationReport atRisk = runAt(created.plus(Duration.ofMinutes(45)));
        assertEquals(List.of(new Escalation(ticket.id(), SlaTarget.FIRST_RESPONSE, EscalationLevel.AT_RISK,
                TicketPriority.HIGH, Optional.of("lea"))), atRisk.escalated());
        Ticket stored = tickets.get(ticket.id());
        assertEquals(TicketPriority.HIGH, stored.priority());
        assertEquals(Optional.of("lea"), stored.assignee());
        assertEquals(Optional.of("care"), stored.team());
        assertTrue(runAt(created.plus(Duration.ofMinutes(50))).isEmpty());

        Instant late = created.plus(Duration.ofMinutes(61));
        AutomationReport breached = runAt(late);
        assertEquals(List.of(new Escalation(ticket.id(), SlaTarget.FIRST_RESPONSE, EscalationLevel.BREACHED,
                TicketPriority.URGENT, Optional.of("lea"))), breached.escalated());
        assertEquals(List.of(
                new EscalationFlag(ticket.id(), SlaTarget.FIRST_RESPONSE, EscalationLevel.AT_RISK,
                        created.plus(Duration.ofMinutes(45))),
                new EscalationFlag(ticket.id(), SlaTarget.FIRST_RESPONSE, EscalationLevel.BREACHED, late)),
                automation.flags(ticket.id()));

        AutomationReport resolution = runAt(created.plus(Duration.ofHours(7)).plus(Duration.ofMinutes(45)));
        assertEquals(List.of(new Escalation(ticket.id(), SlaTarget.RESOLUTION, EscalationLevel.AT_RISK,
                TicketPriority.URGENT, Optional.of("lea"))), resolution.escalated());
    }

    @Test
    void queue_leavesOutTicketsWhoseTargetsAreFlaggedBreached_andResolvedOnesNotDue() {
        Ticket breached = open("INCIDENT");
        Ticket answered = open("INCIDENT");
        tickets.comment(answered.id(), "ann", "We are on it.", CommentKind.AGENT_REPLY);
        Ticket fresh = open("INCIDENT");
        runAt(breached.createdAt().plus(Duration.ofHours(9)));
        Ticket later = open("INCIDENT");
        ServiceQueue queue = ports.get(ServiceQueue.class);

        List<TicketId> candidates = tx(() -> queue.escalationCandidates()).stream().map(EscalationCandidate::id)
                .toList();

        assertEquals(List.of(later.id()), candidates);
        assertEquals(4, tx(() -> queue.flagsOf(List.of(breached.id(), fresh.id()))).stream()
                .filter(f -> f.level() == EscalationLevel.BREACHED).count());
        tickets.moveTo(fresh.id(), TicketStatus.OPEN);
        Ticket resolved = tickets.resolve(fresh.id(), new Resolution("FIXED", "Done."));
        Instant at = resolved.resolvedAt().orElseThrow();
        assertEquals(List.of(), tx(() -> queue.resolvedUntil(at.minusNanos(1000))));
        assertEquals(List.of(fresh.id()), tx(() -> queue.resolvedUntil(at)).stream().map(Ticket::id).toList());
    }

    @Test
    void queue_candidatesMeasureAsTheirTickets_withTheirFlags_andWholeTicketsById() {
        Ticket answered = open("INCIDENT");
        Ticket pending = open("INCIDENT");
        Ticket fresh = open("INCIDENT");
        tickets.moveTo(pending.id(), TicketStatus.OPEN);
        clock.advance(MINUTE);
        tickets.comment(answered.id(), "ann", "We are on it.", CommentKind.AGENT_REPLY);
        tickets.comment(pending.id(), "ann", "Which parcel?", CommentKind.AGENT_REPLY);
        tickets.moveTo(pending.id(), TicketStatus.PENDING);
        Instant at = fresh.createdAt().plus(Duration.ofMinutes(50));
        runAt(at); // the fresh ticket's first response is at risk: one flag
        tickets.assign(answered.id(), Optional.of("ann"), Optional.of("care"));
        ServiceQueue queue = ports.get(ServiceQueue.class);

        List<EscalationCandidate> candidates = tx(() -> queue.escalationCandidates());

        assertEquals(List.of(answered.id(), pending.id(), fresh.id()),
                candidates.stream().map(EscalationCandidate::id).toList());
        Instant later = at.plus(Duration.ofHours(3));
        for (EscalationCandidate candidate : candidates) {
            Ticket ticket = tickets.get(candidate.id());
            assertEquals(ticket.sla(always(), later).orElseThrow(), candidate.sla(always(), later));
            assertEquals(ticket.statusHistory(), candidate.statusHistory());
            assertEquals(ticket.firstResponseAt(), candidate.firstResponseAt());
            assertEquals(Set.copyOf(automation.flags(ticket.id())), Set.copyOf(candidate.flags()));
        }
        assertEquals(1, candidates.get(2).flags().size());
        assertEquals(Set.of(tickets.get(answered.id()), tickets.get(fresh.id())), Set.copyOf(tx(() -> queue.tickets(
                List.of(answered.id(), fresh.id(), new TicketId(Fixtures.uuid(404)))))));
        assertEquals(List.of(), tx(() -> queue.tickets(List.of())));
    }

    @Test
    void escalate_notAfterTheFirstResponse_norWhilePending() {
        Ticket answered = open("INCIDENT");
        Ticket pending = open("INCIDENT");
        tickets.moveTo(pending.id(), TicketStatus.OPEN);
        clock.advance(MINUTE);
        tickets.comment(answered.id(), "ann", "We are on it.", CommentKind.AGENT_REPLY);
        tickets.comment(pending.id(), "ann", "Which parcel?", CommentKind.AGENT_REPLY);
        tickets.moveTo(pending.id(), TicketStatus.PENDING);

        AutomationReport report = runAt(answered.createdAt().plus(Duration.ofHours(2)));

        assertEquals(List.of(), report.escalated());
        assertEquals(TicketPriority.NORMAL, tickets.get(answered.id()).priority());
        assertEquals(Optional.empty(), tickets.get(answered.id()).assignee());
        AutomationReport later = runAt(answered.createdAt().plus(Duration.ofHours(7)).plus(Duration.ofMinutes(50)));
        assertEquals(List.of(new Escalation(answered.id(), SlaTarget.RESOLUTION, EscalationLevel.AT_RISK,
                TicketPriority.HIGH, Optional.empty())), later.escalated());
    }

    @Test
    void autoClose_resolvedTicketsAfterTheirDelay() {
        Ticket ticket = open("INCIDENT");
        tickets.moveTo(ticket.id(), TicketStatus.OPEN);
        tickets.comment(ticket.id(), "ann", "Done.", CommentKind.AGENT_REPLY);
        Ticket resolved = tickets.resolve(ticket.id(), new Resolution("FIXED", "Fixed."));
        Instant resolvedAt = resolved.resolvedAt().orElseThrow();

        assertTrue(runAt(resolvedAt.plus(Duration.ofDays(3)).minusSeconds(1)).isEmpty());
        AutomationReport report = runAt(resolvedAt.plus(Duration.ofDays(3)));

        assertEquals(List.of(ticket.id()), report.closed());
        assertEquals(TicketStatus.CLOSED, tickets.get(ticket.id()).status());
        assertTrue(runAt(resolvedAt.plus(Duration.ofDays(4))).isEmpty());
    }

    @Test
    void run_twice_changesNothingMore() {
        open("COMPLAINT");
        open("QUESTION");
        Ticket resolved = open("INCIDENT");
        tickets.moveTo(resolved.id(), TicketStatus.OPEN);
        tickets.resolve(resolved.id(), new Resolution("FIXED", "Fixed."));
        Instant later = clock.instant().plus(Duration.ofDays(5));

        AutomationReport first = runAt(later);
        List<Ticket> after = all();
        List<List<EscalationFlag>> flags = after.stream().map(t -> automation.flags(t.id())).toList();
        AutomationReport second = runAt(later);

        assertEquals(2, first.assigned().size());
        assertEquals(List.of(resolved.id()), first.closed());
        assertEquals(4, first.escalated().size()); // both targets of both open tickets are breached
        assertTrue(second.isEmpty(), second.toString());
        assertEquals(after, all());
        assertEquals(flags, after.stream().map(t -> automation.flags(t.id())).toList());
    }

    @Test
    void report_isImmutable() {
        open("COMPLAINT");
        AutomationReport report = runAt(clock.instant());
        assertThrows(UnsupportedOperationException.class, () -> report.assigned().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> report.closed().add(new TicketId(Fixtures.uuid(1))));
    }

    @Test
    void run_withoutRules_doesNothing() {
        Crm plain = crm(clock, IdGenerator.random());
        Ticket ticket = plain.tickets().open(NewTicket.of(ada, "Help", "Please help.", "COMPLAINT",
                TicketPriority.NORMAL, TicketChannel.EMAIL));
        assertTrue(plain.automation().run(clock.instant().plus(Duration.ofDays(30))).isEmpty());
        assertEquals(ticket, plain.tickets().get(ticket.id()));
    }
}
