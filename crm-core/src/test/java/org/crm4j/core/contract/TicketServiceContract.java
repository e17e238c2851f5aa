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
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.SaleId;
import org.crm4j.core.ticket.AssignmentChange;
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.CommentKind;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.Resolution;
import org.crm4j.core.ticket.SlaMeasure;
import org.crm4j.core.ticket.SlaPolicy;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketComment;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketRepository;
import org.crm4j.core.ticket.TicketService;
import org.crm4j.core.ticket.TicketSettings;
import org.crm4j.core.ticket.TicketSla;
import org.crm4j.core.ticket.TicketStatus;
import org.crm4j.core.ticket.TicketStatusChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What {@link TicketService} does over any adapter's ports (default ticket settings: categories COMPLAINT,
 * INCIDENT, QUESTION, REQUEST; reopen window 7 days). Every refused call is checked to have changed nothing.
 */
public abstract class TicketServiceContract extends PortsContract {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private MutableClock clock;
    private Crm crm;
    private TicketService tickets;
    private CustomerId ada;
    private ProductId tea;
    private SaleId sale;

    @BeforeEach
    final void crmWithACustomerAndASale() {
        clock = new MutableClock(NOW);
        crm = crm(clock, IdGenerator.random());
        tickets = crm.tickets();
        ada = crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org")).id();
        tea = crm.products().create(new NewProduct("TEA-1", "Tea", Money.of("4.50", "EUR"), 10)).id();
        sale = crm.sales().record(NewSale.of(ada, tea, 2)).id();
    }

    private NewTicket complaint() {
        return NewTicket.of(ada, "Tea arrived wet", "The parcel was soaked.", "COMPLAINT", TicketPriority.HIGH,
                TicketChannel.EMAIL);
    }

    private Ticket at(TicketStatus status) {
        Ticket ticket = tickets.open(complaint());
        if (status == TicketStatus.NEW) {
            return ticket;
        }
        clock.advance(MINUTE);
        ticket = tickets.moveTo(ticket.id(), TicketStatus.OPEN);
        if (status == TicketStatus.PENDING) {
            clock.advance(MINUTE);
            return tickets.moveTo(ticket.id(), TicketStatus.PENDING);
        }
        if (status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED) {
            clock.advance(MINUTE);
            ticket = tickets.resolve(ticket.id(), new Resolution("REPLACED", "Sent a new box."));
        }
        if (status == TicketStatus.CLOSED) {
            clock.advance(MINUTE);
            ticket = tickets.moveTo(ticket.id(), TicketStatus.CLOSED);
        }
        return ticket;
    }

    /** Asserts that {@code call} is refused on {@code field} with {@code rule} and that the ticket is unchanged. */
    private void refused(TicketId id, String field, String rule, Executable call) {
        Ticket before = tickets.get(id);
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(rule, e.rule(), e.getMessage());
        assertEquals(before, tickets.get(id));
    }

    @Test
    void deleteCustomerWithATicket_isRefusedAndKeepsBoth() {
        CustomerId bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org")).id();
        Ticket opened = tickets.open(NewTicket.of(bob, "Where is my tea?", "Ordered last week.", "QUESTION",
                TicketPriority.LOW, TicketChannel.WEB));

        ValidationException e = assertThrows(ValidationException.class, () -> crm.customers().delete(bob));

        assertEquals("customerId", e.field(), e.getMessage());
        assertEquals(CustomerRepository.REFERENCED, e.rule(), e.getMessage());
        assertEquals(bob, crm.customers().get(bob).id());
        assertEquals(opened, tickets.get(opened.id()));
    }

    @Test
    void open_storesANewTicket() {
        Ticket opened = tickets.open(complaint().withSale(sale).withProduct(tea));

        assertEquals(TicketStatus.NEW, opened.status());
        assertEquals(0, opened.version());
        assertEquals(NOW, opened.createdAt());
        assertEquals(Optional.of(sale), opened.sale());
        assertEquals(Optional.of(tea), opened.product());
        assertEquals(opened, tickets.get(opened.id()));
        assertEquals(List.of(opened), tickets.ofCustomer(ada));
    }

