package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.product.ProductSort;
import org.crm4j.core.product.ProductUpdate;
import org.crm4j.core.sales.NewSale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link org.crm4j.core.product.ProductService} does over any adapter's ports. */
public abstract class ProductServiceContract extends PortsContract {

    private MutableClock clock;
    private Crm crm;

    @BeforeEach
    final void crmOverThePorts() {
        clock = new MutableClock(NOW);
        crm = crm(clock, IdGenerator.sequence());
    }

    private Product tea() {
        return crm.products().create(new NewProduct(" tea-1 ", " Green tea ", eur("4.5"), 10));
    }

    @Test
    void create_validCommand_storesAnActiveProductAtTheClocksTime() {
        Product tea = tea();

        assertEquals("TEA-1", tea.sku().value());
        assertEquals("Green tea", tea.name());
        assertEquals(eur("4.50"), tea.price());
        assertEquals(10, tea.stock());
        assertTrue(tea.active());
        assertEquals(NOW, tea.createdAt());
        assertEquals(tea, crm.products().get(tea.id()));
        assertEquals(Optional.of(tea), crm.products().findBySku("TEA-1"));
    }

    @Test
    void update_newNameAndPrice_areStoredAtTheNextVersion() {
        Product tea = tea();
        Instant later = clock.advance(Duration.ofHours(2));

        Product updated = crm.products().update(tea.id(),
                ProductUpdate.from(tea).withName("Sencha").withPrice(eur("5.20")));

        assertEquals("Sencha", updated.name());
        assertEquals(eur("5.20"), updated.price());
        assertEquals(later, updated.updatedAt());
        assertEquals(updated, crm.products().get(tea.id()));
    }

    @Test
    void update_readBeforeASale_changesTheDetailsAndKeepsTheStockTheSaleLeft() {
        Product tea = tea();
        var ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
        crm.sales().record(NewSale.of(ada.id(), tea.id(), 1));
        crm.products().restock(tea.id(), 5);

        Product updated = crm.products().update(tea.id(), ProductUpdate.from(tea).withName("Sencha"));

        assertEquals("Sencha", updated.name());
        assertEquals(14, updated.stock());
        assertEquals(1, updated.version());
        assertEquals(updated, crm.products().get(tea.id()));
    }

    @Test
    void update_afterAnotherEdit_isStillConcurrentUpdate() {
        Product tea = tea();
        crm.products().update(tea.id(), ProductUpdate.from(tea).withName("First"));
        State before = state();

        assertThrows(ConcurrentUpdateException.class,
                () -> crm.products().update(tea.id(), ProductUpdate.from(tea).withName("Stale")));

        assertEquals(before, state());
    }

    @Test
    void update_whileSevenThreadsSell_neverConflicts() throws Exception {
        Product tea = crm.products().create(new NewProduct("TEA-2", "Tea", eur("4.50"), 1_000));
        var ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
        List<Callable<Object>> work = new ArrayList<>();
        for (int t = 0; t < 7; t++) {
            work.add(() -> {
                for (int i = 0; i < 10; i++) {
                    crm.sales().record(NewSale.of(ada.id(), tea.id(), 1));
                }
                return null;
            });
        }
        work.add(() -> {
            for (int i = 0; i < 10; i++) {
                Product read = crm.products().get(tea.id());
                crm.products().update(tea.id(), ProductUpdate.from(read).withPrice(eur("4." + (50 + i))));
            }
            return null;
        });

        assertEquals(List.of(), Concurrently.run(work));

        Product after = crm.products().get(tea.id());
        assertEquals(1_000 - 70, after.stock());
        assertEquals(10, after.version());
        assertEquals(eur("4.59"), after.price());
    }

    @Test
    void restock_delivery_addsTheUnits() {
        Product tea = tea();

        Product restocked = crm.products().restock(tea.id(), 15);

        assertEquals(25, restocked.stock());
        assertEquals(restocked, crm.products().get(tea.id()));
    }

    @Test
    void archive_product_isLeftOutOfTheDefaultSearchUntilReactivated() {
        Product tea = tea();

        assertFalse(crm.products().archive(tea.id()).active());

        assertEquals(0, crm.products().search(ProductQuery.all(), PageRequest.of(0, 10)).totalElements());
        assertTrue(crm.products().reactivate(tea.id()).active());
        assertEquals(1, crm.products().search(ProductQuery.all(), PageRequest.of(0, 10)).totalElements());
    }

    @Test
    void search_sortedBySku_ordersTheProducts() {
        crm.products().create(new NewProduct("B", "Bravo", eur("1"), 1));
        crm.products().create(new NewProduct("A", "Alpha", eur("1"), 1));

        List<String> skus = crm.products().search(ProductQuery.all(), PageRequest.of(0, 10, Sort.asc(ProductSort.SKU)))
                .content().stream().map(p -> p.sku().value()).toList();

        assertEquals(List.of("A", "B"), skus);
    }

    @Test
    void delete_productWithoutSales_removesTheProduct() {
        Product tea = tea();

        crm.products().delete(tea.id());

        assertEquals(Optional.empty(), crm.products().find(tea.id()));
    }

    @Test
    void delete_productWithSales_isRefusedAndChangesNothing() {
        Product tea = tea();
        var ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
        crm.sales().record(NewSale.of(ada.id(), tea.id(), 1));
        State before = state();

        ValidationException e = assertThrows(ValidationException.class, () -> crm.products().delete(tea.id()));

        assertEquals("productId", e.field());
        assertEquals("must have no sales; archive the product instead", e.rule());
        assertEquals(before, state());
    }
}
