package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.Consent;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerUpdate;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.LifecycleStage;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.PhoneNumber;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.customer.StageChange;
import org.crm4j.core.customer.Tag;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.sales.NewSale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link org.crm4j.core.customer.CustomerService} does over any adapter's ports. */
public abstract class CustomerServiceContract extends PortsContract {

    /** The number of threads of the concurrency tests. */
    protected static final int THREADS = 8;

    private MutableClock clock;
    private Crm crm;

    @BeforeEach
    final void crmOverThePorts() {
        clock = new MutableClock(NOW);
        crm = Crm.builder(ports).clock(clock).ids(IdGenerator.sequence()).defaultPhoneRegion(PhoneRegion.DE).build();
    }

    private Customer ada() {
        return crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org"));
    }

    @Test
    void register_validCommand_storesAnActiveProspectAtTheClocksTime() {
        Customer ada = crm.customers().register(new NewCustomer("  Ada Lovelace ", "Ada@Example.org",
                Optional.of("030 1234567"), Optional.of(LocalDate.of(1815, 12, 10)), Gender.FEMALE, Set.of("VIP")));

        assertEquals(new CustomerId(Fixtures.uuid(1)), ada.id());
        assertEquals("Ada Lovelace", ada.name());
        assertEquals("ada@example.org", ada.email().value());
        assertEquals(Optional.of(new PhoneNumber("+49301234567")), ada.phone());
        assertEquals(Set.of(Tag.of("vip")), ada.tags());
        assertEquals(LifecycleStage.PROSPECT, ada.stage());
        assertTrue(ada.active());
        assertEquals(NOW, ada.createdAt());
        assertEquals(0, ada.version());
        assertEquals(ada, crm.customers().get(ada.id()));
    }

    @Test
    void findByEmail_addressInAnotherCase_findsTheCustomer() {
        Customer ada = ada();

        assertEquals(Optional.of(ada), crm.customers().findByEmail(" ADA@example.ORG "));
    }

    @Test
    void update_newDetails_areStoredWithTheClocksTimeAtTheNextVersion() {
        Customer ada = ada();
        Instant later = clock.advance(Duration.ofHours(1));

        Customer updated = crm.customers().update(ada.id(),
                CustomerUpdate.from(ada).withName("Augusta Ada King").withPhone("+44 20 7946 0958"));

        assertEquals("Augusta Ada King", updated.name());
        assertEquals(Optional.of(new PhoneNumber("+442079460958")), updated.phone());
        assertEquals(later, updated.updatedAt());
        assertEquals(NOW, updated.createdAt());
        assertEquals(1, updated.version());
        assertEquals(updated, crm.customers().get(ada.id()));
    }

    @Test
    void update_staleExpectedVersion_isConcurrentUpdateAndChangesNothing() {
        Customer ada = ada();
        crm.customers().tag(ada.id(), "first");
        State before = state();

        assertThrows(ConcurrentUpdateException.class,
                () -> crm.customers().update(ada.id(), CustomerUpdate.from(ada).withName("Stale")));

        assertEquals(before, state());
    }

    @Test
    void moveToStage_legalTransitions_recordsEachWithItsTime() {
        Customer ada = ada();
        Instant t1 = clock.advance(Duration.ofDays(1));
        crm.customers().moveToStage(ada.id(), LifecycleStage.ACTIVE);
        Instant t2 = clock.advance(Duration.ofDays(1));
        crm.customers().moveToStage(ada.id(), LifecycleStage.AT_RISK);
        Instant t3 = clock.advance(Duration.ofDays(1));

        Customer churned = crm.customers().moveToStage(ada.id(), LifecycleStage.CHURNED);

        assertEquals(List.of(
                new StageChange(LifecycleStage.PROSPECT, LifecycleStage.ACTIVE, t1),
                new StageChange(LifecycleStage.ACTIVE, LifecycleStage.AT_RISK, t2),
                new StageChange(LifecycleStage.AT_RISK, LifecycleStage.CHURNED, t3)), churned.stageHistory());
        assertEquals(t3, churned.stageSince());
        assertEquals(churned, crm.customers().get(ada.id()));
    }