    @Test
    void lifecycle_recordsEveryMoveWithItsTime() {
        Ticket ticket = tickets.open(complaint());
        clock.advance(MINUTE);
        tickets.moveTo(ticket.id(), TicketStatus.OPEN);
        clock.advance(MINUTE);
        tickets.moveTo(ticket.id(), TicketStatus.PENDING);
        clock.advance(MINUTE);
        tickets.moveTo(ticket.id(), TicketStatus.OPEN);
        clock.advance(MINUTE);
        tickets.resolve(ticket.id(), new Resolution("REPLACED", "Sent a new box."));
        clock.advance(MINUTE);
        Ticket closed = tickets.moveTo(ticket.id(), TicketStatus.CLOSED);

        assertEquals(List.of(new TicketStatusChange(TicketStatus.NEW, TicketStatus.OPEN, NOW.plus(MINUTE)),
                new TicketStatusChange(TicketStatus.OPEN, TicketStatus.PENDING, NOW.plus(MINUTE.multipliedBy(2))),
                new TicketStatusChange(TicketStatus.PENDING, TicketStatus.OPEN, NOW.plus(MINUTE.multipliedBy(3))),
                new TicketStatusChange(TicketStatus.OPEN, TicketStatus.RESOLVED, NOW.plus(MINUTE.multipliedBy(4))),
                new TicketStatusChange(TicketStatus.RESOLVED, TicketStatus.CLOSED, NOW.plus(MINUTE.multipliedBy(5)))),
                closed.statusHistory());
        assertEquals(Optional.of(new Resolution("REPLACED", "Sent a new box.")), closed.resolution());
        assertEquals(5, closed.version());
        assertEquals(closed, tickets.get(ticket.id()));
    }

    @Test
    void illegalMoves_areRefused_andChangeNothing() {
        TicketId fresh = at(TicketStatus.NEW).id();
        refused(fresh, "status", "must move from NEW to one of [OPEN]", () -> tickets.moveTo(fresh, TicketStatus.PENDING));
        refused(fresh, "status", "must move from NEW to one of [OPEN]", () -> tickets.moveTo(fresh, TicketStatus.CLOSED));
        refused(fresh, "status", "must move from NEW to one of [OPEN]",
                () -> tickets.resolve(fresh, new Resolution("X", "y")));
        TicketId open = at(TicketStatus.OPEN).id();
        refused(open, "resolution", "must be given to resolve", () -> tickets.moveTo(open, TicketStatus.RESOLVED));
        refused(open, "status", "must move from OPEN to one of [PENDING, RESOLVED]",
                () -> tickets.moveTo(open, TicketStatus.CLOSED));
        TicketId closed = at(TicketStatus.CLOSED).id();
        refused(closed, "status", "must move from CLOSED to one of []", () -> tickets.moveTo(closed, TicketStatus.OPEN));
        refused(closed, "status", "must not be CLOSED", () -> tickets.comment(closed, "Bob", "Hello?", CommentKind.CUSTOMER_MESSAGE));
        refused(closed, "status", "must not be CLOSED", () -> tickets.assign(closed, Optional.of("bob"), Optional.empty()));
    }

    @Test
    void resolve_withoutCodeOrText_isRefused() {
        TicketId open = at(TicketStatus.OPEN).id();
        refused(open, "resolution.code", "must not be blank", () -> tickets.resolve(open, new Resolution(" ", "Done.")));
        refused(open, "resolution.text", "must not be blank", () -> tickets.resolve(open, new Resolution("FIXED", "")));
        refused(open, "resolution", "must not be null", () -> tickets.resolve(open, null));
    }

    @Test
    void reopen_withinTheWindow_dropsTheResolution() {
        Ticket resolved = at(TicketStatus.RESOLVED);
        clock.advance(Duration.ofDays(7));

        Ticket reopened = tickets.moveTo(resolved.id(), TicketStatus.OPEN);

        assertEquals(TicketStatus.OPEN, reopened.status());
        assertEquals(Optional.empty(), reopened.resolution());
        assertEquals(new TicketStatusChange(TicketStatus.RESOLVED, TicketStatus.OPEN, clock.instant()),
                reopened.statusHistory().get(reopened.statusHistory().size() - 1));
    }

    @Test
    void reopen_afterTheWindow_isRefused() {
        TicketId resolved = at(TicketStatus.RESOLVED).id();
        clock.advance(Duration.ofDays(7).plusSeconds(1));

        refused(resolved, "status", "must be reopened within PT168H of its resolution",
                () -> tickets.moveTo(resolved, TicketStatus.OPEN));
    }

    @Test
    void comments_keepTheirOrderAndVisibility() {
        TicketId id = at(TicketStatus.OPEN).id();
        clock.advance(MINUTE);
        tickets.comment(id, "Bob (agent)", "Sorry! A new box is on its way.", CommentKind.AGENT_REPLY);
        clock.advance(MINUTE);
        Ticket ticket = tickets.comment(id, "Bob (agent)", "Courier damaged it; claim filed.", CommentKind.INTERNAL_NOTE);

        assertEquals(List.of(new TicketComment("Bob (agent)", "Sorry! A new box is on its way.", CommentKind.AGENT_REPLY,
                        NOW.plus(MINUTE.multipliedBy(2))),
                new TicketComment("Bob (agent)", "Courier damaged it; claim filed.", CommentKind.INTERNAL_NOTE,
                        NOW.plus(MINUTE.multipliedBy(3)))), ticket.comments());
        assertEquals(ticket, tickets.get(id));
        refused(id, "text", "must not be blank", () -> tickets.comment(id, "Bob", "  ", CommentKind.AGENT_REPLY));
    }

