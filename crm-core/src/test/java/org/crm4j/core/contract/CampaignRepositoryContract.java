package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.campaign.CampaignQuery;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.campaign.CampaignSort;
import org.crm4j.core.campaign.CampaignStatus;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.MemberCounts;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of the {@link CampaignRepository} port, run by extending it as {@link PortsContract} shows. Every
 * test registers two customers, Ann and Bob, through the customer service, then calls the port inside the ports'
 * transactions.
 */
public abstract class CampaignRepositoryContract extends PortsContract {

    /** The instant the contract's campaigns are created at. */
    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    /** The day of {@link #T0}. */
    protected static final LocalDate DAY0 = LocalDate.of(2026, 3, 1);

    private CampaignRepository repository;
    private CustomerId ann;
    private CustomerId bob;

    @BeforeEach
    final void registerCustomers() {
        repository = ports.get(CampaignRepository.class);
        Crm crm = crm(new MutableClock(T0), IdGenerator.sequence());
        ann = crm.customers().register(NewCustomer.of("Ann", "ann@example.org")).id();
        bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org")).id();
    }

    /**
     * A planned campaign with a readable id.
     *
     * @param n       the id's low bits
     * @param name    the name
     * @param start   the first day
     * @param end     the last day
     * @param channel the channel
     * @return the campaign, version 0, no members
     */
    protected static Campaign campaign(long n, String name, LocalDate start, LocalDate end, CampaignChannel channel) {
        return Campaign.plan(new CampaignId(new UUID(0x1000, n)), new NewCampaign(name, start, end,
                new CampaignTarget("everyone", "more sales"), channel, Money.of("250.50", "EUR")), T0);
    }

    private void addMembers(Campaign campaign, CustomerId... customers) {
        txRun(() -> ports.get(CampaignMemberRepository.class).addAll(Arrays.stream(customers)
                .map(c -> CampaignMember.targeted(campaign.id(), c, T0)).toList()));
    }

    private Campaign spring() {
        return campaign(1, "Spring sale", DAY0.plusDays(10), DAY0.plusDays(20), CampaignChannel.EMAIL);
    }

    @Test
    void save_thenFind_returnsAnEqualCampaign() {
        Campaign full = spring().cancel(DAY0, T0.plusSeconds(4));
        tx(() -> repository.save(full));
        assertEquals(Optional.of(full), tx(() -> repository.find(full.id())));
    }

    @Test
    void find_unknown() {
        assertEquals(Optional.empty(), tx(() -> repository.find(new CampaignId(new UUID(7, 7)))));
    }

    @Test
    void save_duplicateId() {
        Campaign first = spring();
        tx(() -> repository.save(first));
        Campaign other = campaign(1, "Other", DAY0, DAY0, CampaignChannel.SMS);
        DuplicateException e = assertThrows(DuplicateException.class, () -> tx(() -> repository.save(other)));
        assertEquals("campaignId", e.field());
        assertEquals(Optional.of(first), tx(() -> repository.find(first.id())));
    }

    @Test
    void update_storesTheChangeAtTheNextVersion() {
        Campaign saved = tx(() -> repository.save(spring()));
        Campaign changed = saved.finish(DAY0.plusDays(12), T0.plusSeconds(6));
        Campaign updated = tx(() -> repository.update(changed));
        assertEquals(1, updated.version());
        assertEquals(changed.withVersion(1), updated);
        assertEquals(Optional.of(updated), tx(() -> repository.find(saved.id())));
        Campaign again = tx(() -> repository.update(updated));
        assertEquals(2, again.version());
    }

    @Test
    void update_staleVersion() {
        Campaign saved = tx(() -> repository.save(spring()));
        Campaign first = tx(() -> repository.update(saved.cancel(DAY0, T0.plusSeconds(1))));
        Campaign stale = saved.finish(DAY0.plusDays(11), T0.plusSeconds(2));
        assertThrows(ConcurrentUpdateException.class, () -> tx(() -> repository.update(stale)));
        assertEquals(Optional.of(first), tx(() -> repository.find(saved.id())));
    }

