package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerService;
import org.crm4j.core.customer.CustomerSort;
import org.crm4j.core.customer.CustomerUpdate;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.LifecycleStage;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.PhoneNumber;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.customer.StageChange;
import org.crm4j.core.customer.Tag;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.product.ProductSort;
import org.crm4j.core.sales.InsufficientStockException;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SalesService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The look-ups a host expects beyond paged searches (issue 14, "ergonomics"): customers by phone, by gender and by
 * age on a day, many customers by id, a customer's whole purchase history, low-stock products; the lifecycle
 * automation of a first sale; the named steps of registering and updating a customer. Every adapter gives the
 * same answers (the SQL adapters filter in the database).
 */
public abstract class LookupsContract extends PortsContract {

    private static final int THREADS = 8;

    private MutableClock clock;
    private Crm crm;
    private CustomerService customers;

    @BeforeEach
    final void crmOverThePorts() {
        clock = new MutableClock(NOW);
        crm = Crm.builder(ports).clock(clock).ids(IdGenerator.sequence()).defaultPhoneRegion(PhoneRegion.DE).build();
        customers = crm.customers();
    }

    private Customer register(String name, String email) {
        return customers.register(NewCustomer.of(name, email));
    }

    private List<String> names(List<Customer> found) {
        return found.stream().map(Customer::name).toList();
    }

    private List<String> search(CustomerQuery query) {
        return names(customers.search(query, PageRequest.of(0, 100, Sort.asc(CustomerSort.NAME))).content());
    }

    // --- registering and updating with named steps

    @Test
    void register_withNamedSteps_storesEveryDetail() {
        Customer ada = customers.register(NewCustomer.of("Ada", "ada@example.org")
                .withPhone("030 1234567")
                .withDateOfBirth(LocalDate.of(1815, 12, 10))
                .withGender(Gender.FEMALE)
                .withTags(Set.of("vip")));

        assertEquals(Optional.of(new PhoneNumber("+49301234567")), ada.phone());
        assertEquals(Optional.of(LocalDate.of(1815, 12, 10)), ada.dateOfBirth());
        assertEquals(Gender.FEMALE, ada.gender());
        assertEquals(Set.of(Tag.of("vip")), ada.tags());
        assertEquals(ada, customers.get(ada.id()));
    }

    @Test
    void update_withGender_storesTheGender() {
        Customer ada = register("Ada", "ada@example.org");

        Customer updated = customers.update(ada.id(), CustomerUpdate.from(ada).withGender(Gender.FEMALE));

        assertEquals(Gender.FEMALE, updated.gender());
        assertEquals(Gender.FEMALE, customers.get(ada.id()).gender());
    }

    // --- by phone

    @Test
    void findByPhone_numberWrittenAnotherWay_findsEveryCustomerWithItOldestFirstArchivedToo() {
        Customer ada = customers.register(NewCustomer.of("Ada", "ada@example.org").withPhone("+49 30 1234567"));
        clock.advance(Duration.ofMinutes(1));
        Customer bob = customers.register(NewCustomer.of("Bob", "bob@example.org").withPhone("030/1234567"));
        customers.register(NewCustomer.of("Cid", "cid@example.org").withPhone("+49 30 7654321"));
        customers.register(NewCustomer.of("Dee", "dee@example.org"));
        customers.archive(bob.id());

        List<Customer> found = customers.findByPhone("0049 30 123 45 67");

        assertEquals(List.of(ada.id(), bob.id()), found.stream().map(Customer::id).toList());
        assertEquals(customers.get(bob.id()), found.get(1));
    }

    @Test
    void findByPhone_unknownOrUnparseableNumber_isEmpty() {
        customers.register(NewCustomer.of("Ada", "ada@example.org").withPhone("+49 30 1234567"));

        assertEquals(List.of(), customers.findByPhone("+49 30 1234568"));
        assertEquals(List.of(), customers.findByPhone("call me"));
        assertEquals(List.of(), customers.findByPhone(null));
    }

    @Test
    void findByPhone_moreThanTheLimitOfCustomers_isRefusedNamingPhone() {
        long imported = crm.imports().importCustomers(IntStream.rangeClosed(0, CustomerService.LOOKUP_LIMIT)
                .mapToObj(i -> NewCustomer.of("Desk " + i, "desk" + i + "@example.org").withPhone("+49 30 1000")));
        assertEquals(CustomerService.LOOKUP_LIMIT + 1, imported);

        ValidationException e = assertThrows(ValidationException.class, () -> customers.findByPhone("+49 30 1000"));

        assertEquals("phone", e.field());
        assertTrue(e.rule().startsWith("must match at most 1000 customers"), e.rule());
    }

