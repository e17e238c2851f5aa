package org.crm4j.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.survey.IssuedInvitation;
import org.crm4j.core.survey.NewSurvey;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyAnswer;
import org.crm4j.core.survey.SurveyInvitation;
import org.crm4j.core.survey.SurveyResponse;
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.CommentKind;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.Resolution;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketStatus;

/**
 * Writes customer service: tickets opened by customers at their persona's rate (and one to three complaints in
 * the 90 days before a lapsed customer stops buying), answered and resolved in business time drawn around the SLA
 * targets of {@link DemoCompany#ticketSettings()} (the team gets faster over the three years: the mean times fall
 * from 85 % to 40 % of the targets), and a survey after resolution answered by 65 % of the customers with a CSAT
 * around their persona's, 1.0 lower after a breached resolution target, 0.4 lower for a complaint and 0.4 higher by
 * the end of the history (NPS follows CSAT). Unhappy answers open follow-up tickets, which are resolved a day
 * later. Resolved tickets stay RESOLVED (service automation's auto-close would close them).
 */
final class ServiceDesk {

    /** A ticket to write. */
    record Planned(int customer, Instant opened, String category, TicketPriority priority, TicketChannel channel,
                   int product) {
    }

    private static final List<String> CATEGORIES = List.of("QUESTION", "QUESTION", "REQUEST", "INCIDENT",
            "COMPLAINT");
    private static final TicketPriority[] PRIORITIES = TicketPriority.values();
    private static final double[] PRIORITY_WEIGHTS = {25, 50, 20, 5};
    /** The share of surveyed customers who answer. */
    static final double ANSWER_RATE = 0.65;
    private static final List<String> AGENTS = List.of("agent.lisa", "agent.omar", "agent.sven", "agent.yuki");

    private final Context ctx;
    private final Draw draw;
    private final BusinessCalendar calendar = DemoCompany.ticketSettings().serviceLevels().orElseThrow().calendar();
    private Survey survey;
    private int tickets;
    private int answers;

    ServiceDesk(Context ctx, Draw draw) {
        this.ctx = ctx;
        this.draw = draw;
    }

    int tickets() {
        return tickets;
    }

    int answers() {
        return answers;
    }

    /** Plans the tickets of the planned customers, oldest first. */
    static List<Planned> plan(List<People.Planned> people, YearMonth firstMonth, Instant end, Draw draw) {
        List<Planned> planned = new ArrayList<>();
        Instant storyStart = firstMonth.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (People.Planned person : people) {
            Instant until = person.activeUntil(end);
            Instant since = person.joined().isBefore(storyStart) ? storyStart : person.joined();
            double months = Duration.between(since, until).toSeconds() / (30.44 * 86_400);
            int count = draw.poisson(person.persona().ticketsPerMonth() * Math.max(0, months));
            for (int k = 0; k < count; k++) {
                planned.add(ticket(person.index(), draw.instant(since, until),
                        draw.pick(CATEGORIES), draw));
            }
            if (person.lapsed().isPresent() && person.lapsed().get().isBefore(end)) {
                Instant lapsed = person.lapsed().get();
                Instant from = lapsed.minus(Duration.ofDays(90));
                for (int k = draw.between(1, 4); k > 0; k--) {
                    planned.add(ticket(person.index(), draw.instant(from.isBefore(since) ? since : from, lapsed),
                            "COMPLAINT", draw));
                }
            }
        }
        planned.sort(Comparator.comparing(Planned::opened).thenComparingInt(Planned::customer));
        return planned;
    }

    private static Planned ticket(int customer, Instant opened, String category, Draw draw) {
        TicketPriority priority = PRIORITIES[draw.weighted(PRIORITY_WEIGHTS, 100)];
        TicketChannel channel = draw.pick(List.of(TicketChannel.values()));
        int product = category.equals("INCIDENT") || category.equals("COMPLAINT")
                ? draw.between(0, Catalogue.ITEMS.size()) : -1;
        return new Planned(customer, opened, category, priority, channel, product);
    }

    /** Defines the after-ticket survey and writes the tickets; a progress step per 50 tickets. */
    void write(List<Planned> planned) {
        ctx.at(ctx.storyStart);
        survey = ctx.crm.surveys().define(NewSurvey.of("After your service request", "COMPLAINT")
                .asking(true, true, false).withThresholds(2, 4, TicketPriority.HIGH));
        for (int i = 0; i < planned.size(); i++) {
            ticket(planned.get(i));
            if ((i + 1) % 50 == 0 || i + 1 == planned.size()) {
                ctx.done("wrote " + (i + 1) + " tickets with their surveys");
            }
        }
    }

