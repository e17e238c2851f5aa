package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.CampaignUpdate;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.contract.Fixtures;
import org.crm4j.core.contract.MutableClock;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.jpa.testing.RowWriteCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How many rows of {@code crm_campaign_member} the campaign service writes, counted from the JDBC drivers' update
 * counts of every statement on the connection ({@link RowWriteCounter}): adding members inserts one row each and
 * rewrites none, a response or conversion updates exactly one row of a thousand-member campaign, and editing the
 * campaign writes no member row. (Before members had their own port, the element collection was deleted and
 * re-inserted whole on each of these.) Run on every database by {@link JpaContracts}; sharing the fixture's
 * database, the tests of one JVM must not run in parallel.
 */
abstract class CampaignMemberWritesSuite {

    private static final int MEMBERS = 1_000;

    private RowWriteCounter writes;
    private Crm crm;
    private MutableClock clock;
    private Campaign campaign;
    private List<CustomerId> customers;

    /** @return the database to run on */
    abstract Dialect dialect();

    /** A campaign with a thousand members, and the counts reset. */
    @BeforeEach
    void campaignWithAThousandMembers() {
        JpaTestFixture fixture = JpaTestFixture.on(dialect());
        CrmPorts ports = fixture.emptyPortsCountingMemberWrites();
        writes = fixture.memberWrites();
        clock = new MutableClock(Fixtures.NOW);
        crm = Crm.of(ports, clock, IdGenerator.random());
        customers = new ArrayList<>();
        ports.transactions().run(() -> {
            for (int i = 0; i < MEMBERS; i++) {
                customers.add(ports.get(CustomerRepository.class).save(Fixtures.customer(10_000 + i, "Customer " + i,
                        "member" + i + "@example.org", Fixtures.NOW)).id());
            }
        });
        LocalDate today = LocalDate.ofInstant(Fixtures.NOW, ZoneOffset.UTC);
        campaign = crm.campaigns().plan(new NewCampaign("Spring sale", today, today.plusDays(30),
                new CampaignTarget("everyone", "more sales"), CampaignChannel.EMAIL, Fixtures.eur("100.00")));
        writes.reset();
        crm.campaigns().addMembers(campaign.id(), customers);
        assertEquals(List.of((long) MEMBERS, 0L, 0L), counts());
        writes.reset();
    }

    private List<Long> counts() {
        return List.of(writes.inserted(), writes.updated(), writes.deleted());
    }

    @Test
    void recordResponse_inAThousandMemberCampaign_updatesOneRow() {
        clock.advance(Duration.ofMinutes(1));

        crm.campaigns().recordResponse(campaign.id(), customers.get(500));

        assertEquals(List.of(0L, 1L, 0L), counts());
    }

    @Test
    void recordConversion_updatesOneRowAndARepeatedResponseNone() {

        crm.campaigns().recordConversion(campaign.id(), customers.get(0));
        assertEquals(List.of(0L, 1L, 0L), counts());
        crm.campaigns().recordResponse(campaign.id(), customers.get(0));
        assertEquals(List.of(0L, 1L, 0L), counts());
        assertEquals(1, crm.campaigns().results(campaign.id()).contacted().converted());
    }

    @Test
    void updateCampaign_writesNoMemberRow() {

        crm.campaigns().update(campaign.id(), CampaignUpdate.from(campaign).withName("Summer sale"));
        crm.campaigns().cancel(campaign.id());

        assertEquals(List.of(0L, 0L, 0L), counts());
        assertEquals(MEMBERS, crm.campaigns().results(campaign.id()).members());
    }
}
