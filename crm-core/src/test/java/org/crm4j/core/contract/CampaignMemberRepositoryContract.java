package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.campaign.CampaignMemberDetails;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.campaign.CampaignMemberSort;
import org.crm4j.core.campaign.ControlGroup;
import org.crm4j.core.campaign.MemberCounts;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.EmailAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of the {@link CampaignMemberRepository} port, run by extending it as {@link PortsContract} shows. Every
 * test stores two campaigns (ids 1 and 2) and five customers (ids 11 to 15, named "Eve", "dan", "Cid", "bob",
 * "Ann" so that name order is the reverse of id order) through the ports.
 */
public abstract class CampaignMemberRepositoryContract extends PortsContract {

    private static final Instant T0 = Fixtures.NOW;
    private static final List<String> NAMES = List.of("Eve", "dan", "Cid", "bob", "Ann");

    private CampaignMemberRepository repository;
    private Campaign spring;
    private Campaign autumn;
    private List<Customer> customers;

    @BeforeEach
    final void storeCampaignsAndCustomers() {
        repository = ports.get(CampaignMemberRepository.class);
        spring = Fixtures.campaign(new CampaignId(Fixtures.uuid(1)));
        autumn = Fixtures.campaign(new CampaignId(Fixtures.uuid(2)));
        customers = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            customers.add(Fixtures.customer(11 + i, NAMES.get(i), NAMES.get(i).toLowerCase() + "@example.org", T0));
        }
        txRun(() -> {
            ports.get(CampaignRepository.class).save(spring);
            ports.get(CampaignRepository.class).save(autumn);
            customers.forEach(ports.get(CustomerRepository.class)::save);
        });
    }

    private CustomerId customer(int i) {
        return customers.get(i).id();
    }

    private CampaignMember member(Campaign campaign, int customer, long seconds) {
        return CampaignMember.targeted(campaign.id(), customer(customer), T0.plusSeconds(seconds));
    }

    private List<CampaignMember> members(Page<CampaignMemberDetails> page) {
        return page.content().stream().map(CampaignMemberDetails::member).toList();
    }

    private Page<CampaignMemberDetails> page(Campaign campaign, PageRequest<CampaignMemberSort> request) {
        return tx(() -> repository.page(campaign.id(), request));
    }

    private List<CampaignMember> all(Campaign campaign) {
        return members(page(campaign, PageRequest.of(0, PageRequest.MAX_SIZE)));
    }

    @Test
    void addAll_thenPage_returnsEqualMembersWithTheirCustomersDetails() {
        List<CampaignMember> added = List.of(member(spring, 2, 0), member(spring, 0, 1), member(spring, 4, 2));
        txRun(() -> repository.addAll(added));

        Page<CampaignMemberDetails> page = page(spring, PageRequest.of(0, 10));

        assertEquals(List.of(member(spring, 0, 1), member(spring, 2, 0), member(spring, 4, 2)), members(page));
        assertEquals(3, page.totalElements());
        CampaignMemberDetails eve = page.content().get(0);
        assertEquals("Eve", eve.name());
        assertEquals(EmailAddress.of("eve@example.org"), eve.email());
        assertTrue(eve.active());
        assertEquals(List.of(), all(autumn));
    }

    @Test
    void addAll_heldOutMember_keepsItsControlFlagThroughUpdates() {
        CampaignMember held = CampaignMember.heldOut(spring.id(), customer(1), T0);
        txRun(() -> repository.addAll(List.of(held, member(spring, 0, 0))));
        CampaignMember converted = held.convert(T0.plusSeconds(9));
        txRun(() -> repository.update(converted));

        assertEquals(List.of(member(spring, 0, 0), converted), all(spring).stream()
                .sorted(java.util.Comparator.comparing(CampaignMember::control)).toList());
        assertTrue(tx(() -> repository.lock(spring.id(), customer(1))).orElseThrow().control());
    }

    @Test
    void saveControlGroup_thenRead_andASecondIsDuplicate() {
        ControlGroup group = ControlGroup.of(0.25, -7L);
        txRun(() -> repository.saveControlGroup(spring.id(), group));

        assertEquals(Optional.of(group), tx(() -> repository.controlGroup(spring.id())));
        assertEquals(Optional.empty(), tx(() -> repository.controlGroup(autumn.id())));
        assertEquals("controlGroup", assertThrows(DuplicateException.class,
                () -> txRun(() -> repository.saveControlGroup(spring.id(), ControlGroup.of(0.5, 1)))).field());
        assertEquals(Optional.of(group), tx(() -> repository.controlGroup(spring.id())));
    }

    @Test
    void addAll_anExistingMember_isDuplicateAndAddsNoneOfTheBatch() {
        txRun(() -> repository.addAll(List.of(member(spring, 0, 0))));

        DuplicateException e = assertThrows(DuplicateException.class,
                () -> txRun(() -> repository.addAll(List.of(member(spring, 1, 1), member(spring, 0, 1)))));

        assertEquals("member", e.field());
        assertEquals(List.of(member(spring, 0, 0)), all(spring));
    }

    @Test
    void addAll_sameCustomerInAnotherCampaign_isAnotherMember() {
        txRun(() -> repository.addAll(List.of(member(spring, 0, 0), member(autumn, 0, 5))));

        assertEquals(List.of(member(spring, 0, 0)), all(spring));
        assertEquals(List.of(member(autumn, 0, 5)), all(autumn));
    }

    @Test
    void addAll_rolledBackWithItsTransaction() {
        assertThrows(IllegalStateException.class, () -> txRun(() -> {
            repository.addAll(List.of(member(spring, 0, 0), member(spring, 1, 0)));
            throw new IllegalStateException("abort");
        }));

        assertEquals(List.of(), all(spring));
        assertEquals(new MemberCounts(0, 0, 0), tx(() -> repository.count(spring.id())));
    }

    @Test
    void addAll_aFullBatch_storesEveryMember() {
        List<Customer> many = new ArrayList<>();
        for (int i = 0; i < CampaignMemberRepository.MAX_BATCH; i++) {
            many.add(Fixtures.customer(1_000 + i, "Customer " + i, "c" + i + "@example.org", T0));
        }
        txRun(() -> many.forEach(ports.get(CustomerRepository.class)::save));
        List<CampaignMember> batch = many.stream()
                .map(c -> CampaignMember.targeted(autumn.id(), c.id(), T0)).toList();

        txRun(() -> repository.addAll(batch));

        assertEquals(new MemberCounts(CampaignMemberRepository.MAX_BATCH, 0, 0),
                tx(() -> repository.count(autumn.id())));
        assertEquals(batch, all(autumn));
    }

    @Test
    void update_changesThatMemberOnly() {
        txRun(() -> repository.addAll(List.of(member(spring, 0, 0), member(spring, 1, 0), member(spring, 2, 0),
                member(autumn, 1, 0))));
        CampaignMember responded = member(spring, 1, 0).respond(T0.plusSeconds(60));

        txRun(() -> repository.update(responded));

        assertEquals(List.of(member(spring, 0, 0), responded, member(spring, 2, 0)), all(spring));
        assertEquals(List.of(member(autumn, 1, 0)), all(autumn));
        CampaignMember converted = responded.convert(T0.plusSeconds(120));
        txRun(() -> repository.update(converted));
        assertEquals(Optional.of(converted), tx(() -> repository.lock(spring.id(), customer(1))));
    }

    @Test
    void update_keepsTheStoredTargetingTime() {
        txRun(() -> repository.addAll(List.of(member(spring, 0, 0))));

        txRun(() -> repository.update(member(spring, 0, 99).respond(T0.plusSeconds(100))));

        assertEquals(List.of(member(spring, 0, 0).respond(T0.plusSeconds(100))), all(spring));
    }

    @Test
    void update_notAMember_isNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> txRun(() -> repository.update(member(spring, 0, 0).respond(T0))));

        assertEquals("member", e.field());
        assertEquals(List.of(), all(spring));
    }

    @Test
    void lock_notAMember_isEmpty() {
        txRun(() -> repository.addAll(List.of(member(autumn, 0, 0))));

        assertEquals(Optional.empty(), tx(() -> repository.lock(spring.id(), customer(0))));
        assertEquals(Optional.empty(), tx(() -> repository.lock(new CampaignId(new UUID(7, 7)), customer(0))));
    }

    @Test
    void count_countsMembersResponsesAndConversionsOfTheCampaign() {
        txRun(() -> repository.addAll(List.of(member(spring, 0, 0), member(spring, 1, 0), member(spring, 2, 0),
                member(spring, 3, 0), member(autumn, 0, 0))));
        txRun(() -> {
            repository.update(member(spring, 0, 0).respond(T0));
            repository.update(member(spring, 1, 0).convert(T0));
            repository.update(member(spring, 2, 0).respond(T0).convert(T0.plusSeconds(1)));
            repository.update(member(autumn, 0, 0).convert(T0));
        });

        assertEquals(new MemberCounts(4, 3, 2), tx(() -> repository.count(spring.id())));
        assertEquals(new MemberCounts(0, 0, 0), tx(() -> repository.count(new CampaignId(new UUID(7, 7)))));
    }

    @Test
    void count_countsHeldOutMembersAndTheirConversionsApart() {
        CampaignMember held = CampaignMember.heldOut(spring.id(), customer(1), T0);
        CampaignMember heldToo = CampaignMember.heldOut(spring.id(), customer(2), T0);
        txRun(() -> repository.addAll(List.of(member(spring, 0, 0), held, heldToo, member(spring, 3, 0))));
        txRun(() -> {
            repository.update(held.convert(T0.plusSeconds(5)));
            repository.update(member(spring, 0, 0).respond(T0));
            repository.update(member(spring, 3, 0).convert(T0));
        });

        assertEquals(new MemberCounts(2, 2, 1, 2, 1), tx(() -> repository.count(spring.id())));
        assertEquals(4, tx(() -> repository.count(spring.id())).members());
    }

    @Test
    void page_sortsByTargetingTimeAndNameAndPages() {
        txRun(() -> repository.addAll(List.of(member(spring, 0, 3), member(spring, 1, 1), member(spring, 2, 4),
                member(spring, 3, 1), member(spring, 4, 2))));

        assertEquals(List.of(member(spring, 1, 1), member(spring, 3, 1), member(spring, 4, 2)),
                members(page(spring, PageRequest.of(0, 3, Sort.asc(CampaignMemberSort.TARGETED_AT)))));
        Page<CampaignMemberDetails> second = page(spring, PageRequest.of(1, 3, Sort.asc(CampaignMemberSort.TARGETED_AT)));
        assertEquals(List.of(member(spring, 0, 3), member(spring, 2, 4)), members(second));
        assertEquals(5, second.totalElements());
        assertEquals(List.of(member(spring, 2, 4), member(spring, 0, 3), member(spring, 4, 2), member(spring, 1, 1),
                member(spring, 3, 1)), members(page(spring, PageRequest.of(0, 10, Sort.desc(CampaignMemberSort.TARGETED_AT)))));
        if (searchesPersonalText()) {
            assertEquals(List.of("Ann", "bob", "Cid", "dan", "Eve"), page(spring, PageRequest.of(0, 10,
                    Sort.asc(CampaignMemberSort.NAME))).content().stream().map(CampaignMemberDetails::name).toList());
        } else {
            assertEquals("sort.key", assertThrows(ValidationException.class, () -> page(spring,
                    PageRequest.of(0, 10, Sort.asc(CampaignMemberSort.NAME)))).field());
        }
        assertEquals(List.of(customer(4), customer(3), customer(2), customer(1), customer(0)), members(page(spring,
                PageRequest.of(0, 10, Sort.desc(CampaignMemberSort.ID)))).stream().map(CampaignMember::customer).toList());
        assertTrue(page(spring, PageRequest.of(5, 10)).content().isEmpty());
    }
}