    private void ticket(Planned plan) {
        People.Planned person = ctx.people.get(plan.customer());
        double progress = (double) Duration.between(ctx.storyStart, plan.opened()).toSeconds()
                / Duration.between(ctx.storyStart, ctx.end).toSeconds();
        double speed = 0.85 - 0.45 * progress;
        SlaTargets targets = DemoCompany.ticketSettings().serviceLevels().orElseThrow().policy()
                .targetsFor(plan.category(), plan.priority());
        Duration response = scaled(targets.firstResponse(), draw.exponential(speed));
        Duration resolution = response.plus(scaled(targets.resolution(), draw.exponential(speed)));
        boolean breached = resolution.compareTo(targets.resolution()) > 0;
        Instant replied = calendar.plus(plan.opened(), response);
        Instant resolved = calendar.plus(plan.opened(), resolution);

        ctx.at(plan.opened());
        NewTicket command = NewTicket.of(ctx.customers.get(plan.customer()), subject(plan.category()),
                "Written by the demo company generator.", plan.category(), plan.priority(), plan.channel());
        Ticket ticket = ctx.crm.tickets().open(plan.product() < 0 ? command
                : command.withProduct(ctx.products[plan.product()]));
        tickets++;
        Instant assigned = plan.opened().plus(Duration.ofMinutes(draw.between(1, 30)));
        if (assigned.isAfter(ctx.end)) {
            return;
        }
        String agent = draw.pick(AGENTS);
        ctx.at(assigned);
        ctx.crm.tickets().assign(ticket.id(), Optional.of(agent), Optional.of("Service desk"));
        if (replied.isAfter(ctx.end)) {
            return;
        }
        reply(ticket.id(), agent, replied);
        if (resolved.isAfter(ctx.end)) {
            return;
        }
        ctx.at(resolved);
        ctx.crm.tickets().resolve(ticket.id(), new Resolution(breached ? "SOLVED_LATE" : "SOLVED",
                "Solved for the customer."));
        Instant invited = resolved.plus(Duration.ofMinutes(10));
        Instant answered = invited.plus(Duration.ofMinutes(draw.between(60, 72 * 60)));
        if (draw.chance(ANSWER_RATE) && !answered.isAfter(ctx.end)) {
            ctx.at(invited);
            IssuedInvitation invitation = ctx.crm.surveys().inviteAfterTicket(survey.id(), ticket.id(), Channel.EMAIL);
            double mean = person.persona().csat() + 0.4 * progress - (breached ? 1.0 : 0)
                    - (plan.category().equals("COMPLAINT") ? 0.4 : 0);
            int csat = (int) Math.max(1, Math.min(5, Math.round(mean + 0.8 * draw.normal())));
            int nps = (int) Math.max(0, Math.min(10, Math.round(2 * csat - 0.5 + 1.5 * draw.normal())));
            ctx.at(answered);
            SurveyInvitation done = ctx.crm.surveys().answer(invitation.token(),
                    SurveyResponse.empty().withCsat(csat).withNps(nps));
            answers++;
            Optional<TicketId> followUp = done.answer().flatMap(SurveyAnswer::followUp);
            if (followUp.isPresent()) {
                tickets++;
                Instant called = calendar.plus(answered, Duration.ofHours(2));
                Instant settled = calendar.plus(answered, Duration.ofHours(10));
                if (!called.isAfter(ctx.end)) {
                    reply(followUp.get(), agent, called);
                    if (!settled.isAfter(ctx.end)) {
                        ctx.at(settled);
                        ctx.crm.tickets().resolve(followUp.get(), new Resolution("CALLED_BACK",
                                "Called the customer back."));
                    }
                }
            }
        }
    }

    private void reply(TicketId ticket, String agent, Instant at) {
        ctx.at(at);
        ctx.crm.tickets().moveTo(ticket, TicketStatus.OPEN);
        ctx.crm.tickets().comment(ticket, agent, "Thank you, we are on it.", CommentKind.AGENT_REPLY);
    }

    private static Duration scaled(Duration target, double factor) {
        return Duration.ofSeconds(Math.max(60, Math.round(target.toSeconds() * factor)));
    }

    private static String subject(String category) {
        return switch (category) {
            case "QUESTION" -> "Question about an order";
            case "REQUEST" -> "Please change my delivery";
            case "INCIDENT" -> "Damaged parcel";
            default -> "Complaint about the service";
        };
    }
}
