package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductUpdate;
import org.crm4j.core.sales.InsufficientStockException;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleQuery;
import org.crm4j.core.sales.SaleRepository;
import org.crm4j.core.sales.SaleSort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link org.crm4j.core.sales.SalesService} does over any adapter's ports, including the concurrency rule:
 * eight threads selling the same product never oversell it.
 */
public abstract class SalesServiceContract extends PortsContract {

    /** The number of threads of the concurrency test. */
    protected static final int THREADS = 8;

    private MutableClock clock;
    private Crm crm;
    private Customer ada;
    private Product tea;

    /**
     * Makes sure a campaign with this id exists, for adapters whose sales reference a campaign table: by default
     * stores a planned one through the campaign port.
     *
     * @param campaign the id a test attributes a sale to
     */
    protected void campaignExists(CampaignId campaign) {
        tx(() -> ports.get(CampaignRepository.class).save(Fixtures.campaign(campaign)));
    }

    @BeforeEach
    final void customerAndProduct() {
        clock = new MutableClock(NOW);
        crm = crm(clock, IdGenerator.sequence());
        ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
        tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 10));
    }

    private int stock() {
        return crm.products().get(tea.id()).stock();
    }

    @Test
    void record_sale_capturesTheCurrentPriceAndTheClocksTimeAndTakesTheStock() {
        Sale sale = crm.sales().record(NewSale.of(ada.id(), tea.id(), 3));

        assertEquals(eur("4.50"), sale.unitPrice());
        assertEquals(eur("13.50"), sale.total());
        assertEquals(NOW, sale.soldAt());
        assertEquals(7, stock());
        assertEquals(sale, crm.sales().get(sale.id()));
    }

    @Test
    void record_laterPriceChange_leavesTheRecordedUnitPrice() {
        Sale sale = crm.sales().record(NewSale.of(ada.id(), tea.id(), 1));

        Product current = crm.products().get(tea.id());
        crm.products().update(tea.id(), ProductUpdate.from(current).withPrice(eur("9.99")));

        assertEquals(eur("4.50"), crm.sales().get(sale.id()).unitPrice());
    }

    @Test
    void record_negotiatedUnitPrice_isStoredInsteadOfTheProductsPrice() {
        Sale sale = crm.sales().record(NewSale.of(ada.id(), tea.id(), 3).withUnitPrice(eur("3.95")));

        assertEquals(eur("3.95"), sale.unitPrice());
        assertEquals(eur("11.85"), sale.total());
        assertEquals(7, stock());
        assertEquals(sale, crm.sales().get(sale.id()));
        assertEquals(eur("0.00"), crm.sales().record(NewSale.of(ada.id(), tea.id(), 1).withUnitPrice(eur("0")))
                .unitPrice());
    }

    @Test
    void record_negativeUnitPrice_isRefusedAndWritesNothing() {
        State before = state();

        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.sales().record(NewSale.of(ada.id(), tea.id(), 1).withUnitPrice(eur("-0.01"))));

        assertEquals("unitPrice", e.field());
        assertEquals(Sale.UNIT_PRICE_NOT_NEGATIVE, e.rule());
        assertEquals(before, state());
    }

    @Test
    void recordAll_unitPriceInAnotherCurrencyThanTheProduct_isRefusedAndWritesNothing() {
        State before = state();

        ValidationException e = assertThrows(ValidationException.class, () -> crm.sales().recordAll(List.of(
                NewSale.of(ada.id(), tea.id(), 1).withUnitPrice(eur("4.00")),
                NewSale.of(ada.id(), tea.id(), 2).withUnitPrice(org.crm4j.core.Money.of("4", "JPY")))));

        assertEquals("sales[1].unitPrice", e.field());
        assertEquals("must be in EUR, the currency of the product's price", e.rule());
        assertEquals(before, state());
        assertEquals(10, stock());
    }

    @Test
    void record_requestIdReusedWithAnotherUnitPrice_isRefused() {
        Sale first = crm.sales().record(NewSale.of(ada.id(), tea.id(), 1).withUnitPrice(eur("4.00"))
                .withRequestId("deal-7"));

        assertEquals(first, crm.sales().record(NewSale.of(ada.id(), tea.id(), 1).withUnitPrice(eur("4.00"))
                .withRequestId("deal-7")));
        ValidationException e = assertThrows(ValidationException.class, () -> crm.sales().record(
                NewSale.of(ada.id(), tea.id(), 1).withUnitPrice(eur("4.10")).withRequestId("deal-7")));
        assertEquals("requestId", e.field());
    }

    @Test
    void record_exactlyTheStock_leavesNone() {
        crm.sales().record(NewSale.of(ada.id(), tea.id(), 10));

        assertEquals(0, stock());
    }

    @Test
    void record_moreThanTheStock_isInsufficientStockAndWritesNothing() {
        State before = state();

        InsufficientStockException e = assertThrows(InsufficientStockException.class,
                () -> crm.sales().record(NewSale.of(ada.id(), tea.id(), 11)));

        assertEquals(11, e.requested());
        assertEquals(10, e.available());
        assertEquals(tea.id(), e.productId());
        assertEquals(before, state());
    }

    @Test
    void record_failureAfterTheStockWasTaken_putsTheStockBack() {
        UUID reused = Fixtures.uuid(999);
        Crm sameIds = crm(clock, () -> reused);
        sameIds.sales().record(NewSale.of(ada.id(), tea.id(), 2));
        State before = state();

        assertThrows(DuplicateException.class, () -> sameIds.sales().record(NewSale.of(ada.id(), tea.id(), 3)));

        assertEquals(before, state());
        assertEquals(8, stock());
    }

    @Test
    void record_pastSaleTimeAndCampaign_areKept() {
        CampaignId spring = new CampaignId(Fixtures.uuid(3001));
        campaignExists(spring);
        Instant yesterday = NOW.minus(Duration.ofDays(1));

        Sale sale = crm.sales().record(NewSale.of(ada.id(), tea.id(), 1).withSoldAt(yesterday).withCampaign(spring));

        assertEquals(yesterday, sale.soldAt());
        assertEquals(Optional.of(spring), sale.campaign());
        assertEquals(sale, crm.sales().get(sale.id()));
    }

    @Test
    void record_unknownCampaign_isNotFoundAndWritesNothing() {
        CampaignId unknown = new CampaignId(Fixtures.uuid(3999));
        State before = state();

        NotFoundException e = assertThrows(NotFoundException.class,
                () -> crm.sales().record(NewSale.of(ada.id(), tea.id(), 2).withCampaign(unknown)));

        assertEquals("campaign", e.field());
        assertEquals(unknown.toString(), e.id());
        assertEquals(before, state());
        assertEquals(10, stock());
        assertEquals(List.of(), crm.sales().search(SaleQuery.all(), PageRequest.of(0, 100)).content());
    }

    @Test
    void record_archivedCustomer_isRefusedAndWritesNothing() {
        crm.customers().archive(ada.id());
        State before = state();

        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.sales().record(NewSale.of(ada.id(), tea.id(), 1)));

        assertEquals("customerId", e.field());
        assertEquals("must be active", e.rule());
        assertEquals(before, state());
    }

    @Test
    void record_inactiveProduct_isRefusedAndWritesNothing() {
        crm.products().archive(tea.id());
        State before = state();

        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.sales().record(NewSale.of(ada.id(), tea.id(), 1)));

        assertEquals("productId", e.field());
        assertEquals(before, state());
    }

    @Test
    void record_eightThreadsSellingConcurrently_neverOversell() throws Exception {
        crm.products().restock(tea.id(), 10);
        int attemptsPerThread = 4;
        int quantity = 3;
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean unexpected = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> sold = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                sold.add(pool.submit(() -> {
                    start.await();
                    int units = 0;
                    for (int i = 0; i < attemptsPerThread; i++) {
                        try {
                            units += crm.sales().record(NewSale.of(ada.id(), tea.id(), quantity)).quantity();
                        } catch (InsufficientStockException expected) {
                            // another thread took the units first
                        } catch (RuntimeException e) {
                            unexpected.set(true);
                            throw e;
                        }
                    }
                    return units;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> units : sold) {
                total += units.get(60, TimeUnit.SECONDS);
            }

            assertTrue(!unexpected.get(), "every sale either succeeded or was refused for insufficient stock");
            assertEquals(18, total);
            assertEquals(2, stock());
            List<Sale> sales = crm.sales().search(SaleQuery.all().withProduct(tea.id()), PageRequest.of(0, 100))
                    .content();
            assertEquals(6, sales.size());
            assertEquals(18, sales.stream().mapToInt(Sale::quantity).sum());
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void recordReturn_partOfASale_putsTheUnitsBackAtTheSalesPrice() {
        Sale sale = crm.sales().record(NewSale.of(ada.id(), tea.id(), 4));
        Product current = crm.products().get(tea.id());
        crm.products().update(tea.id(), ProductUpdate.from(current).withPrice(eur("6.00")));
        Instant later = clock.advance(Duration.ofDays(2));

        Sale back = crm.sales().recordReturn(NewReturn.of(sale.id(), 3));

        assertEquals(-3, back.quantity());
        assertEquals(eur("4.50"), back.unitPrice());
        assertEquals(eur("-13.50"), back.total());
        assertEquals(Optional.of(sale.id()), back.returnOf());
        assertEquals(later, back.soldAt());
        assertEquals(9, stock());
    }

    @Test
    void recordReturn_moreThanNotYetReturned_isRefusedAndWritesNothing() {
        Sale sale = crm.sales().record(NewSale.of(ada.id(), tea.id(), 4));
        crm.sales().recordReturn(NewReturn.of(sale.id(), 3));
        State before = state();

        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.sales().recordReturn(NewReturn.of(sale.id(), 2)));

        assertEquals("quantity", e.field());
        assertEquals(before, state());
    }

    @Test
    void recordReturn_eightThreadsReturningOneUnitOfASaleOfFive_neverOverReturn() throws Exception {
        Sale sale = crm.sales().record(NewSale.of(ada.id(), tea.id(), 5));
        assertEquals(5, stock());
        List<Callable<Sale>> returns = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            returns.add(() -> crm.sales().recordReturn(NewReturn.of(sale.id(), 1)));
        }

        List<Throwable> failures = Concurrently.run(returns);

        assertEquals(THREADS - 5, failures.size(), () -> "failures: " + failures);
        for (Throwable failure : failures) {
            ValidationException e = assertInstanceOf(ValidationException.class, failure);
            assertEquals("quantity", e.field());
        }
        assertEquals(10, stock());
        assertEquals(5, tx(() -> ports.get(SaleRepository.class).returnedQuantity(sale.id())));
        List<Sale> backs = crm.sales().search(SaleQuery.all().withProduct(tea.id()), PageRequest.of(0, 100))
                .content().stream().filter(Sale::isReturn).toList();
        assertEquals(5, backs.size());
        assertEquals(-5, backs.stream().mapToInt(Sale::quantity).sum());
    }

    @Test
    void recordReturn_ofAReturn_isRefused() {
        Sale sale = crm.sales().record(NewSale.of(ada.id(), tea.id(), 4));
        Sale back = crm.sales().recordReturn(NewReturn.of(sale.id(), 1));

        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.sales().recordReturn(NewReturn.of(back.id(), 1)));

        assertEquals("saleId", e.field());
        assertEquals("must be a sale, not a return", e.rule());
    }

    @Test
    void search_customersSalesByTime_newestFirst() {
        Sale first = crm.sales().record(NewSale.of(ada.id(), tea.id(), 1));
        clock.advance(Duration.ofMinutes(1));
        Sale second = crm.sales().record(NewSale.of(ada.id(), tea.id(), 1));

        List<Sale> sales = crm.sales().search(SaleQuery.all().withCustomer(ada.id()),
                PageRequest.of(0, 10, Sort.desc(SaleSort.SOLD_AT))).content();

        assertEquals(List.of(second, first), sales);
    }
}
