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
        expected.sort(TimelineEntry.NEWEST_FIRST);
    }

    @Test
    void timeline_showsEverythingNewestFirst() {
        Page<TimelineEntry> page = crm.timeline().timeline(ada, 0, 20);
        assertEquals(expected, page.content());
        assertEquals(8, page.totalElements());
        assertEquals(TimelineKind.TASK, page.content().get(0).kind());
    }

    @Test
    void timeline_pagesThrough() {
        List<TimelineEntry> seen = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            Page<TimelineEntry> page = crm.timeline().timeline(ada, p, 3);
            assertEquals(8, page.totalElements());
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