    // --- by gender and age

    private void plantAges() {
        customers.register(NewCustomer.of("Ann", "ann@example.org").withGender(Gender.FEMALE)
                .withDateOfBirth(LocalDate.of(2000, 3, 2)));     // 26 on 2026-03-02 (her birthday)
        customers.register(NewCustomer.of("Ben", "ben@example.org").withGender(Gender.MALE)
                .withDateOfBirth(LocalDate.of(2000, 3, 3)));     // 25 on 2026-03-02, 26 the day after
        customers.register(NewCustomer.of("Cat", "cat@example.org").withGender(Gender.FEMALE)
                .withDateOfBirth(LocalDate.of(1990, 1, 1)));     // 36
        customers.register(NewCustomer.of("Dan", "dan@example.org").withGender(Gender.MALE)
                .withDateOfBirth(LocalDate.of(2010, 6, 15)));    // 15
        customers.register(NewCustomer.of("Eve", "eve@example.org").withGender(Gender.FEMALE)); // no date of birth
        customers.register(NewCustomer.of("Fay", "fay@example.org")
                .withDateOfBirth(LocalDate.of(2008, 2, 29)));    // 18 from 2026-02-28
    }

    @Test
    void search_byGender_findsThatGenderOnly() {
        plantAges();

        assertEquals(List.of("Ann", "Cat", "Eve"), search(CustomerQuery.all().withGender(Gender.FEMALE)));
        assertEquals(List.of("Ben", "Dan"), search(CustomerQuery.all().withGender(Gender.MALE)));
        assertEquals(List.of("Fay"), search(CustomerQuery.all().withGender(Gender.UNDISCLOSED)));
    }

    @Test
    void search_agedBetweenOnADay_countsWholeYearsFromTheDateOfBirth() {
        plantAges();
        LocalDate day = LocalDate.of(2026, 3, 2);

        assertEquals(List.of("Ann", "Ben"), search(CustomerQuery.all().agedBetween(25, 26, day)));
        assertEquals(List.of("Ann"), search(CustomerQuery.all().agedBetween(26, 26, day)));
        assertEquals(List.of("Ann", "Ben"), search(CustomerQuery.all().agedBetween(26, 26, day.plusDays(1))));
        assertEquals(List.of("Dan", "Fay"), search(CustomerQuery.all().agedBetween(0, 20, day)));
        assertEquals(List.of("Ann", "Ben", "Cat", "Dan", "Fay"),
                search(CustomerQuery.all().agedBetween(0, CustomerQuery.MAX_AGE, day)));
        assertEquals(List.of("Ann", "Cat"), search(CustomerQuery.all().withGender(Gender.FEMALE)
                .agedBetween(18, 65, day)));
    }

    @Test
    void search_agedBetween_aLeapDayBirthdayCountsFromThe28thOfFebruary() {
        plantAges();

        assertEquals(List.of("Fay"), search(CustomerQuery.all().agedBetween(18, 18, LocalDate.of(2026, 2, 28))));
        assertEquals(List.of(), search(CustomerQuery.all().agedBetween(18, 18, LocalDate.of(2026, 2, 27))));
        assertEquals(List.of("Fay"), search(CustomerQuery.all().agedBetween(17, 17, LocalDate.of(2026, 2, 27))));
    }

    @Test
    void search_bornBetween_isHalfOpen() {
        plantAges();

        assertEquals(List.of("Ann", "Ben"), search(CustomerQuery.all()
                .bornBetween(LocalDate.of(2000, 3, 2), LocalDate.of(2000, 3, 4))));
        assertEquals(List.of("Ann"), search(CustomerQuery.all()
                .bornBetween(LocalDate.of(2000, 3, 2), LocalDate.of(2000, 3, 3))));
    }

    @Test
    void search_byPhone_matchesTheNumberExactly() {
        customers.register(NewCustomer.of("Ada", "ada@example.org").withPhone("+49 30 1234567"));
        customers.register(NewCustomer.of("Bob", "bob@example.org").withPhone("+49 30 12345678"));

        assertEquals(List.of("Ada"), search(CustomerQuery.all().withPhone(new PhoneNumber("+49301234567"))));
    }

    @Test
    void agedBetween_badBounds_areRefusedNamingTheArgument() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        CustomerQuery all = CustomerQuery.all();

