package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.crm4j.core.CrmException;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerUpdate;
import org.crm4j.core.customer.LifecycleStage;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.product.ProductUpdate;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The bad inputs of the customer, product and sales services (the table in crm-core's README): each is refused
 * with an exception naming the field and the rule, and changes nothing.
 */
public abstract class BadInputContract extends PortsContract {

    private Crm crm;
    private Customer ada;
    private Product tea;
    private Sale sale;

    @BeforeEach
    final void oneCustomerProductAndSale() {
        crm = Crm.builder(ports).clock(new MutableClock(NOW)).ids(IdGenerator.sequence())
                .defaultPhoneRegion(PhoneRegion.DE).build();
        ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
        tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 10));
        sale = crm.sales().record(NewSale.of(ada.id(), tea.id(), 2));
        ada = crm.customers().get(ada.id()); // the first sale made her ACTIVE
    }

    private <E extends CrmException> E refused(Class<E> type, Executable action) {
        State before = state();
        E e = assertThrows(type, action);
        assertEquals(before, state());
        return e;
    }

    private void assertInvalid(String field, String rule, Executable action) {
        ValidationException e = refused(ValidationException.class, action);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }

    private void assertNotFound(String field, Executable action) {
        assertEquals(field, refused(NotFoundException.class, action).field());
    }

    private static NewCustomer bob() {
        return NewCustomer.of("Bob", "bob@example.org");
    }

    @Test
    void register_blankName_isRefused() {
        assertInvalid("name", "must not be blank",
                () -> crm.customers().register(NewCustomer.of(" \t", "bob@example.org")));
    }

    @Test
    void register_invalidEmail_isRefused() {
        assertInvalid("email", "must be a valid e-mail address",
                () -> crm.customers().register(NewCustomer.of("Bob", "bob.example.org")));
    }

    @Test
    void register_phoneWithLetters_isRefused() {
        assertInvalid("phone", "must contain only digits, separators and a leading +", () -> crm.customers()
                .register(NewCustomer.of("Bob", "bob@example.org").withPhone("call me")));
    }

    @Test
    void register_phoneTooShort_isRefused() {
        assertInvalid("phone", "must be in E.164 form (+ and 8 to 15 digits)", () -> crm.customers()
                .register(NewCustomer.of("Bob", "bob@example.org").withPhone("+49 12")));
    }

    @Test
    void register_emailOfAnotherCustomerInOtherCase_isDuplicate() {
        DuplicateException e = refused(DuplicateException.class,
                () -> crm.customers().register(NewCustomer.of("Other Ada", "ADA@example.org")));
        assertEquals("email", e.field());
    }

    @Test
    void register_dateOfBirthInTheFuture_isRefused() {
        assertInvalid("dateOfBirth", "must not be in the future", () -> crm.customers().register(
                NewCustomer.of("Bob", "bob@example.org").withDateOfBirth(LocalDate.of(2026, 3, 3))));
    }

    @Test
    void register_invalidTag_isRefused() {
        assertInvalid("tags", "must be 1 to 50 letters, digits, spaces, - or _", () -> crm.customers().register(
                NewCustomer.of("Bob", "bob@example.org").withTags(Set.of("<script>"))));
    }

    @Test
    void update_blankName_isRefused() {
        assertInvalid("name", "must not be blank",
                () -> crm.customers().update(ada.id(), CustomerUpdate.from(ada).withName("")));
    }

    @Test
    void update_unknownCustomer_isNotFound() {
        assertNotFound("customerId",
                () -> crm.customers().update(Fixtures.customerId(404), CustomerUpdate.from(ada)));
    }

    @Test
    void moveToStage_illegalTransition_isRefused() {
        Customer bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org"));
        assertInvalid("stage", "must move from PROSPECT to one of [ACTIVE]",
                () -> crm.customers().moveToStage(bob.id(), LifecycleStage.LOYAL));
    }

    @Test
    void moveToStage_unknownCustomer_isNotFound() {
        assertNotFound("customerId",
                () -> crm.customers().moveToStage(Fixtures.customerId(404), LifecycleStage.ACTIVE));
    }

    @Test
    void delete_unknownCustomer_isNotFound() {
        assertNotFound("customerId", () -> crm.customers().delete(Fixtures.customerId(404)));
    }

    @Test
    void create_blankProductName_isRefused() {
        assertInvalid("name", "must not be blank",
                () -> crm.products().create(new NewProduct("COFFEE", "", eur("6.00"), 1)));
    }

    @Test
    void create_invalidSku_isRefused() {
        assertInvalid("sku", "must be 1 to 64 characters A-Z, 0-9, '.', '_' or '-', starting with a letter or digit",
                () -> crm.products().create(new NewProduct("tea bag", "Tea bags", eur("6.00"), 1)));
    }

    @Test
    void create_skuOfAnotherProductInOtherCase_isDuplicate() {
        DuplicateException e = refused(DuplicateException.class,
                () -> crm.products().create(new NewProduct("tea", "Other tea", eur("3.00"), 1)));
        assertEquals("sku", e.field());
    }

    @Test
    void create_negativePrice_isRefused() {
        assertInvalid("price", "must not be negative",
                () -> crm.products().create(new NewProduct("COFFEE", "Coffee", eur("-0.01"), 1)));
    }

    @Test
    void create_negativeStock_isRefused() {
        assertInvalid("stock", "must be >= 0",
                () -> crm.products().create(new NewProduct("COFFEE", "Coffee", eur("6.00"), -1)));
    }

    @Test
    void update_priceInAnotherCurrency_isACurrencyMismatch() {
        Product current = crm.products().get(tea.id());
        assertInvalid("currency", "must be EUR, the currency of product TEA", () -> crm.products()
                .update(tea.id(), ProductUpdate.from(current).withPrice(Money.of("4.50", "USD"))));
    }

    @Test
    void update_negativePrice_isRefused() {
        Product current = crm.products().get(tea.id());
        assertInvalid("price", "must not be negative", () -> crm.products()
                .update(tea.id(), ProductUpdate.from(current).withPrice(eur("-1"))));
    }

    @Test
    void restock_zeroQuantity_isRefused() {
        assertInvalid("quantity", "must be > 0", () -> crm.products().restock(tea.id(), 0));
    }

    @Test
    void get_unknownProduct_isNotFound() {
        assertNotFound("productId", () -> crm.products().get(Fixtures.productId(404)));
    }

    @Test
    void record_zeroQuantity_isRefused() {
        assertInvalid("quantity", "must be > 0", () -> crm.sales().record(NewSale.of(ada.id(), tea.id(), 0)));
    }

    @Test
    void record_negativeQuantity_isRefused() {
        assertInvalid("quantity", "must be > 0", () -> crm.sales().record(NewSale.of(ada.id(), tea.id(), -3)));
    }

    @Test
    void record_unknownCustomer_isNotFound() {
        assertNotFound("customerId",
                () -> crm.sales().record(NewSale.of(Fixtures.customerId(404), tea.id(), 1)));
    }

    @Test
    void record_unknownProduct_isNotFound() {
        assertNotFound("productId", () -> crm.sales().record(NewSale.of(ada.id(), Fixtures.productId(404), 1)));
    }

    @Test
    void record_saleTimeInTheFuture_isRefused() {
        assertInvalid("soldAt", "must not be in the future",
                () -> crm.sales().record(NewSale.of(ada.id(), tea.id(), 1).withSoldAt(NOW.plusSeconds(1))));
    }

    @Test
    void recordReturn_unknownSale_isNotFound() {
        assertNotFound("saleId", () -> crm.sales().recordReturn(NewReturn.of(Fixtures.saleId(404), 1)));
    }

    @Test
    void recordReturn_zeroQuantity_isRefused() {
        assertInvalid("quantity", "must be > 0", () -> crm.sales().recordReturn(NewReturn.of(sale.id(), 0)));
    }

    @Test
    void pageRequest_sizeZero_isRefused() {
        assertInvalid("size", "must be in [1, 1000]",
                () -> crm.customers().search(CustomerQuery.all(), PageRequest.of(0, 0)));
    }

    @Test
    void pageRequest_sizeAboveOneThousand_isRefused() {
        assertInvalid("size", "must be in [1, 1000]",
                () -> crm.products().search(ProductQuery.all(), PageRequest.of(0, 1001)));
    }

    @Test
    void pageRequest_negativePage_isRefused() {
        assertInvalid("page", "must be >= 0", () -> crm.customers().search(CustomerQuery.all(), PageRequest.of(-1, 10)));
    }

    @Test
    void search_sortWithoutKey_isRefused() {
        assertInvalid("sort.key", "must not be null", () -> crm.customers()
                .search(CustomerQuery.all(), PageRequest.of(0, 10, Sort.asc(null))));
    }

    @Test
    void search_periodEndingBeforeItStarts_isRefused() {
        assertInvalid("createdTo", "must not be before createdFrom", () -> crm.customers().search(
                CustomerQuery.all().createdBetween(NOW, NOW.minusSeconds(1)), PageRequest.of(0, 10)));
    }

    @Test
    void report_periodEndingBeforeItStarts_isRefused() {
        assertInvalid("to", "must not be before from",
                () -> crm.reports().revenuePerCustomer(NOW, NOW.minusSeconds(1)));
    }
}
