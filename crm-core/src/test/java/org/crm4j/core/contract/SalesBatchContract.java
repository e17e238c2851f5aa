package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.InsufficientStockException;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleQuery;
import org.crm4j.core.sales.SalesService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link SalesService#recordAll} does over any adapter's ports: all or nothing, errors naming the entry, and
 * eight threads recording batches concurrently never oversell and never deadlock.
 */
public abstract class SalesBatchContract extends PortsContract {

    /** The number of threads of the concurrency test. */
    protected static final int THREADS = 8;

    private MutableClock clock;
    private Crm crm;
    private Customer ada;
    private Customer bob;
    private Product tea;
    private Product cups;

    @BeforeEach
    final void customersAndProducts() {
        clock = new MutableClock(NOW);
        crm = crm(clock, IdGenerator.sequence());
        ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
        bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org"));
        tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 10));
        cups = crm.products().create(new NewProduct("CUP", "Cups", eur("2.00"), 5));
    }

    private int stock(Product product) {
        return crm.products().get(product.id()).stock();
    }

    @Test
    void recordAll_severalSales_recordsThemInOrderAtTheCurrentPricesAndTakesTheStock() {
        List<Sale> sales = crm.sales().recordAll(List.of(NewSale.of(ada.id(), tea.id(), 3),
                NewSale.of(bob.id(), cups.id(), 5), NewSale.of(bob.id(), tea.id(), 2)));

        assertEquals(List.of(ada.id(), bob.id(), bob.id()), sales.stream().map(Sale::customerId).toList());
        assertEquals(List.of(tea.id(), cups.id(), tea.id()), sales.stream().map(Sale::productId).toList());
        assertEquals(List.of(eur("4.50"), eur("2.00"), eur("4.50")), sales.stream().map(Sale::unitPrice).toList());
        assertTrue(sales.stream().allMatch(sale -> sale.soldAt().equals(NOW)));
        for (Sale sale : sales) {
            assertEquals(sale, crm.sales().get(sale.id()));
        }
        assertEquals(5, stock(tea));
        assertEquals(0, stock(cups));
    }

    @Test
    void recordAll_emptyList_recordsNothing() {
        State before = state();

        assertEquals(List.of(), crm.sales().recordAll(List.of()));

        assertEquals(before, state());
    }

    @Test
    void recordAll_nullList_isRefusedOnSales() {
        ValidationException e = assertThrows(ValidationException.class, () -> crm.sales().recordAll(null));

        assertEquals("sales", e.field());
        assertEquals("must not be null", e.rule());
    }

    @Test
    void recordAll_moreThanTheLimit_isRefusedOnSales() {
        List<NewSale> tooMany = Collections.nCopies(SalesService.MAX_SALES_PER_CALL + 1,
                NewSale.of(ada.id(), tea.id(), 1));

        ValidationException e = assertThrows(ValidationException.class, () -> crm.sales().recordAll(tooMany));

        assertEquals("sales", e.field());
    }

    @Test
    void recordAll_invalidQuantityInTheMiddle_namesTheEntryAndWritesNothing() {
        State before = state();

        ValidationException e = assertThrows(ValidationException.class, () -> crm.sales().recordAll(List.of(
                NewSale.of(ada.id(), tea.id(), 1), NewSale.of(ada.id(), cups.id(), 0),
                NewSale.of(ada.id(), tea.id(), 1))));

        assertEquals("sales[1].quantity", e.field());
        assertEquals(before, state());
    }

    @Test
    void recordAll_nullEntry_namesTheEntry() {
        List<NewSale> sales = new ArrayList<>(List.of(NewSale.of(ada.id(), tea.id(), 1)));
        sales.add(null);

        ValidationException e = assertThrows(ValidationException.class, () -> crm.sales().recordAll(sales));

        assertEquals("sales[1]", e.field());
    }

    @Test
    void recordAll_futureSaleTime_namesTheEntryAndWritesNothing() {
        State before = state();

        ValidationException e = assertThrows(ValidationException.class, () -> crm.sales().recordAll(List.of(
                NewSale.of(ada.id(), tea.id(), 1),
                NewSale.of(ada.id(), tea.id(), 1).withSoldAt(NOW.plus(Duration.ofMinutes(1))))));

        assertEquals("sales[1].soldAt", e.field());
        assertEquals(before, state());
    }

    @Test
    void recordAll_unknownProductInTheMiddle_isNotFoundNamingTheEntryAndWritesNothing() {
        Product gone = crm.products().create(new NewProduct("GONE", "Gone", eur("1.00"), 5));
        crm.products().delete(gone.id());
        State before = state();

        NotFoundException e = assertThrows(NotFoundException.class, () -> crm.sales().recordAll(List.of(
                NewSale.of(ada.id(), tea.id(), 2), NewSale.of(ada.id(), gone.id(), 1),
                NewSale.of(bob.id(), cups.id(), 1))));

        assertEquals("sales[1].productId", e.field());
        assertEquals(gone.id().toString(), e.id());
        assertEquals(before, state());
    }

    @Test
    void recordAll_unknownCampaign_isNotFoundNamingTheFirstEntryWithItAndWritesNothing() {
        CampaignId spring = new CampaignId(Fixtures.uuid(3001));
        tx(() -> ports.get(CampaignRepository.class).save(Fixtures.campaign(spring)));
        CampaignId unknown = new CampaignId(Fixtures.uuid(3999));
        State before = state();

        NotFoundException e = assertThrows(NotFoundException.class, () -> crm.sales().recordAll(List.of(
                NewSale.of(ada.id(), tea.id(), 1).withCampaign(spring), NewSale.of(bob.id(), cups.id(), 1),
                NewSale.of(bob.id(), tea.id(), 1).withCampaign(spring), NewSale.of(ada.id(), cups.id(), 1).withCampaign(unknown),
                NewSale.of(bob.id(), tea.id(), 1).withCampaign(unknown))));

        assertEquals("sales[3].campaign", e.field());
        assertEquals(unknown.toString(), e.id());
        assertEquals(before, state());
        assertEquals(10, stock(tea));
        assertEquals(5, stock(cups));
        assertEquals(List.of(), crm.sales().search(SaleQuery.all(), PageRequest.of(0, 100)).content());
    }

    @Test
    void recordAll_knownCampaigns_areKept() {
        CampaignId spring = new CampaignId(Fixtures.uuid(3001));
        tx(() -> ports.get(CampaignRepository.class).save(Fixtures.campaign(spring)));

        List<Sale> sales = crm.sales().recordAll(List.of(NewSale.of(ada.id(), tea.id(), 1).withCampaign(spring),
                NewSale.of(bob.id(), cups.id(), 1), NewSale.of(bob.id(), tea.id(), 1).withCampaign(spring)));

        assertEquals(List.of(Optional.of(spring), Optional.empty(), Optional.of(spring)),
                sales.stream().map(Sale::campaign).toList());
        assertEquals(8, stock(tea));
    }

    @Test
    void recordAll_archivedCustomerInTheMiddle_namesTheEntryAndWritesNothing() {
        crm.customers().archive(bob.id());
        State before = state();

        ValidationException e = assertThrows(ValidationException.class, () -> crm.sales().recordAll(List.of(
                NewSale.of(ada.id(), tea.id(), 2), NewSale.of(bob.id(), cups.id(), 1))));

        assertEquals("sales[1].customerId", e.field());
        assertEquals("must be active", e.rule());
        assertEquals(before, state());
    }

    @Test
    void recordAll_inactiveProductAfterStockWasTaken_namesTheEntryAndWritesNothing() {
        crm.products().archive(cups.id());
        State before = state();

        ValidationException e = assertThrows(ValidationException.class, () -> crm.sales().recordAll(List.of(
                NewSale.of(ada.id(), tea.id(), 2), NewSale.of(ada.id(), tea.id(), 2),
                NewSale.of(bob.id(), cups.id(), 1))));

        assertEquals("sales[2].productId", e.field());
        assertEquals(before, state());
    }

    @Test
    void recordAll_sumOfOneProductsSalesExceedsItsStock_isInsufficientStockNamingItAndWritesNothing() {
        State before = state();

        InsufficientStockException e = assertThrows(InsufficientStockException.class, () -> crm.sales().recordAll(
                List.of(NewSale.of(ada.id(), tea.id(), 4), NewSale.of(bob.id(), cups.id(), 1),
                        NewSale.of(bob.id(), tea.id(), 7))));

        assertEquals(tea.id(), e.productId());
        assertEquals(11, e.requested());
        assertEquals(10, e.available());
        assertEquals(before, state());
    }

    @Test
    void recordAll_eightThreadsRecordingBatchesInOppositeProductOrders_neverOversellNorDeadlock() throws Exception {
        crm.products().restock(tea.id(), 10);
        crm.products().restock(cups.id(), 95);
        int batchesPerThread = 4;
        AtomicInteger refused = new AtomicInteger();
        List<Callable<int[]>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            boolean teaFirst = t % 2 == 0;
            tasks.add(() -> {
                int[] sold = new int[2];
                for (int i = 0; i < batchesPerThread; i++) {
                    List<NewSale> batch = teaFirst
                            ? List.of(NewSale.of(ada.id(), tea.id(), 1), NewSale.of(bob.id(), cups.id(), 1),
                                    NewSale.of(ada.id(), tea.id(), 1))
                            : List.of(NewSale.of(bob.id(), cups.id(), 1), NewSale.of(ada.id(), tea.id(), 1),
                                    NewSale.of(bob.id(), cups.id(), 1));
                    try {
                        for (Sale sale : crm.sales().recordAll(batch)) {
                            sold[sale.productId().equals(tea.id()) ? 0 : 1] += sale.quantity();
                        }
                    } catch (InsufficientStockException expected) {
                        refused.incrementAndGet();
                    }
                }
                return sold;
            });
        }

        List<int[]> results = new ArrayList<>();
        List<Callable<int[]>> recording = new ArrayList<>();
        for (Callable<int[]> task : tasks) {
            recording.add(() -> {
                int[] sold = task.call();
                synchronized (results) {
                    results.add(sold);
                }
                return sold;
            });
        }
        List<Throwable> failures = Concurrently.run(recording);

        assertEquals(List.of(), failures, "every batch either succeeded or was refused for insufficient stock");
        int teaSold = results.stream().mapToInt(sold -> sold[0]).sum();
        int cupsSold = results.stream().mapToInt(sold -> sold[1]).sum();
        assertTrue(refused.get() > 0, "48 units of tea were asked for, 20 were in stock");
        assertEquals(20 - teaSold, stock(tea));
        assertEquals(100 - cupsSold, stock(cups));
        List<Sale> sales = crm.sales().search(SaleQuery.all(), PageRequest.of(0, PageRequest.MAX_SIZE)).content();
        assertEquals(teaSold + cupsSold, sales.size());
        assertEquals(teaSold, sales.stream().filter(sale -> sale.productId().equals(tea.id()))
                .mapToInt(Sale::quantity).sum());
    }
}