        assertRefused("minAge", "must be in [0, 150]", () -> all.agedBetween(-1, 10, day));
        assertRefused("maxAge", "must be in [0, 150]", () -> all.agedBetween(0, 151, day));
        assertRefused("maxAge", "must not be below minAge", () -> all.agedBetween(30, 20, day));
        assertRefused("asOf", "must not be null", () -> all.agedBetween(20, 30, null));
        assertRefused("asOf", "must be between 1600-01-01 and 9999-12-31",
                () -> all.agedBetween(20, 30, LocalDate.of(10_000, 1, 1)));
        assertRefused("bornTo", "must not be before bornFrom",
                () -> all.bornBetween(LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 1)));
        assertRefused("bornFrom", "must be between 1600-01-01 and 9999-12-31",
                () -> all.bornBetween(LocalDate.of(1599, 12, 31), LocalDate.of(2000, 1, 1)));
    }

    private static void assertRefused(String field, String rule, Runnable call) {
        ValidationException e = assertThrows(ValidationException.class, call::run);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }

    // --- many by id

    @Test
    void getAll_knownUnknownAndRepeatedIds_returnsTheStoredCustomersById() {
        Customer ada = register("Ada", "ada@example.org");
        Customer bob = register("Bob", "bob@example.org");
        Customer cid = register("Cid", "cid@example.org");
        customers.tag(cid.id(), "vip");
        customers.archive(bob.id());
        CustomerId unknown = new CustomerId(Fixtures.uuid(999));

        Map<CustomerId, Customer> found = customers.getAll(List.of(ada.id(), bob.id(), cid.id(), unknown, ada.id()));

        assertEquals(Map.of(ada.id(), customers.get(ada.id()), bob.id(), customers.get(bob.id()),
                cid.id(), customers.get(cid.id())), found);
        assertEquals(Set.of(Tag.of("vip")), found.get(cid.id()).tags());
        assertEquals(Map.of(), customers.getAll(List.of()));
    }

    @Test
    void getAll_tooManyOrNullIds_isRefusedNamingIds() {
        List<CustomerId> tooMany = IntStream.rangeClosed(0, CustomerService.LOOKUP_LIMIT)
                .mapToObj(Fixtures::customerId).toList();

        assertRefused("ids", "must hold at most 1000 ids", () -> customers.getAll(tooMany));
        assertRefused("ids", "must not be null", () -> customers.getAll(null));
        assertRefused("ids", "must not be null",
                () -> customers.getAll(Arrays.asList(Fixtures.customerId(1), null)));
    }

    // --- a customer's purchase history

    @Test
    void history_salesAndReturns_inTimeOrderWithoutPaging() {
        Customer ada = register("Ada", "ada@example.org");
        Customer bob = register("Bob", "bob@example.org");
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 100));
        Sale second = crm.sales().record(NewSale.of(ada.id(), tea.id(), 2));
        Sale first = crm.sales().record(NewSale.of(ada.id(), tea.id(), 1).withSoldAt(NOW.minus(Duration.ofDays(3))));
        crm.sales().record(NewSale.of(bob.id(), tea.id(), 5));
        clock.advance(Duration.ofHours(1));
        Sale returned = crm.sales().recordReturn(NewReturn.of(second.id(), 1));

        assertEquals(List.of(first, crm.sales().get(second.id()), returned), crm.sales().history(ada.id()));
        assertEquals(List.of(), crm.sales().history(register("Cid", "cid@example.org").id()));
    }

    @Test
    void history_unknownCustomer_isNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> crm.sales().history(new CustomerId(Fixtures.uuid(999))));

        assertEquals("customerId", e.field());
    }

    @Test
    void history_moreThanTheLimit_isRefusedPointingToSearch() {
        Customer ada = register("Ada", "ada@example.org");
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 2_000));
        List<NewSale> batch = Stream.generate(() -> NewSale.of(ada.id(), tea.id(), 1))
                .limit(SalesService.MAX_SALES_PER_CALL).toList();
        crm.sales().recordAll(batch);
        assertEquals(SalesService.HISTORY_LIMIT, crm.sales().history(ada.id()).size());
        crm.sales().record(NewSale.of(ada.id(), tea.id(), 1));

        ValidationException e = assertThrows(ValidationException.class, () -> crm.sales().history(ada.id()));

        assertEquals("customerId", e.field());
        assertTrue(e.rule().startsWith("must have at most 1000 sales and returns; page with search("), e.rule());
    }

    // --- low stock

    @Test
    void search_stockAtMost_findsTheLowStockProducts() {
        crm.products().create(new NewProduct("EMPTY", "Empty", eur("1.00"), 0));
        crm.products().create(new NewProduct("LOW", "Low", eur("1.00"), 3));
        crm.products().create(new NewProduct("MID", "Mid", eur("1.00"), 4));
        crm.products().create(new NewProduct("FULL", "Full", eur("1.00"), 100));
        Product old = crm.products().create(new NewProduct("OLD", "Old", eur("1.00"), 1));
        crm.products().archive(old.id());
        PageRequest<ProductSort> byStock = PageRequest.of(0, 10, Sort.asc(ProductSort.STOCK));

        assertEquals(List.of("EMPTY", "LOW"), skus(ProductQuery.all().withStockAtMost(3), byStock));
        assertEquals(List.of("EMPTY", "OLD", "LOW"),
                skus(ProductQuery.all().withStockAtMost(3).includingArchived(), byStock));
        assertEquals(List.of("EMPTY"), skus(ProductQuery.all().withStockAtMost(0), byStock));
        assertEquals(List.of("LOW"), skus(ProductQuery.all().withName("lo").withStockAtMost(3), byStock));
        assertRefused("maxStock", "must be >= 0", () -> ProductQuery.all().withStockAtMost(-1));
    }

    @Test
    void search_stockAtMost_followsTheSales() {
        Customer ada = register("Ada", "ada@example.org");
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 10));
        PageRequest<ProductSort> page = PageRequest.of(0, 10);
        assertEquals(List.of(), skus(ProductQuery.all().withStockAtMost(5), page));

        crm.sales().record(NewSale.of(ada.id(), tea.id(), 5));

        assertEquals(List.of("TEA"), skus(ProductQuery.all().withStockAtMost(5), page));
    }

    private List<String> skus(ProductQuery query, PageRequest<ProductSort> request) {
        return crm.products().search(query, request).content().stream().map(p -> p.sku().value()).toList();
    }

    // --- lifecycle automation: a first sale makes a prospect active

    @Test
    void record_firstSaleToAProspect_movesItToActiveAtTheClocksTime() {
        Customer ada = register("Ada", "ada@example.org");
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 10));
        Instant later = clock.advance(Duration.ofDays(2));

        crm.sales().record(NewSale.of(ada.id(), tea.id(), 1).withSoldAt(NOW.plus(Duration.ofDays(1))));

        Customer active = customers.get(ada.id());
        assertEquals(LifecycleStage.ACTIVE, active.stage());
        assertEquals(List.of(new StageChange(LifecycleStage.PROSPECT, LifecycleStage.ACTIVE, later)),
                active.stageHistory());
        assertEquals(ada.version() + 1, active.version());
        assertEquals(later, active.updatedAt());

        crm.sales().record(NewSale.of(ada.id(), tea.id(), 1));
        assertEquals(active, customers.get(ada.id()), "a second sale changes nothing more");
    }

    @Test
    void record_saleToACustomerBeyondProspect_leavesTheStage() {
        Customer ada = register("Ada", "ada@example.org");
        customers.moveToStage(ada.id(), LifecycleStage.ACTIVE);
        Customer loyal = customers.moveToStage(ada.id(), LifecycleStage.LOYAL);
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 10));

        crm.sales().record(NewSale.of(ada.id(), tea.id(), 1));

        assertEquals(loyal, customers.get(ada.id()));
    }

    @Test
    void recordAll_firstSales_moveEveryProspectBuyerOnce() {
        Customer ada = register("Ada", "ada@example.org");
        Customer bob = register("Bob", "bob@example.org");
        Customer cid = register("Cid", "cid@example.org");
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 10));

        crm.sales().recordAll(List.of(NewSale.of(ada.id(), tea.id(), 1), NewSale.of(bob.id(), tea.id(), 1),
                NewSale.of(ada.id(), tea.id(), 1)));

        assertEquals(1, customers.get(ada.id()).stageHistory().size());
        assertEquals(LifecycleStage.ACTIVE, customers.get(bob.id()).stage());
        assertEquals(cid, customers.get(cid.id()));
    }

    @Test
    void record_refusedSale_leavesTheProspect() {
        Customer ada = register("Ada", "ada@example.org");
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 1));

        assertThrows(InsufficientStockException.class, () -> crm.sales().record(NewSale.of(ada.id(), tea.id(), 2)));

        assertEquals(ada, customers.get(ada.id()));
    }

    @Test
    void record_eightThreadsSellingToOneProspect_allSucceedAndMoveItOnce() throws InterruptedException {
        Customer ada = register("Ada", "ada@example.org");
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 100));
        List<Callable<Sale>> sales = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            sales.add(() -> crm.sales().record(NewSale.of(ada.id(), tea.id(), 1)));
        }

        assertEquals(List.of(), Concurrently.run(sales));

        Customer active = customers.get(ada.id());
        assertEquals(LifecycleStage.ACTIVE, active.stage());
        assertEquals(1, active.stageHistory().size());
        assertEquals(ada.version() + 1, active.version());
        assertEquals(100 - THREADS, crm.products().get(tea.id()).stock());
    }
}
