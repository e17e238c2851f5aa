package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.customer;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.crm4j.core.contract.Fixtures.product;
import static org.crm4j.core.contract.Fixtures.productId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.Money;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.product.ProductSort;
import org.crm4j.core.product.Sku;
import org.crm4j.core.sales.SaleRepository;
import org.junit.jupiter.api.Test;

/** What every {@link ProductRepository} must do. Extend it and implement {@link #newPorts()}. */
public abstract class ProductRepositoryContract extends PortsContract {

    private CustomerRepository customers() {
        return ports.get(CustomerRepository.class);
    }

    private SaleRepository sales() {
        return ports.get(SaleRepository.class);
    }

    private ProductRepository repository() {
        return ports.get(ProductRepository.class);
    }

    private Product saved(Product product) {
        return tx(() -> repository().save(product));
    }

    private Product stored(ProductId id) {
        return tx(() -> repository().find(id)).orElseThrow();
    }

    private List<ProductId> ids(Page<Product> page) {
        return page.content().stream().map(Product::id).toList();
    }

    @Test
    void save_product_isFoundEqual() {
        Product tea = product(1, "TEA-1", "Green tea", Money.of("1234567.89", "EUR"), 7, NOW).archive(NOW);

        saved(tea);

        assertEquals(tea, stored(tea.id()));
    }

    @Test
    void save_yenPrice_keepsTheCurrencyWithoutDecimals() {
        Product sushi = product(1, "SUSHI", "Sushi", Money.of("1200", "JPY"), 3, NOW);

        saved(sushi);

        assertEquals(Money.of("1200", "JPY"), stored(sushi.id()).price());
    }

    @Test
    void findBySku_savedSku_findsTheProduct() {
        Product tea = saved(product(1, "TEA-1", "Tea", eur("4.50"), 7, NOW));

        assertEquals(Optional.of(tea), tx(() -> repository().findBySku(Sku.of("tea-1"))));
    }

    @Test
    void save_skuOfAnotherProduct_isDuplicateAndNothingChanged() {
        saved(product(1, "TEA-1", "Tea", eur("4.50"), 7, NOW));

        DuplicateException e = assertThrows(DuplicateException.class,
                () -> saved(product(2, "tea-1", "Other tea", eur("5.00"), 1, NOW)));

        assertEquals("sku", e.field());
        assertEquals(Optional.empty(), tx(() -> repository().find(productId(2))));
    }

    @Test
    void update_currentVersion_storesTheChangeAtTheNextVersion() {
        Product tea = saved(product(1, "TEA-1", "Tea", eur("4.50"), 7, NOW));

        Product updated = tx(() -> repository().update(tea.changeDetails("Black tea", eur("5.00"), NOW)));

        assertEquals(1, updated.version());
        assertEquals(updated, stored(tea.id()));
    }

    @Test
    void update_staleVersion_isConcurrentUpdateAndKeepsTheStoredProduct() {
        Product tea = saved(product(1, "TEA-1", "Tea", eur("4.50"), 7, NOW));
        Product first = tx(() -> repository().update(tea.changeDetails("First", eur("4.50"), NOW)));

        assertThrows(ConcurrentUpdateException.class,
                () -> tx(() -> repository().update(tea.changeDetails("Second", eur("4.50"), NOW))));

        assertEquals(first, stored(tea.id()));
    }

