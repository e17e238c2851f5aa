package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignQuery;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.campaign.CampaignResults;
import org.crm4j.core.campaign.CampaignService;
import org.crm4j.core.campaign.CampaignStatus;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.CampaignUpdate;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link CampaignService} does over any adapter's ports, run by extending it as {@link PortsContract} shows.
 * Every test registers two customers, Ann (id 1) and Bob (id 2), so the first campaign gets id 3.
 */
public abstract class CampaignServiceContract extends PortsContract {

    /** The day of {@link Fixtures#NOW} in UTC, the clock's zone. */
    protected static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    /** How many threads the concurrency tests run. */
    protected static final int THREADS = 8;

    private MutableClock clock;
    private Crm crm;
    private CampaignService campaigns;
    private CustomerId ann;
    private CustomerId bob;

    @BeforeEach
    final void crmWithTwoCustomers() {
        clock = new MutableClock(NOW);
        crm = crm(clock, IdGenerator.sequence());
        campaigns = crm.campaigns();
        ann = crm.customers().register(NewCustomer.of("Ann", "ann@example.org")).id();
        bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org")).id();
    }

    private static NewCampaign springSale(LocalDate start, LocalDate end) {
        return new NewCampaign("Spring sale", start, end,
                new CampaignTarget("customers who bought last spring", "20 % repeat purchases"),
                CampaignChannel.EMAIL, eur("1500.00"));
    }

    private Campaign planNextWeek() {
        return campaigns.plan(springSale(TODAY.plusDays(7), TODAY.plusDays(13)));
    }

    /** Everything the ports hold, campaigns included. */
    private List<Object> everything() {
        return List.of(state(), tx(() -> ports.get(CampaignRepository.class).search(CampaignQuery.all(), TODAY,
                PageRequest.of(0, PageRequest.MAX_SIZE)).content()));
    }

    @Test
    void plan_validCommand_storesAPlannedCampaignAtTheClocksTime() {
        Campaign campaign = planNextWeek();

        assertEquals(new CampaignId(Fixtures.uuid(3)), campaign.id());
        assertEquals(CampaignStatus.PLANNED, campaign.status(TODAY));
        assertEquals(NOW, campaign.createdAt());
        assertEquals(0, campaign.version());
        assertEquals(campaign, campaigns.get(campaign.id()));
    }

    @Test
    void plan_endBeforeStart_isRefusedAndChangesNothing() {
        List<Object> before = everything();

        ValidationException e = assertThrows(ValidationException.class,
                () -> campaigns.plan(springSale(TODAY, TODAY.minusDays(1))));

        assertEquals("endDate", e.field());
        assertEquals(Campaign.END_NOT_BEFORE_START, e.rule());
        assertEquals(before, everything());
    }

    @Test
    void get_unknownId_isNotFound() {
        CampaignId unknown = new CampaignId(Fixtures.uuid(99));

        NotFoundException e = assertThrows(NotFoundException.class, () -> campaigns.get(unknown));

        assertEquals("campaignId", e.field());
        assertEquals(Optional.empty(), campaigns.find(unknown));
    }

    @Test
    void update_newValues_areStoredAtTheNextVersion() {
        Campaign planned = planNextWeek();
        clock.advance(Duration.ofMinutes(5));

        Campaign updated = campaigns.update(planned.id(), CampaignUpdate.from(planned).withName("Summer sale")
                .withDates(TODAY.plusDays(1), TODAY.plusDays(2)).withChannel(CampaignChannel.SMS));

        assertEquals("Summer sale", updated.name());
        assertEquals(TODAY.plusDays(1), updated.startDate());
        assertEquals(CampaignChannel.SMS, updated.channel());
        assertEquals(NOW.plusSeconds(300), updated.updatedAt());
        assertEquals(1, updated.version());
        assertEquals(updated, campaigns.get(planned.id()));
    }

    @Test
    void update_endBeforeStart_isRefusedAndChangesNothing() {
        Campaign planned = planNextWeek();
        List<Object> before = everything();

        ValidationException e = assertThrows(ValidationException.class, () -> campaigns.update(planned.id(),
                CampaignUpdate.from(planned).withDates(TODAY.plusDays(3), TODAY.plusDays(2))));

        assertEquals("endDate", e.field());
        assertEquals(Campaign.END_NOT_BEFORE_START, e.rule());
        assertEquals(before, everything());
    }

    @Test
    void update_runningCampaignsStartMovedIntoTheFuture_isRefusedAndItStaysRunning() {
        Campaign running = campaigns.plan(springSale(TODAY.minusDays(2), TODAY.plusDays(5)));
        List<Object> before = everything();

        ValidationException e = assertThrows(ValidationException.class, () -> campaigns.update(running.id(),
                CampaignUpdate.from(running).withDates(TODAY.plusDays(1), TODAY.plusDays(5))));

        assertEquals("startDate", e.field());
        assertEquals(Campaign.STARTED_STAYS_STARTED, e.rule());
        assertEquals(before, everything());
        assertEquals(CampaignStatus.RUNNING, campaigns.get(running.id()).status(TODAY));
    }