    @Test
    void update_unknown() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> tx(() -> repository.update(spring())));
        assertEquals("campaignId", e.field());
    }

    @Test
    void delete_removesTheCampaignAndItsMembers() {
        Campaign saved = tx(() -> repository.save(spring()));
        addMembers(saved, ann, bob);
        tx(() -> {
            repository.delete(saved.id());
            return null;
        });
        assertEquals(Optional.empty(), tx(() -> repository.find(saved.id())));
        assertEquals(List.of(), tx(() -> repository.findByMember(ann)));
        assertEquals(new MemberCounts(0, 0, 0), tx(() -> ports.get(CampaignMemberRepository.class).count(saved.id())));
    }

    @Test
    void delete_unknown() {
        CampaignId unknown = new CampaignId(new UUID(7, 7));
        NotFoundException e = assertThrows(NotFoundException.class, () -> tx(() -> {
            repository.delete(unknown);
            return null;
        }));
        assertEquals("campaignId", e.field());
    }

    @Test
    void save_rolledBackWithItsTransaction() {
        assertThrows(IllegalStateException.class, () -> tx(() -> {
            repository.save(spring());
            throw new IllegalStateException("abort");
        }));
        assertEquals(Optional.empty(), tx(() -> repository.find(spring().id())));
    }

    @Test
    void findByMember_listsTheCampaignsTargetingTheCustomer() {
        Campaign c2 = campaign(2, "B", DAY0, DAY0, CampaignChannel.SMS);
        Campaign c1 = campaign(1, "A", DAY0, DAY0, CampaignChannel.SMS);
        Campaign c3 = campaign(3, "C", DAY0, DAY0, CampaignChannel.SMS);
        tx(() -> List.of(repository.save(c2), repository.save(c1), repository.save(c3)));
        addMembers(c2, ann);
        addMembers(c1, bob, ann);
        addMembers(c3, bob);
        assertEquals(List.of(c1, c2), tx(() -> repository.findByMember(ann)));
    }

    /** Five campaigns: ids 1..5, names, dates and channels chosen so that every criterion splits them. */
    private List<Campaign> fiveCampaigns() {
        List<Campaign> all = List.of(
                campaign(1, "Spring sale", DAY0.plusDays(10), DAY0.plusDays(20), CampaignChannel.EMAIL),
                campaign(2, "winter SALE", DAY0.minusDays(60), DAY0.minusDays(30), CampaignChannel.EMAIL),
                campaign(3, "Launch party", DAY0.minusDays(1), DAY0.plusDays(1), CampaignChannel.EVENT),
                campaign(4, "Newsletter", DAY0, DAY0.plusDays(30), CampaignChannel.EMAIL)
                        .cancel(DAY0, T0.plusSeconds(1)),
                campaign(5, "Autumn sale", DAY0.plusDays(200), DAY0.plusDays(210), CampaignChannel.SMS));
        tx(() -> all.stream().map(repository::save).toList());
        return all;
    }

    private List<Long> ids(Page<Campaign> page) {
        return page.content().stream().map(c -> c.id().value().getLeastSignificantBits()).toList();
    }

    @Test
    void search_byNameIgnoringCase() {
        fiveCampaigns();
        Page<Campaign> page = tx(() -> repository.search(CampaignQuery.nameContains("sAlE"), DAY0,
                PageRequest.of(0, 10)));
        assertEquals(List.of(1L, 2L, 5L), ids(page));
        assertEquals(3, page.totalElements());
    }

    @Test
    void search_byStatusOnTheGivenDay() {
        fiveCampaigns();
        assertEquals(List.of(1L, 5L), ids(tx(() -> repository.search(
                CampaignQuery.all().withStatus(CampaignStatus.PLANNED), DAY0, PageRequest.of(0, 10)))));
        assertEquals(List.of(3L), ids(tx(() -> repository.search(
                CampaignQuery.all().withStatus(CampaignStatus.RUNNING), DAY0, PageRequest.of(0, 10)))));
        assertEquals(List.of(2L), ids(tx(() -> repository.search(
                CampaignQuery.all().withStatus(CampaignStatus.FINISHED), DAY0, PageRequest.of(0, 10)))));
        assertEquals(List.of(4L), ids(tx(() -> repository.search(
                CampaignQuery.all().withStatus(CampaignStatus.CANCELLED), DAY0, PageRequest.of(0, 10)))));
        assertEquals(List.of(1L, 2L, 3L, 5L), ids(tx(() -> repository.search(
                CampaignQuery.all().withStatus(CampaignStatus.FINISHED), DAY0.plusDays(220), PageRequest.of(0, 10)))));
    }

    @Test
    void search_byChannelAndOverlappingDates() {
        fiveCampaigns();
        CampaignQuery query = CampaignQuery.all().withChannel(CampaignChannel.EMAIL)
                .overlapping(DAY0.minusDays(30), DAY0.plusDays(11));
        assertEquals(List.of(1L, 2L, 4L), ids(tx(() -> repository.search(query, DAY0, PageRequest.of(0, 10)))));
    }

    @Test
    void search_overlapping_isHalfOpen_campaignStartingOnToIsLeftOut() {
        fiveCampaigns();
        CampaignQuery query = CampaignQuery.all().withChannel(CampaignChannel.EMAIL)
                .overlapping(DAY0.minusDays(30), DAY0.plusDays(10));
        assertEquals(List.of(2L, 4L), ids(tx(() -> repository.search(query, DAY0, PageRequest.of(0, 10)))));
    }

    @Test
    void search_sortsAndPages() {
        fiveCampaigns();
        Page<Campaign> first = tx(() -> repository.search(CampaignQuery.all(), DAY0,
                PageRequest.of(0, 2, Sort.desc(CampaignSort.START_DATE))));
        Page<Campaign> last = tx(() -> repository.search(CampaignQuery.all(), DAY0,
                PageRequest.of(2, 2, Sort.desc(CampaignSort.START_DATE))));
        assertEquals(List.of(5L, 1L), ids(first));
        assertEquals(List.of(2L), ids(last));
        assertEquals(5, last.totalElements());
        assertEquals(List.of(5L, 3L, 4L, 1L, 2L), ids(tx(() -> repository.search(CampaignQuery.all(), DAY0,
                PageRequest.of(0, 10, Sort.asc(CampaignSort.NAME))))));
        assertEquals(List.of(5L, 4L, 1L, 3L, 2L), ids(tx(() -> repository.search(CampaignQuery.all(), DAY0,
                PageRequest.of(0, 10, Sort.desc(CampaignSort.END_DATE))))));
    }

    @Test
    void search_tiesBrokenById() {
        tx(() -> List.of(
                repository.save(campaign(3, "Same", DAY0, DAY0, CampaignChannel.WEB)),
                repository.save(campaign(1, "Same", DAY0, DAY0, CampaignChannel.WEB)),
                repository.save(campaign(2, "Same", DAY0, DAY0, CampaignChannel.WEB))));
        assertEquals(List.of(1L, 2L, 3L), ids(tx(() -> repository.search(CampaignQuery.all(), DAY0,
                PageRequest.of(0, 10, Sort.desc(CampaignSort.NAME))))));
        assertTrue(tx(() -> repository.search(CampaignQuery.all(), DAY0, PageRequest.of(5, 10))).content().isEmpty());
    }
}
