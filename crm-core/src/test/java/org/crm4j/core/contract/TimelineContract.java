package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.crm4j.core.contract.Fixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.activity.ActivityType;
import org.crm4j.core.activity.NewActivity;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.survey.IssuedInvitation;
import org.crm4j.core.survey.NewSurvey;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyResponse;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.Resolution;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketStatus;
import org.crm4j.core.timeline.TimelineEntry;
import org.crm4j.core.timeline.TimelineKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a customer's timeline shows over any adapter's ports, run by extending it as {@link PortsContract} shows.
 * Every test gives Ada one entry of each kind, a minute apart, and Bob a sale of his own.
 */
public abstract class TimelineContract extends PortsContract {

    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private MutableClock clock;
    private Crm crm;
    private CustomerId ada;
    private List<TimelineEntry> expected;

    private Instant tick() {
        return clock.advance(Duration.ofMinutes(1));
    }

    @BeforeEach
    final void adasHistory() {
        clock = new MutableClock(NOW);
        crm = crm(clock, IdGenerator.sequence());
        ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org")).id();
        CustomerId bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org")).id();
        ProductId tea = crm.products().create(new NewProduct("TEA-1", "Tea", eur("4.50"), 100)).id();
        Campaign spring = crm.campaigns().plan(new NewCampaign("Spring sale", TODAY, TODAY.plusDays(30),
                new CampaignTarget("tea buyers", "repeat purchases"), CampaignChannel.EMAIL, eur("100.00")));
        crm.campaigns().addMembers(spring.id(), List.of(ada, bob));
        expected = new ArrayList<>();

        Instant t1 = tick();
        Activity call = crm.activities().record(NewActivity.happened(ActivityType.CALL, "Asked for prices", t1)
                .about(ada));
        expected.add(new TimelineEntry(t1, TimelineKind.CALL, call.id().value(), 0, "Asked for prices"));
        Instant t2 = tick();
        Sale sale = crm.sales().record(NewSale.of(ada, tea, 3));
        expected.add(new TimelineEntry(t2, TimelineKind.SALE, sale.id().value(), 0, "3 × TEA-1"));
        crm.sales().record(NewSale.of(bob, tea, 1));
        Instant t3 = tick();
        Sale returned = crm.sales().recordReturn(NewReturn.of(sale.id(), 1));
        expected.add(new TimelineEntry(t3, TimelineKind.RETURN, returned.id().value(), 0, "1 × TEA-1"));
        Opportunity deal = crm.opportunities().create(NewOpportunity.of(ada, "Office tea", UserId.of("ann"),
                eur("90.00"), TODAY.plusDays(10)));
        Instant t4 = tick();
        crm.opportunities().moveTo(deal.id(), OpportunityStage.PROPOSAL);
        expected.add(new TimelineEntry(t4, TimelineKind.STAGE_CHANGE, deal.id().value(), 0,
                "Office tea: PROSPECTING → PROPOSAL"));
        Instant t5 = tick();
        crm.campaigns().recordResponse(spring.id(), ada);
        expected.add(new TimelineEntry(t5, TimelineKind.CAMPAIGN_RESPONSE, spring.id().value(), 0, "Spring sale"));
        Instant t6 = tick();
        crm.campaigns().recordConversion(spring.id(), ada);
        expected.add(new TimelineEntry(t6, TimelineKind.CAMPAIGN_CONVERSION, spring.id().value(), 0,
                "Spring sale"));
        Instant t7 = tick();
        crm.opportunities().win(deal.id());
        expected.add(new TimelineEntry(t7, TimelineKind.STAGE_CHANGE, deal.id().value(), 1,
                "Office tea: PROPOSAL → CLOSED_WON"));
        Instant t8 = tick();
        Activity task = crm.activities().record(NewActivity.task("Send invoice", TODAY.plusDays(1)).about(ada));
        expected.add(new TimelineEntry(t8, TimelineKind.TASK, task.id().value(), 0, "Send invoice"));
        Instant t9 = tick();
        Ticket ticket = crm.tickets().open(NewTicket.of(ada, "Tea arrived wet", "Soaked.", "COMPLAINT",
                TicketPriority.NORMAL, TicketChannel.EMAIL));
        expected.add(new TimelineEntry(t9, TimelineKind.TICKET_OPENED, ticket.id().value(), 0, "Tea arrived wet"));
        tick();
        crm.tickets().moveTo(ticket.id(), TicketStatus.OPEN);
        Instant t11 = tick();
        crm.tickets().resolve(ticket.id(), new Resolution("REPLACED", "Sent a new box."));
        expected.add(new TimelineEntry(t11, TimelineKind.TICKET_RESOLVED, ticket.id().value(), 2,
                "Tea arrived wet"));
        tick();
        crm.tickets().moveTo(ticket.id(), TicketStatus.OPEN);
        Instant t13 = tick();
        crm.tickets().resolve(ticket.id(), new Resolution("REFUNDED", "Money back."));
        expected.add(new TimelineEntry(t13, TimelineKind.TICKET_RESOLVED, ticket.id().value(), 4,
                "Tea arrived wet"));
        Survey survey = crm.surveys().define(NewSurvey.of("After your ticket", "COMPLAINT"));
        IssuedInvitation invitation = crm.surveys().inviteAfterTicket(survey.id(), ticket.id(), Channel.EMAIL);
        Instant t14 = tick();
        crm.surveys().answer(invitation.token(), SurveyResponse.empty().withCsat(4).withNps(9));
        expected.add(new TimelineEntry(t14, TimelineKind.SURVEY_ANSWER, invitation.invitation().id().value(), 0,
                "After your ticket: CSAT 4, NPS 9"));
        Survey npsOnly = crm.surveys().define(NewSurvey.of("Spring survey", "COMPLAINT").asking(false, true, false));
        IssuedInvitation unanswered = crm.surveys().inviteCampaign(npsOnly.id(), spring.id(), Channel.EMAIL)
                .issued().get(0);
        tick();
        crm.surveys().answer(crm.surveys().inviteCampaign(survey.id(), spring.id(), Channel.EMAIL).issued().stream()
                .filter(i -> i.invitation().customer().equals(bob)).findFirst().orElseThrow().token(),
                SurveyResponse.empty().withCsat(5).withNps(10));
        expected.sort(TimelineEntry.NEWEST_FIRST);
        this.unansweredNps = unanswered;
    }