    @Test
    void update_cancelledCampaign_isRefusedAndChangesNothing() {
        Campaign cancelled = campaigns.cancel(planNextWeek().id());
        List<Object> before = everything();

        ValidationException e = assertThrows(ValidationException.class,
                () -> campaigns.update(cancelled.id(), CampaignUpdate.from(cancelled).withName("Again")));

        assertEquals("status", e.field());
        assertEquals(Campaign.NOT_CLOSED, e.rule());
        assertEquals(before, everything());
    }

    @Test
    void update_staleExpectedVersion_isRefusedAndChangesNothing() {
        Campaign planned = planNextWeek();
        CampaignUpdate stale = CampaignUpdate.from(planned).withName("Stale");
        campaigns.update(planned.id(), CampaignUpdate.from(planned).withName("Fresh"));
        List<Object> before = everything();

        ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
                () -> campaigns.update(planned.id(), stale));

        assertEquals(0, e.expectedVersion());
        assertEquals(before, everything());
    }

    @Test
    void update_sameVersionFromEightThreads_letsExactlyOneWin() throws Exception {
        Campaign planned = planNextWeek();
        List<Callable<Campaign>> updates = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            CampaignUpdate update = CampaignUpdate.from(planned).withName("Sale " + t);
            updates.add(() -> campaigns.update(planned.id(), update));
        }

        List<Throwable> failures = Concurrently.run(updates);

        assertEquals(THREADS - 1, failures.size());
        failures.forEach(f -> assertEquals(ConcurrentUpdateException.class, f.getClass(), f::toString));
        assertEquals(1, campaigns.get(planned.id()).version());
    }

    @Test
    void update_unknownId_isNotFound() {
        Campaign planned = planNextWeek();
        CampaignId unknown = new CampaignId(Fixtures.uuid(99));

        NotFoundException e = assertThrows(NotFoundException.class,
                () -> campaigns.update(unknown, CampaignUpdate.from(planned)));

        assertEquals("campaignId", e.field());
    }

    @Test
    void status_followsTheClockThroughTheDates() {
        Campaign campaign = campaigns.plan(springSale(TODAY.plusDays(1), TODAY.plusDays(2)));
        CampaignQuery running = CampaignQuery.all().withStatus(CampaignStatus.RUNNING);

        assertEquals(0, campaigns.search(running, PageRequest.of(0, 10)).totalElements());
        clock.advance(Duration.ofDays(1));
        assertEquals(List.of(campaign), campaigns.search(running, PageRequest.of(0, 10)).content());
        clock.advance(Duration.ofDays(2));
        assertEquals(List.of(campaign), campaigns.search(CampaignQuery.all().withStatus(CampaignStatus.FINISHED),
                PageRequest.of(0, 10)).content());
    }

    @Test
    void startThenFinish_byActions() {
        Campaign planned = planNextWeek();

        Campaign running = campaigns.start(planned.id());
        assertEquals(CampaignStatus.RUNNING, running.status(TODAY));
        assertEquals(TODAY, running.startDate());

        clock.advance(Duration.ofDays(1));
        Campaign finished = campaigns.finish(planned.id());
        assertEquals(CampaignStatus.FINISHED, finished.status(TODAY.plusDays(1)));
        assertEquals(TODAY.plusDays(1), finished.endDate());
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(1))), finished.finishedAt());
        assertEquals(2, finished.version());
    }

    @Test
    void finish_plannedCampaign_isRefusedAndChangesNothing() {
        Campaign planned = planNextWeek();
        List<Object> before = everything();

        ValidationException e = assertThrows(ValidationException.class, () -> campaigns.finish(planned.id()));

        assertEquals("status", e.field());
        assertEquals(Campaign.RUNNING_TO_FINISH, e.rule());
        assertEquals(before, everything());
    }

    @Test
    void addMembers_unknownCustomer_addsNobody() {
        Campaign planned = planNextWeek();
        CustomerId unknown = new CustomerId(Fixtures.uuid(99));
        List<Object> before = everything();

        NotFoundException e = assertThrows(NotFoundException.class,
                () -> campaigns.addMembers(planned.id(), List.of(ann, unknown)));

        assertEquals("customerId", e.field());
        assertEquals(before, everything());
    }

    @Test
    void addMembers_alreadyAMember_addsNobody() {
        Campaign planned = planNextWeek();
        campaigns.addMembers(planned.id(), List.of(ann));
        List<Object> before = everything();

        DuplicateException e = assertThrows(DuplicateException.class,
                () -> campaigns.addMembers(planned.id(), List.of(bob, ann)));

        assertEquals("member", e.field());
        assertEquals(before, everything());
    }

    @Test
    void addMembers_sameCustomerTwice_addsNobody() {
        Campaign planned = planNextWeek();
        List<Object> before = everything();

        assertThrows(DuplicateException.class, () -> campaigns.addMembers(planned.id(), List.of(bob, bob)));

        assertEquals(before, everything());
    }

    @Test
    void deleteCustomer_memberOfACampaign_isRefusedAndChangesNothing() {
        Campaign planned = planNextWeek();
        campaigns.addMembers(planned.id(), List.of(ann));
        List<Object> before = everything();

        ValidationException e = assertThrows(ValidationException.class, () -> crm.customers().delete(ann));

        assertEquals("customerId", e.field());
        assertEquals(before, everything());
    }

    @Test
    void responsesAndConversions_areCountedInTheResults() {
        Campaign planned = planNextWeek();
        campaigns.addMembers(planned.id(), List.of(ann, bob));
        clock.advance(Duration.ofHours(1));
        campaigns.recordResponse(planned.id(), ann);
        clock.advance(Duration.ofHours(1));
        Campaign converted = campaigns.recordConversion(planned.id(), bob);

        assertEquals(Optional.of(NOW.plus(Duration.ofHours(1))),
                converted.member(ann).orElseThrow().respondedAt());
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(2))),
                converted.member(bob).orElseThrow().convertedAt());
        CampaignResults results = campaigns.results(planned.id());
        assertEquals(2, results.members());
        assertEquals(2, results.responded());
        assertEquals(1, results.converted());
        assertEquals(Optional.of(eur("1500.00")), results.costPerConversion());
        assertEquals(List.of(converted), campaigns.campaignsOf(ann));
    }

    @Test
    void recordResponse_notAMember_isNotFoundAndChangesNothing() {
        Campaign planned = planNextWeek();
        List<Object> before = everything();

        NotFoundException e = assertThrows(NotFoundException.class,
                () -> campaigns.recordResponse(planned.id(), ann));

        assertEquals("member", e.field());
        assertEquals(before, everything());
    }

    @Test
    void campaignsOf_unknownCustomer_isNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> campaigns.campaignsOf(new CustomerId(Fixtures.uuid(99))));

        assertEquals("customerId", e.field());
    }

    @Test
    void delete_plannedCampaign_removesIt() {
        Campaign planned = planNextWeek();

        campaigns.delete(planned.id());

        assertEquals(Optional.empty(), campaigns.find(planned.id()));
    }

    @Test
    void delete_campaignThatRan_isRefusedAndChangesNothing() {
        Campaign running = campaigns.start(planNextWeek().id());
        clock.advance(Duration.ofDays(1));
        campaigns.cancel(running.id());
        List<Object> before = everything();

        ValidationException e = assertThrows(ValidationException.class, () -> campaigns.delete(running.id()));

        assertEquals("status", e.field());
        assertEquals(CampaignService.DELETE_ONLY_UNSTARTED, e.rule());
        assertEquals(before, everything());
    }

    @Test
    void delete_unknownId_isNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> campaigns.delete(new CampaignId(Fixtures.uuid(99))));

        assertEquals("campaignId", e.field());
    }

    @Test
    void search_pageSizeOutOfRange_isRefused() {
        planNextWeek();

        ValidationException zero = assertThrows(ValidationException.class,
                () -> campaigns.search(CampaignQuery.all(), PageRequest.of(0, 0)));
        ValidationException tooLarge = assertThrows(ValidationException.class,
                () -> campaigns.search(CampaignQuery.all(), PageRequest.of(0, PageRequest.MAX_SIZE + 1)));

        assertEquals("size", zero.field());
        assertEquals("size", tooLarge.field());
    }

    @Test
    void addMembers_eightThreadsConcurrently_loseNoMember() throws Exception {
        List<CustomerId> customers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            customers.add(crm.customers().register(NewCustomer.of("C" + i, "c" + i + "@example.org")).id());
        }
        CampaignId id = planNextWeek().id();
        List<Callable<Campaign>> additions = new ArrayList<>();
        for (CustomerId customer : customers) {
            additions.add(() -> {
                while (true) {
                    try {
                        return campaigns.addMembers(id, List.of(customer));
                    } catch (ConcurrentUpdateException retry) {
                        Thread.onSpinWait();
                    }
                }
            });
        }

        assertEquals(List.of(), Concurrently.run(additions));

        Campaign campaign = campaigns.get(id);
        assertEquals(THREADS, campaign.members().size());
        assertEquals(THREADS, campaign.version());
        assertTrue(customers.stream().allMatch(c -> campaign.member(c).isPresent()));
    }
}