    @Test
    void update_unknownProduct_isNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> tx(() -> repository().update(product(5, "X", "X", eur("1"), 1, NOW))));

        assertEquals("productId", e.field());
    }

    @Test
    void takeStock_severalProducts_takesWhatEachStockCoversAndReturnsTheChangedProducts() {
        Product tea = saved(product(1, "TEA-1", "Tea", eur("4.50"), 7, NOW));
        Product cups = saved(product(2, "CUP-1", "Cups", eur("2.00"), 3, NOW));
        Map<ProductId, Integer> units = new LinkedHashMap<>();
        units.put(tea.id(), 7);
        units.put(cups.id(), 4);

        Map<ProductId, Product> taken = tx(() -> repository().takeStock(units));

        assertEquals(Map.of(tea.id(), stored(tea.id())), taken);
        assertEquals(0, stored(tea.id()).stock());
        assertEquals(0, stored(tea.id()).version(), "stock movements leave the catalogue version alone");
        assertEquals(eur("4.50"), taken.get(tea.id()).price());
        assertEquals(cups, stored(cups.id()));
    }

    @Test
    void takeStock_unknownProduct_isNotFoundNamingItAndChangesNothing() {
        Product tea = saved(product(1, "TEA-1", "Tea", eur("4.50"), 7, NOW));
        Map<ProductId, Integer> units = new LinkedHashMap<>();
        units.put(tea.id(), 1);
        units.put(productId(9), 1);

        NotFoundException e = assertThrows(NotFoundException.class, () -> tx(() -> repository().takeStock(units)));

        assertEquals("productId", e.field());
        assertEquals(productId(9).toString(), e.id());
        assertEquals(tea, stored(tea.id()));
    }

    @Test
    void takeStock_thenAnUpdateReadBeforeIt_changesTheDetailsAndKeepsTheStockTaken() {
        Product tea = saved(product(1, "TEA-1", "Tea", eur("4.50"), 7, NOW));
        tx(() -> repository().takeStock(Map.of(tea.id(), 2)));

        Product updated = tx(() -> repository().update(tea.changeDetails("Green tea", eur("9.00"), NOW)));

        assertEquals(5, updated.stock());
        assertEquals(updated, stored(tea.id()));
        assertEquals("Green tea", updated.name());
        assertEquals(1, updated.version());
    }

    @Test
    void incrementStock_addsTheUnitsAndLeavesTheVersion() {
        Product tea = saved(product(1, "TEA-1", "Tea", eur("4.50"), 7, NOW));

        txRun(() -> repository().incrementStock(tea.id(), 3));

        assertEquals(10, stored(tea.id()).stock());
        assertEquals(0, stored(tea.id()).version());
    }

    @Test
    void incrementStock_unknownProduct_isNotFound() {
        assertThrows(NotFoundException.class, () -> txRun(() -> repository().incrementStock(productId(9), 1)));
    }

    @Test
    void delete_savedProduct_isGone() {
        Product tea = saved(product(1, "TEA-1", "Tea", eur("4.50"), 7, NOW));

        txRun(() -> repository().delete(tea.id()));

        assertEquals(Optional.empty(), tx(() -> repository().find(tea.id())));
    }

    @Test
    void hasSales_productWithoutSales_isFalse() {
        Product tea = saved(product(1, "TEA-1", "Tea", eur("4.50"), 7, NOW));

        assertFalse(tx(() -> repository().hasSales(tea.id())));
    }

    @Test
    void hasSales_productWithASale_isTrue() {
        Product tea = saved(product(1, "TEA-1", "Tea", eur("4.50"), 7, NOW));
        var ada = tx(() -> customers().save(customer(1, "Ada", "ada@example.org", NOW)));
        tx(() -> sales().save(Fixtures.sale(1, ada.id(), tea.id(), 1, tea.price(), NOW)));

        assertTrue(tx(() -> repository().hasSales(tea.id())));
    }

    @Test
    void search_nameOrSkuPart_matchesCaseInsensitively() {
        saved(product(1, "TEA-GREEN", "Green tea", eur("4.50"), 7, NOW));
        saved(product(2, "TEA-BLACK", "Black tea", eur("3.50"), 7, NOW));
        saved(product(3, "COF-1", "Coffee", eur("6.00"), 7, NOW));

        Page<Product> byName = tx(() -> repository().search(ProductQuery.all().withName("TEA"),
                PageRequest.of(0, 10)));
        Page<Product> bySku = tx(() -> repository().search(ProductQuery.all().withSku("cof"),
                PageRequest.of(0, 10)));

        assertEquals(List.of(productId(1), productId(2)), ids(byName));
        assertEquals(List.of(productId(3)), ids(bySku));
    }

    @Test
    void search_inactiveProduct_isLeftOutUnlessAskedFor() {
        saved(product(1, "TEA", "Tea", eur("4.50"), 7, NOW));
        saved(product(2, "OLD", "Old tea", eur("1.00"), 0, NOW).archive(NOW));

        Page<Product> active = tx(() -> repository().search(ProductQuery.all(), PageRequest.of(0, 10)));
        Page<Product> all = tx(() -> repository().search(ProductQuery.all().includingArchived(),
                PageRequest.of(0, 10)));

        assertEquals(List.of(productId(1)), ids(active));
        assertEquals(List.of(productId(1), productId(2)), ids(all));
    }

    @Test
    void search_sortedByPriceDescending_ordersByAmountWithTiesById() {
        saved(product(1, "A", "A", eur("9.50"), 1, NOW));
        saved(product(2, "B", "B", eur("10.00"), 1, NOW));
        saved(product(3, "C", "C", eur("9.50"), 1, NOW));

        Page<Product> page = tx(() -> repository().search(ProductQuery.all(),
                PageRequest.of(0, 10, Sort.desc(ProductSort.PRICE))));

        assertEquals(List.of(productId(2), productId(1), productId(3)), ids(page));
    }

    @Test
    void search_sortedByStock_pagesInOrder() {
        for (int n = 1; n <= 5; n++) {
            saved(product(n, "P" + n, "Product " + n, eur("1.00"), 10 - n, NOW));
        }

        Page<Product> page = tx(() -> repository().search(ProductQuery.all(), PageRequest.of(0, 2, Sort.asc(ProductSort.STOCK))));

        assertEquals(List.of(productId(5), productId(4)), ids(page));
        assertEquals(5, page.totalElements());
    }
}
