package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.customer;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.crm4j.core.contract.Fixtures.product;
import static org.crm4j.core.contract.Fixtures.returnOf;
import static org.crm4j.core.contract.Fixtures.sale;
import static org.crm4j.core.contract.Fixtures.saleId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleId;
import org.crm4j.core.sales.SaleQuery;
import org.crm4j.core.sales.SaleRepository;
import org.crm4j.core.sales.SaleSort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SaleRepository} must do. Extend it and implement {@link #newPorts()}. Campaign ids on sales
 * are stored as given; an adapter with a campaign table creates the campaigns it needs in
 * {@link #campaignExists(CampaignId)}.
 */
public abstract class SaleRepositoryContract extends PortsContract {

    /**
     * How long the first of two transactions keeps a sale locked after the second has started to lock it: a lock
     * that does not block lets the second through within microseconds.
     */
    private static final long LOCK_HELD_MILLIS = 300;

    private CustomerRepository customers() {
        return ports.get(CustomerRepository.class);
    }

    private ProductRepository products() {
        return ports.get(ProductRepository.class);
    }

    private CampaignRepository campaigns() {
        return ports.get(CampaignRepository.class);
    }

    private Customer ada;
    private Customer bob;
    private Product tea;
    private Product coffee;

    /**
     * Makes sure a campaign with this id exists, for adapters whose sales reference a campaign table: by default
     * stores a planned one through the campaign port.
     *
     * @param campaign the id a test attributes a sale to
     */
    protected void campaignExists(CampaignId campaign) {
        tx(() -> campaigns().save(Fixtures.campaign(campaign)));
    }

    @BeforeEach
    final void customersAndProducts() {
        ada = tx(() -> customers().save(customer(1, "Ada", "ada@example.org", NOW)));
        bob = tx(() -> customers().save(customer(2, "Bob", "bob@example.org", NOW)));
        tea = tx(() -> products().save(product(1, "TEA", "Tea", eur("4.50"), 100, NOW)));
        coffee = tx(() -> products().save(product(2, "COFFEE", "Coffee", eur("6.00"), 100, NOW)));
    }

    private SaleRepository repository() {
        return ports.get(SaleRepository.class);
    }

    private Sale saved(Sale sale) {
        return tx(() -> repository().save(sale));
    }

    private List<SaleId> ids(Page<Sale> page) {
        return page.content().stream().map(Sale::id).toList();
    }

    @Test
    void save_saleWithCampaign_isFoundEqual() {
        CampaignId spring = new CampaignId(Fixtures.uuid(3001));
        campaignExists(spring);
        Sale sale = new Sale(saleId(1), ada.id(), tea.id(), 3, eur("4.50"), NOW, Optional.of(spring),
                Optional.empty());

        saved(sale);

        assertEquals(Optional.of(sale), tx(() -> repository().find(saleId(1))));
    }

    @Test
    void save_return_isFoundEqual() {
        Sale sale = saved(sale(1, ada.id(), tea.id(), 3, eur("4.50"), NOW));
        Sale back = returnOf(2, sale, 2, NOW.plusSeconds(60));

        saved(back);

        assertEquals(Optional.of(back), tx(() -> repository().find(saleId(2))));
    }

    @Test
    void saveAll_severalSales_areFoundEqual() {
        List<Sale> sales = List.of(sale(1, ada.id(), tea.id(), 3, eur("4.50"), NOW),
                sale(2, bob.id(), coffee.id(), 1, eur("3.00"), NOW), sale(3, ada.id(), tea.id(), 2, eur("4.50"), NOW));

        txRun(() -> repository().saveAll(sales));

        for (Sale sale : sales) {
            assertEquals(Optional.of(sale), tx(() -> repository().find(sale.id())));
        }
    }

    @Test
    void save_takenId_isDuplicate() {
        saved(sale(1, ada.id(), tea.id(), 3, eur("4.50"), NOW));

        DuplicateException e = assertThrows(DuplicateException.class,
                () -> saved(sale(1, bob.id(), tea.id(), 1, eur("4.50"), NOW)));

        assertEquals("saleId", e.field());
        assertEquals(ada.id(), tx(() -> repository().find(saleId(1))).orElseThrow().customerId());
    }

    @Test
    void returnedQuantity_saleWithTwoReturns_isTheirSum() {
        Sale sale = saved(sale(1, ada.id(), tea.id(), 5, eur("4.50"), NOW));
        saved(returnOf(2, sale, 1, NOW));
        saved(returnOf(3, sale, 2, NOW));
        Sale other = saved(sale(4, ada.id(), tea.id(), 5, eur("4.50"), NOW));
        saved(returnOf(5, other, 4, NOW));

        assertEquals(3, tx(() -> repository().returnedQuantity(sale.id())));
    }

    @Test
    void lockForReturn_storedSale_isFoundEqual() {
        Sale sale = saved(sale(1, ada.id(), tea.id(), 5, eur("4.50"), NOW));

        assertEquals(Optional.of(sale), tx(() -> repository().lockForReturn(sale.id())));
    }

    @Test
    void lockForReturn_unknownSale_isEmpty() {
        assertEquals(Optional.empty(), tx(() -> repository().lockForReturn(saleId(99))));
    }

    /**
     * The first transaction locks the sale and holds it until the second is about to start its own transaction and
     * {@code lockForReturn} (a latch, so a late start of the second thread cannot make the test pass unchecked),
     * then for {@link #LOCK_HELD_MILLIS} more, then records a return and commits. The second must neither get the
     * lock while the first holds it nor miss the return the first committed.
     */
    @Test
    void lockForReturn_sameSaleInAnotherTransaction_waitsUntilTheFirstEnds() throws Exception {
        Sale sale = saved(sale(1, ada.id(), tea.id(), 5, eur("4.50"), NOW));
        CountDownLatch firstLocked = new CountDownLatch(1);
        CountDownLatch secondCalling = new CountDownLatch(1);
        CountDownLatch secondLocked = new CountDownLatch(1);
        AtomicBoolean secondLockedEarly = new AtomicBoolean();
        AtomicInteger returnedSeenBySecond = new AtomicInteger(-1);
        List<Callable<Object>> transactions = List.of(
                () -> tx(() -> {
                    repository().lockForReturn(sale.id());
                    firstLocked.countDown();
                    try {
                        assertTrue(secondCalling.await(30, TimeUnit.SECONDS), "the second transaction never started");
                        secondLockedEarly.set(secondLocked.await(LOCK_HELD_MILLIS, TimeUnit.MILLISECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return repository().save(returnOf(2, sale, 1, NOW));
                }),
                () -> {
                    assertTrue(firstLocked.await(30, TimeUnit.SECONDS), "the first transaction never locked");
                    // an adapter may lock as late as lockForReturn or as early as the start of the transaction
                    secondCalling.countDown();
                    return tx(() -> {
                        Optional<Sale> locked = repository().lockForReturn(sale.id());
                        secondLocked.countDown();
                        assertEquals(Optional.of(sale), locked);
                        returnedSeenBySecond.set(repository().returnedQuantity(sale.id()));
                        return null;
                    });
                });

        List<Throwable> failures = Concurrently.run(transactions);

        assertEquals(List.of(), failures);
        assertFalse(secondLockedEarly.get(), "the second transaction locked the sale while the first held it");
        assertEquals(1, returnedSeenBySecond.get(), "the second transaction did not see the first one's return");
        assertEquals(1, tx(() -> repository().returnedQuantity(sale.id())));
    }

    @Test
    void returnedQuantity_saleWithoutReturns_isZero() {
        Sale sale = saved(sale(1, ada.id(), tea.id(), 5, eur("4.50"), NOW));

        assertEquals(0, tx(() -> repository().returnedQuantity(sale.id())));
    }

    @Test
    void search_customerAndProduct_matchOnlySalesWithBoth() {
        saved(sale(1, ada.id(), tea.id(), 1, eur("4.50"), NOW));
        saved(sale(2, ada.id(), coffee.id(), 1, eur("6.00"), NOW));
        saved(sale(3, bob.id(), tea.id(), 1, eur("4.50"), NOW));

        Page<Sale> page = tx(() -> repository().search(SaleQuery.all().withCustomer(ada.id()).withProduct(tea.id()),
                PageRequest.of(0, 10)));

        assertEquals(List.of(saleId(1)), ids(page));
    }

    @Test
    void search_campaign_matchesAttributedSalesOnly() {
        CampaignId spring = new CampaignId(Fixtures.uuid(3001));
        campaignExists(spring);
        saved(new Sale(saleId(1), ada.id(), tea.id(), 1, eur("4.50"), NOW, Optional.of(spring), Optional.empty()));
        saved(sale(2, ada.id(), tea.id(), 1, eur("4.50"), NOW));

        Page<Sale> page = tx(() -> repository().search(SaleQuery.all().withCampaign(spring), PageRequest.of(0, 10)));

        assertEquals(List.of(saleId(1)), ids(page));
    }

    @Test
    void search_period_includesTheStartAndExcludesTheEnd() {
        Instant start = Instant.parse("2026-02-01T00:00:00Z");
        Instant end = Instant.parse("2026-03-01T00:00:00Z");
        saved(sale(1, ada.id(), tea.id(), 1, eur("4.50"), start.minusMillis(1)));
        saved(sale(2, ada.id(), tea.id(), 1, eur("4.50"), start));
        saved(sale(3, ada.id(), tea.id(), 1, eur("4.50"), end.minusMillis(1)));
        saved(sale(4, ada.id(), tea.id(), 1, eur("4.50"), end));

        Page<Sale> page = tx(() -> repository().search(SaleQuery.all().between(start, end), PageRequest.of(0, 10)));

        assertEquals(List.of(saleId(2), saleId(3)), ids(page));
    }

    @Test
    void search_sortedBySoldAtDescending_newestFirst() {
        saved(sale(1, ada.id(), tea.id(), 1, eur("4.50"), NOW.minusSeconds(30)));
        saved(sale(2, ada.id(), tea.id(), 1, eur("4.50"), NOW));
        saved(sale(3, ada.id(), tea.id(), 1, eur("4.50"), NOW.minusSeconds(60)));

        Page<Sale> page = tx(() -> repository().search(SaleQuery.all(), PageRequest.of(0, 2, Sort.desc(SaleSort.SOLD_AT))));

        assertEquals(List.of(saleId(2), saleId(1)), ids(page));
        assertEquals(3, page.totalElements());
    }
}