    @Test
    void assignments_areRecorded() {
        TicketId id = at(TicketStatus.NEW).id();
        clock.advance(MINUTE);
        tickets.assign(id, Optional.empty(), Optional.of("Logistics"));
        clock.advance(MINUTE);
        Ticket ticket = tickets.assign(id, Optional.of("bob"), Optional.of("Logistics"));

        assertEquals(Optional.of("bob"), ticket.assignee());
        assertEquals(Optional.of("Logistics"), ticket.team());
        assertEquals(List.of(new AssignmentChange(Optional.empty(), Optional.of("Logistics"), NOW.plus(MINUTE)),
                new AssignmentChange(Optional.of("bob"), Optional.of("Logistics"), NOW.plus(MINUTE.multipliedBy(2)))),
                tickets.get(id).assignments());
        refused(id, "assignee", "must not be blank", () -> tickets.assign(id, Optional.of(""), Optional.empty()));
    }

    @Test
    void changePriority_isStored() {
        TicketId id = at(TicketStatus.OPEN).id();
        assertEquals(TicketPriority.URGENT, tickets.changePriority(id, TicketPriority.URGENT).priority());
        assertEquals(TicketPriority.URGENT, tickets.get(id).priority());
    }

    @Test
    void badNewTickets_areRefused_andStoreNothing() {
        NewTicket good = complaint();
        List<Object[]> cases = List.of(
                new Object[] {new NewTicket(ada, " ", good.description(), "COMPLAINT", TicketPriority.LOW,
                        TicketChannel.WEB, Optional.empty(), Optional.empty()), "subject", "must not be blank"},
                new Object[] {new NewTicket(ada, "x".repeat(201), good.description(), "COMPLAINT", TicketPriority.LOW,
                        TicketChannel.WEB, Optional.empty(), Optional.empty()), "subject",
                        "must be at most 200 characters"},
                new Object[] {new NewTicket(ada, "Wet", "", "COMPLAINT", TicketPriority.LOW, TicketChannel.WEB,
                        Optional.empty(), Optional.empty()), "description", "must not be blank"},
                new Object[] {new NewTicket(ada, "Wet", "Soaked", "BILLING", TicketPriority.LOW, TicketChannel.WEB,
                        Optional.empty(), Optional.empty()), "category",
                        "must be one of [COMPLAINT, INCIDENT, QUESTION, REQUEST]"},
                new Object[] {new NewTicket(ada, "Wet", "Soaked", "COMPLAINT", null, TicketChannel.WEB,
                        Optional.empty(), Optional.empty()), "priority", "must not be null"},
                new Object[] {new NewTicket(ada, "Wet", "Soaked", "COMPLAINT", TicketPriority.LOW, null,
                        Optional.empty(), Optional.empty()), "channel", "must not be null"});
        for (Object[] c : cases) {
            ValidationException e = assertThrows(ValidationException.class, () -> tickets.open((NewTicket) c[0]));
            assertEquals(c[1], e.field(), e.getMessage());
            assertEquals(c[2], e.rule(), e.getMessage());
        }
        assertEquals(List.of(), tickets.ofCustomer(ada));
    }

    @Test
    void unknownCustomerSaleOrProduct_isNotFound_andStoresNothing() {
        NotFoundException customer = assertThrows(NotFoundException.class, () -> tickets.open(NewTicket.of(
                Fixtures.customerId(999), "Wet", "Soaked", "COMPLAINT", TicketPriority.LOW, TicketChannel.WEB)));
        NotFoundException saleMissing = assertThrows(NotFoundException.class,
                () -> tickets.open(complaint().withSale(Fixtures.saleId(999))));
        NotFoundException productMissing = assertThrows(NotFoundException.class,
                () -> tickets.open(complaint().withProduct(Fixtures.productId(999))));

        assertEquals("customerId", customer.field());
        assertEquals("saleId", saleMissing.field());
        assertEquals("productId", productMissing.field());
        assertEquals(List.of(), tickets.ofCustomer(ada));
        NotFoundException ticket = assertThrows(NotFoundException.class,
                () -> tickets.get(new TicketId(Fixtures.uuid(999))));
        assertEquals("ticketId", ticket.field());
    }

    @Test
    void staleVersion_isAConcurrentUpdate() {
        Ticket ticket = at(TicketStatus.OPEN);
        tickets.comment(ticket.id(), "Bob", "On it.", CommentKind.AGENT_REPLY);
        TicketRepository port = ports.get(TicketRepository.class);

        assertThrows(ConcurrentUpdateException.class,
                () -> tx(() -> port.update(ticket.changePriority(TicketPriority.LOW, Instant.now(clock)))));
        assertEquals(TicketPriority.HIGH, tickets.get(ticket.id()).priority());
    }