    private IssuedInvitation unansweredNps;

    @Test
    void timeline_showsASurveyAnswerWithTheScoresAsked() {
        Instant at = tick();
        crm.surveys().answer(unansweredNps.token(), SurveyResponse.empty().withNps(3));
        assertEquals(new TimelineEntry(at, TimelineKind.SURVEY_ANSWER,
                unansweredNps.invitation().id().value(), 0, "Spring survey: NPS 3"),
                crm.timeline().timeline(unansweredNps.invitation().customer(), 0, 1).content().get(0));
    }

    @Test
    void timeline_showsEverythingNewestFirst() {
        Page<TimelineEntry> page = crm.timeline().timeline(ada, 0, 20);
        assertEquals(expected, page.content());
        assertEquals(12, page.totalElements());
        assertEquals(TimelineKind.SURVEY_ANSWER, page.content().get(0).kind());
    }

    @Test
    void timeline_pagesThrough() {
        List<TimelineEntry> seen = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            Page<TimelineEntry> page = crm.timeline().timeline(ada, p, 3);
            assertEquals(12, page.totalElements());
            seen.addAll(page.content());
        }
        assertEquals(expected, seen);
        assertEquals(List.of(), crm.timeline().timeline(ada, 5, 3).content());
    }

    @Test
    void timeline_ofAnUnknownCustomer_isNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> crm.timeline().timeline(new CustomerId(uuid(404)), 0, 10));
        assertEquals("customerId", e.field());
    }

    @Test
    void timeline_badPage_isRefused() {
        assertEquals("size", assertThrows(ValidationException.class,
                () -> crm.timeline().timeline(ada, 0, 0)).field());
        assertEquals("page", assertThrows(ValidationException.class,
                () -> crm.timeline().timeline(ada, -1, 10)).field());
    }
}