    @Test
    void recordConsent_grantedThenWithdrawn_keepsTheLatestDecisionWithItsTime() {
        Customer ada = ada();
        crm.customers().recordConsent(ada.id(), Channel.EMAIL, true);
        Instant later = clock.advance(Duration.ofMinutes(5));

        Customer withdrawn = crm.customers().recordConsent(ada.id(), Channel.EMAIL, false);

        assertEquals(new Consent(Channel.EMAIL, false, later), withdrawn.consents().get(Channel.EMAIL));
        assertFalse(withdrawn.hasConsent(Channel.EMAIL));
        assertEquals(withdrawn, crm.customers().get(ada.id()));
    }

    @Test
    void tagAndUntag_labels_areNormalisedAndStored() {
        Customer ada = ada();
        crm.customers().tag(ada.id(), "Newsletter");
        crm.customers().tag(ada.id(), "VIP");

        Customer untagged = crm.customers().untag(ada.id(), "newsletter");

        assertEquals(Set.of(Tag.of("vip")), untagged.tags());
        assertEquals(untagged, crm.customers().get(ada.id()));
    }

    @Test
    void archive_customer_isLeftOutOfTheDefaultSearchUntilReactivated() {
        Customer ada = ada();

        crm.customers().archive(ada.id());

        assertEquals(0, crm.customers().search(CustomerQuery.all(), PageRequest.of(0, 10)).totalElements());
        crm.customers().reactivate(ada.id());
        assertEquals(1, crm.customers().search(CustomerQuery.all(), PageRequest.of(0, 10)).totalElements());
    }

    @Test
    void delete_customerWithoutSales_removesTheCustomer() {
        Customer ada = ada();

        crm.customers().delete(ada.id());

        assertEquals(Optional.empty(), crm.customers().find(ada.id()));
    }

    @Test
    void delete_customerWithSales_isRefusedAndChangesNothing() {
        Customer ada = ada();
        var tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 5));
        crm.sales().record(NewSale.of(ada.id(), tea.id(), 1));
        State before = state();

        ValidationException e = assertThrows(ValidationException.class, () -> crm.customers().delete(ada.id()));

        assertEquals("customerId", e.field());
        assertEquals("must have no sales; archive the customer instead", e.rule());
        assertEquals(before, state());
    }

    @Test
    void register_sameEmailFromEightThreads_storesExactlyOneCustomer() throws Exception {
        List<Callable<Customer>> registrations = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String name = "Twin " + t;
            registrations.add(() -> crm.customers().register(NewCustomer.of(name, "twin@example.org")));
        }

        List<Throwable> failures = Concurrently.run(registrations);

        assertEquals(THREADS - 1, failures.size());
        failures.forEach(f -> assertEquals(DuplicateException.class, f.getClass(), f::toString));
        assertEquals(1, crm.customers().search(CustomerQuery.all(), PageRequest.of(0, 10)).totalElements());
    }

    @Test
    void update_sameVersionFromEightThreads_letsExactlyOneWin() throws Exception {
        Customer ada = ada();
        List<Callable<Customer>> updates = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String name = "Ada " + t;
            updates.add(() -> crm.customers().update(ada.id(), CustomerUpdate.from(ada).withName(name)));
        }

        List<Throwable> failures = Concurrently.run(updates);

        assertEquals(THREADS - 1, failures.size());
        failures.forEach(f -> assertEquals(ConcurrentUpdateException.class, f.getClass(), f::toString));
        assertEquals(1, crm.customers().get(ada.id()).version());
    }

    @Test
    void tag_eightThreadsTaggingOneCustomer_allSucceedAndNoTagIsLost() throws Exception {
        Customer ada = ada();
        List<Callable<Customer>> tags = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        for (int t = 0; t < THREADS; t++) {
            String tag = "tag-" + t;
            expected.add(tag);
            tags.add(() -> crm.customers().tag(ada.id(), tag));
        }

        List<Throwable> failures = Concurrently.run(tags);

        assertEquals(List.of(), failures);
        Customer after = crm.customers().get(ada.id());
        assertEquals(expected, after.tags().stream().map(Tag::value).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(THREADS, after.version());
    }
}
