package org.crm4j.core.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

/** An escalation candidate measures as its ticket does, and is built only from a ticket with SLA targets. */
class EscalationCandidateTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T08:00:00Z");
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(ZoneOffset.UTC)
            .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0)).build();

    private static Ticket ticket(Optional<SlaTargets> targets) {
        return Ticket.open(new TicketId(new UUID(0, 1)), NewTicket.of(new CustomerId(new UUID(0, 2)), "Help",
                "Please help.", "INCIDENT", TicketPriority.NORMAL, TicketChannel.EMAIL), targets, OPENED);
    }

    @Test
    void of_ticketWithoutTargets_isRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> EscalationCandidate.of(ticket(Optional.empty()), List.of()));
        assertEquals("ticket.slaTargets", e.field());
        assertEquals(EscalationCandidate.HAS_TARGETS, e.rule());
    }

    @Test
    void sla_pausedWhilePending_equalsTheTicketsOwn() {
        Ticket pending = ticket(Optional.of(new SlaTargets(Duration.ofHours(1), Duration.ofHours(8))))
                .moveTo(TicketStatus.OPEN, OPENED.plus(Duration.ofHours(2)), Duration.ofDays(7))
                .moveTo(TicketStatus.PENDING, OPENED.plus(Duration.ofHours(3)), Duration.ofDays(7));
        EscalationCandidate candidate = EscalationCandidate.of(pending, List.of());
        Instant later = OPENED.plus(Duration.ofDays(3));

        assertEquals(pending.sla(OFFICE, later).orElseThrow(), candidate.sla(OFFICE, later));
        // 09:00 to 11:00 on Monday ran; the clock stands since the move to PENDING
        assertEquals(Duration.ofHours(2), candidate.sla(OFFICE, later).resolution().elapsed());
    }
}
