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
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.crm4j.core.customer.CustomerRepository;
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
import org.crm4j.core.campaign.ControlGroup;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.campaign.CampaignMemberDetails;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.campaign.CampaignMemberSort;
import org.crm4j.core.campaign.CampaignQuery;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.campaign.CampaignResults;
import org.crm4j.core.campaign.CampaignService;
import org.crm4j.core.campaign.CampaignStatus;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.CampaignUpdate;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Channel;
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

    /** Everything the ports hold, campaigns and their members included. */
    private List<Object> everything() {
        List<Campaign> all = tx(() -> ports.get(CampaignRepository.class).search(CampaignQuery.all(), TODAY,
                PageRequest.of(0, PageRequest.MAX_SIZE)).content());
        List<Object> members = new ArrayList<>();
        for (Campaign campaign : all) {
            members.add(tx(() -> ports.get(CampaignMemberRepository.class).page(campaign.id(),
                    PageRequest.<CampaignMemberSort>of(0, PageRequest.MAX_SIZE)).content()));
        }
        return List.of(state(), all, members);
    }

    private List<CampaignMember> members(CampaignId id) {
        return campaigns.members(id, PageRequest.of(0, PageRequest.MAX_SIZE)).content().stream()
                .map(CampaignMemberDetails::member).toList();
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
    void addMembers_consentWithdrawnForTheChannel_isRefusedNamingTheMemberAndChangesNothing() {
        Campaign planned = planNextWeek();
        crm.customers().recordConsent(bob, Channel.EMAIL, true);
        crm.customers().recordConsent(bob, Channel.EMAIL, false);
        List<Object> before = everything();

        ValidationException e = assertThrows(ValidationException.class,
                () -> campaigns.addMembers(planned.id(), List.of(ann, bob)));

        assertEquals("member", e.field());
        assertEquals(CampaignService.MEMBER_CONSENT, e.rule());
        assertTrue(e.getMessage().contains(bob + " (EMAIL)"), e.getMessage());
        assertEquals(before, everything());
    }

    @Test
    void addMembers_consentWithdrawnForAnotherChannelOnly_isAccepted() {
        Campaign planned = planNextWeek();
        crm.customers().recordConsent(bob, Channel.SMS, false);
        crm.customers().recordConsent(ann, Channel.EMAIL, true);

        campaigns.addMembers(planned.id(), List.of(ann, bob));

        assertEquals(2, campaigns.results(planned.id()).members());
    }

    @Test
    void addMembers_campaignWithoutConsentChannel_ignoresConsent() {
        Campaign web = campaigns.plan(new NewCampaign("Banner", TODAY, TODAY.plusDays(3),
                new CampaignTarget("visitors", "clicks"), CampaignChannel.WEB, eur("10.00")));
        for (Channel channel : Channel.values()) {
            crm.customers().recordConsent(bob, channel, false);
        }

        campaigns.addMembers(web.id(), List.of(bob));

        assertEquals(1, campaigns.results(web.id()).members());
    }

    @Test
    void addMembers_archivedCustomer_isRefusedAndChangesNothing() {
        Campaign planned = planNextWeek();
        crm.customers().archive(bob);
        List<Object> before = everything();

        ValidationException e = assertThrows(ValidationException.class,
                () -> campaigns.addMembers(planned.id(), List.of(ann, bob)));

        assertEquals("customerId", e.field());
        assertEquals(CampaignService.MEMBER_ACTIVE, e.rule());
        assertEquals(before, everything());
    }

    @Test
    void addMembers_finishedCampaign_isRefusedAndChangesNothing() {
        Campaign running = campaigns.start(planNextWeek().id());
        clock.advance(Duration.ofDays(1));
        campaigns.finish(running.id());
        List<Object> before = everything();

        ValidationException e = assertThrows(ValidationException.class,
                () -> campaigns.addMembers(running.id(), List.of(ann)));

        assertEquals("status", e.field());
        assertEquals(Campaign.NOT_CLOSED, e.rule());
        assertEquals(before, everything());
    }

    @Test
    void addMembers_unknownCampaign_isNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> campaigns.addMembers(new CampaignId(Fixtures.uuid(99)), List.of(ann)));

        assertEquals("campaignId", e.field());
    }

    @Test
    void addMembers_overSeveralBatches_addsAllOrNone() {
        Campaign planned = planNextWeek();
        int count = CampaignMemberRepository.MAX_BATCH * 2 + 10;
        List<CustomerId> many = new ArrayList<>();
        txRun(() -> {
            for (int i = 0; i < count; i++) {
                many.add(ports.get(CustomerRepository.class).save(Fixtures.customer(10_000 + i, "Customer " + i,
                        "many" + i + "@example.org", NOW)).id());
            }
        });
        List<CustomerId> withUnknownLast = new ArrayList<>(many);
        withUnknownLast.add(new CustomerId(Fixtures.uuid(99)));

        NotFoundException e = assertThrows(NotFoundException.class,
                () -> campaigns.addMembers(planned.id(), withUnknownLast));
        assertEquals("customerId", e.field());
        assertEquals(0, campaigns.results(planned.id()).members());

        campaigns.addMembers(planned.id(), many);
        assertEquals(count, campaigns.results(planned.id()).members());
        assertEquals(count, campaigns.members(planned.id(), PageRequest.of(0, 10)).totalElements());
    }

    @Test
    void members_pagesWithCustomerDetails() {
        Campaign planned = planNextWeek();
        campaigns.addMembers(planned.id(), List.of(bob, ann));
        crm.customers().archive(bob);

        List<CampaignMemberDetails> byName = campaigns.members(planned.id(),
                PageRequest.of(0, 10, Sort.desc(CampaignMemberSort.NAME))).content();

        assertEquals(List.of("Bob", "Ann"), byName.stream().map(CampaignMemberDetails::name).toList());
        assertEquals(List.of(false, true), byName.stream().map(CampaignMemberDetails::active).toList());
        assertEquals("ann@example.org", byName.get(1).email().value());
        assertEquals(CampaignMember.targeted(planned.id(), ann, NOW), byName.get(1).member());
    }

    @Test
    void members_unknownCampaign_isNotFound() {
        NotFoundException unknown = assertThrows(NotFoundException.class,
                () -> campaigns.members(new CampaignId(Fixtures.uuid(99)), PageRequest.of(0, 10)));

        assertEquals("campaignId", unknown.field());
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
        CampaignMember annResponded = campaigns.recordResponse(planned.id(), ann);
        clock.advance(Duration.ofHours(1));
        CampaignMember bobConverted = campaigns.recordConversion(planned.id(), bob);

        assertEquals(Optional.of(NOW.plus(Duration.ofHours(1))), annResponded.respondedAt());
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(2))), bobConverted.convertedAt());
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(2))), bobConverted.respondedAt());
        assertEquals(List.of(annResponded, bobConverted), members(planned.id()));
        CampaignResults results = campaigns.results(planned.id());
        assertEquals(2, results.members());
        assertEquals(new CampaignResults.Group(2, 2, 1), results.contacted());
        assertEquals(new CampaignResults.Group(0, 0, 0), results.control());
        assertEquals(Optional.empty(), results.conversionUplift());
        assertEquals(Optional.of(eur("1500.00")), results.costPerConversion());
        assertEquals(List.of(planned), campaigns.campaignsOf(ann));
        assertEquals(planned, campaigns.get(planned.id()));
    }

    @Test
    void recordResponse_secondResponse_keepsTheFirst() {
        Campaign planned = planNextWeek();
        campaigns.addMembers(planned.id(), List.of(ann));
        CampaignMember first = campaigns.recordResponse(planned.id(), ann);
        clock.advance(Duration.ofHours(1));

        assertEquals(first, campaigns.recordResponse(planned.id(), ann));
        assertEquals(Optional.of(NOW), campaigns.recordConversion(planned.id(), ann).respondedAt());
    }

    @Test
    void recordResponse_changesThatMemberOnly() {
        Campaign planned = planNextWeek();
        Campaign other = planNextWeek();
        List<CustomerId> many = registerCustomers(20);
        campaigns.addMembers(planned.id(), many);
        campaigns.addMembers(other.id(), many);
        List<CampaignMember> before = members(planned.id());
        List<CampaignMember> otherBefore = members(other.id());
        clock.advance(Duration.ofMinutes(1));

        CampaignMember responded = campaigns.recordResponse(planned.id(), many.get(7));

        List<CampaignMember> expected = new ArrayList<>(before);
        expected.set(before.indexOf(CampaignMember.targeted(planned.id(), many.get(7), NOW)), responded);
        assertEquals(expected, members(planned.id()));
        assertEquals(otherBefore, members(other.id()));
        assertEquals(planned, campaigns.get(planned.id()));
    }

    @Test
    void recordResponseAndConversion_eightThreadsOnOneMember_firstResponseCountsAndOneConversion()
            throws Exception {
        Campaign planned = planNextWeek();
        campaigns.addMembers(planned.id(), List.of(ann));
        List<Callable<CampaignMember>> calls = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            boolean convert = t % 2 == 0;
            calls.add(() -> convert ? campaigns.recordConversion(planned.id(), ann)
                    : campaigns.recordResponse(planned.id(), ann));
        }

        assertEquals(List.of(), Concurrently.run(calls));

        CampaignMember stored = members(planned.id()).get(0);
        assertTrue(stored.hasConverted());
        assertEquals(new CampaignResults(planned.id(), new CampaignResults.Group(1, 1, 1),
                new CampaignResults.Group(0, 0, 0), planned.budget()), campaigns.results(planned.id()));
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

    /** A campaign next week holding out half of 20 customers; its members, held-out ones first. */
    private List<CampaignMember> withControlGroup(Campaign planned) {
        campaigns.holdOut(planned.id(), ControlGroup.of(0.5, 19L));
        campaigns.addMembers(planned.id(), registerCustomers(20));
        List<CampaignMember> members = new ArrayList<>(members(planned.id()));
        members.sort(java.util.Comparator.comparing((CampaignMember m) -> !m.control()));
        assertTrue(members.get(0).control() && !members.get(members.size() - 1).control(), members::toString);
        return members;
    }

    @Test
    void recordResponse_heldOutMember_isRefusedAndChangesNothing() {
        Campaign planned = planNextWeek();
        CampaignMember heldOut = withControlGroup(planned).get(0);
        List<Object> before = everything();
        clock.advance(Duration.ofMinutes(1));

        ValidationException e = assertThrows(ValidationException.class,
                () -> campaigns.recordResponse(planned.id(), heldOut.customer()));

        assertEquals("member", e.field());
        assertEquals(CampaignMember.RESPONSE_NEEDS_CONTACT, e.rule());
        assertEquals(before, everything());
    }

    @Test
    void recordConversion_heldOutMember_isRecordedWithoutAResponse_resultsSplitTheGroups() {
        Campaign planned = planNextWeek();
        List<CampaignMember> members = withControlGroup(planned);
        int heldOut = (int) members.stream().filter(CampaignMember::control).count();
        CampaignMember control = members.get(0);
        CampaignMember contacted = members.get(members.size() - 1);
        CampaignMember otherContacted = members.get(members.size() - 2);
        clock.advance(Duration.ofHours(1));

        CampaignMember converted = campaigns.recordConversion(planned.id(), control.customer());
        campaigns.recordConversion(planned.id(), contacted.customer());
        campaigns.recordResponse(planned.id(), otherContacted.customer());

        assertEquals(Optional.of(NOW.plus(Duration.ofHours(1))), converted.convertedAt());
        assertEquals(Optional.empty(), converted.respondedAt());
        assertTrue(converted.control());
        assertTrue(members(planned.id()).contains(converted));
        assertEquals(converted, campaigns.recordConversion(planned.id(), control.customer()));
        CampaignResults results = campaigns.results(planned.id());
        assertEquals(20, results.members());
        assertEquals(new CampaignResults.Group(20 - heldOut, 2, 1), results.contacted());
        assertEquals(new CampaignResults.Group(heldOut, 0, 1), results.control());
        assertEquals(1.0 / (20 - heldOut), results.contacted().conversionRate(), 1e-15);
        assertEquals(1.0 / heldOut, results.control().conversionRate(), 1e-15);
        assertEquals(Optional.of(1.0 / (20 - heldOut) - 1.0 / heldOut), results.conversionUplift());
        assertEquals(Optional.of(eur("1500.00")), results.costPerConversion());
    }

    @Test
    void recordConversion_unknownCampaign_isNotFoundOnTheCampaign() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> campaigns.recordConversion(new CampaignId(Fixtures.uuid(99)), ann));

        assertEquals("campaignId", e.field());
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
        List<CustomerId> customers = registerCustomers(THREADS * 10);
        CampaignId id = planNextWeek().id();
        List<Callable<Void>> additions = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<CustomerId> share = customers.subList(t * 10, t * 10 + 10);
            additions.add(() -> {
                campaigns.addMembers(id, share);
                return null;
            });
        }

        assertEquals(List.of(), Concurrently.run(additions));

        assertEquals(Set.copyOf(customers), members(id).stream().map(CampaignMember::customer).collect(
                Collectors.toSet()));
        assertEquals(THREADS * 10, campaigns.results(id).members());
        assertEquals(0, campaigns.get(id).version());
    }

    /** Registers customers C0, C1, ... through the service. */
    private List<CustomerId> registerCustomers(int count) {
        List<CustomerId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(crm.customers().register(NewCustomer.of("C" + i, "c" + i + "@example.org")).id());
        }
        return ids;
    }
}