    @Test
    void ofCustomer_listsOldestFirst() {
        Ticket first = tickets.open(complaint());
        clock.advance(MINUTE);
        Ticket second = tickets.open(complaint());

        assertEquals(List.of(first.id(), second.id()), tickets.ofCustomer(ada).stream().map(Ticket::id).toList());
        assertTrue(tickets.ofCustomer(Fixtures.customerId(999)).isEmpty());
    }

    private static final Instant TUESDAY = Instant.parse("2026-03-03T00:00:00Z");

    /** Monday to Friday 09:00-17:00 UTC; HIGH tickets 30 min to respond and 4 h to resolve, others 1 h and 8 h. */
    private Crm crmWithServiceLevels(Duration highResponse, Duration highResolution) {
        SlaPolicy.Builder policy = SlaPolicy.builder();
        for (TicketPriority priority : TicketPriority.values()) {
            policy.targets(priority, new SlaTargets(Duration.ofHours(1), Duration.ofHours(8)));
        }
        policy.targets(TicketPriority.HIGH, new SlaTargets(highResponse, highResolution));
        BusinessCalendar office = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
                .build();
        return Crm.builder(ports).clock(clock).ids(IdGenerator.random())
                .ticketSettings(TicketSettings.defaults().withServiceLevels(office, policy.build())).build();
    }

    @Test
    void sla_firstResponseMet_resolutionPausedWhilePending_andShifted() {
        TicketService service = crmWithServiceLevels(Duration.ofMinutes(30), Duration.ofHours(4)).tickets();
        TicketId id = service.open(complaint()).id();                                    // Monday 10:15:30
        clock.advance(Duration.ofMinutes(20));
        service.moveTo(id, TicketStatus.OPEN);
        service.comment(id, "Bob", "Looking into it.", CommentKind.AGENT_REPLY);         // 10:35:30
        clock.advance(Duration.ofHours(1));
        service.moveTo(id, TicketStatus.PENDING);                                        // 11:35:30, 1 h 20 used
        clock.set(Instant.parse("2026-03-02T15:00:00Z"));
        TicketSla waiting = service.sla(id).orElseThrow();
        clock.set(TUESDAY.plus(Duration.ofHours(10)));
        service.moveTo(id, TicketStatus.OPEN);                                           // Tuesday 10:00
        clock.advance(Duration.ofHours(1));
        TicketSla running = service.sla(id).orElseThrow();

        assertEquals(SlaMeasure.State.MET, waiting.firstResponse().state());
        assertEquals(Duration.ofMinutes(20), waiting.firstResponse().elapsed());
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(30))), waiting.firstResponse().due());
        assertEquals(SlaMeasure.State.PAUSED, waiting.resolution().state());
        assertEquals(Optional.empty(), waiting.resolution().due());
        assertEquals(Duration.ofMinutes(160), waiting.resolution().left());
        assertEquals(SlaMeasure.State.RUNNING, running.resolution().state());
        assertEquals(Duration.ofMinutes(140), running.resolution().elapsed());
        assertEquals(Optional.of(Instant.parse("2026-03-03T12:40:00Z")), running.resolution().due());
        assertEquals(Duration.ofMinutes(100), running.resolution().left());
    }

    @Test
    void sla_noReplyAfterTheDueTime_isBreached() {
        TicketService service = crmWithServiceLevels(Duration.ofMinutes(30), Duration.ofHours(4)).tickets();
        TicketId id = service.open(complaint()).id();
        clock.advance(Duration.ofMinutes(31));

        TicketSla sla = service.sla(id).orElseThrow();

        assertEquals(SlaMeasure.State.BREACHED, sla.firstResponse().state());
        assertTrue(sla.breached());
        assertEquals(Duration.ofMinutes(-1), sla.firstResponse().left());
    }

    @Test
    void policyChange_appliesToNewTicketsOnly() {
        TicketId before = crmWithServiceLevels(Duration.ofMinutes(30), Duration.ofHours(4)).tickets()
                .open(complaint()).id();
        TicketService changed = crmWithServiceLevels(Duration.ofHours(2), Duration.ofHours(16)).tickets();
        TicketId after = changed.open(complaint()).id();

        assertEquals(Optional.of(new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(4))),
                changed.get(before).slaTargets());
        assertEquals(Optional.of(new SlaTargets(Duration.ofHours(2), Duration.ofHours(16))),
                changed.get(after).slaTargets());
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(30))), changed.sla(before).orElseThrow()
                .firstResponse().due());
        assertEquals(Optional.empty(), tickets.sla(before), "settings without service levels measure nothing");
    }
}
