package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.LifecycleStage;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.Tag;
import org.crm4j.core.imports.ImportException;
import org.crm4j.core.imports.ImportRepository;
import org.crm4j.core.imports.ImportService;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.InsufficientStockException;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.SaleQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link ImportService} does over any adapter's ports, run by extending it as {@link PortsContract} shows:
 * imports over several chunks of {@value ImportRepository#MAX_BATCH} rows store every row, and one refused row
 * anywhere (invalid, taken, repeated, unknown, beyond the stock) leaves everything as it was and is named with its
 * 1-based row and field.
 */
public abstract class ImportServiceContract extends PortsContract {

    private static final int MANY = ImportRepository.MAX_BATCH * 2 + 500;

    private Crm crm;
    private ImportService imports;

    @BeforeEach
    final void crmOverThePorts() {
        crm = crm(new MutableClock(Fixtures.NOW), IdGenerator.sequence());
        imports = crm.imports();
    }

    private static Stream<NewCustomer> customers(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> NewCustomer.of("Customer " + i,
                prefix + i + "@example.org").withPhone("+4930" + (1_000_000 + i))
                .withDateOfBirth(LocalDate.of(1980, 1, 1).plusDays(i)).withGender(Gender.UNDISCLOSED)
                .withTags(i % 2 == 0 ? Set.of("Even", "import") : Set.of()));
    }

    private static Stream<NewProduct> products(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new NewProduct("SKU-" + i, "Product " + i,
                Fixtures.eur("1.50"), 10));
    }

    private long customerCount() {
        return crm.customers().search(CustomerQuery.all().includingArchived(), PageRequest.of(0, 1)).totalElements();
    }

    private long saleCount() {
        return crm.sales().search(SaleQuery.all(), PageRequest.of(0, 1)).totalElements();
    }

    @Test
    void importCustomers_validRowsOverSeveralChunks_registersThemAsARegistrationWould() {
        assertEquals(MANY, imports.importCustomers(customers("valid-", MANY)));

        assertEquals(MANY, customerCount());
        Customer second = crm.customers().findByEmail("VALID-2@example.org").orElseThrow();
        assertEquals("Customer 2", second.name());
        assertEquals(Set.of(Tag.of("even"), Tag.of("import")), second.tags());
        assertEquals("+49301000002", second.phone().orElseThrow().value());
        assertEquals(LifecycleStage.PROSPECT, second.stage());
        assertEquals(Fixtures.NOW, second.createdAt());
        assertEquals(0, second.version());
        assertEquals(second, crm.customers().get(second.id()));
    }

    @Test
    void importCustomers_invalidRowInTheSecondChunk_writesNothingAndNamesTheRowAndField() {
        State before = state();
        Stream<NewCustomer> rows = customers("invalid-", 1_500).map(c -> c.name().equals("Customer 1234")
                ? NewCustomer.of(c.name(), "not an address") : c);

        ImportException e = assertThrows(ImportException.class, () -> imports.importCustomers(rows));

        assertEquals(1_234, e.row());
        assertEquals("email", e.field());
        assertEquals("email", assertInstanceOf(ValidationException.class, e.getCause()).field());
        assertTrue(e.getMessage().contains("row 1234"), e.getMessage());
        assertEquals(before, state());
    }

    @Test
    void importCustomers_addressAlreadyRegistered_writesNothingAndNamesTheRow() {
        crm.customers().register(NewCustomer.of("Taken", "taken-7@example.org"));
        State before = state();

        ImportException e = assertThrows(ImportException.class,
                () -> imports.importCustomers(customers("taken-", 20)));

        assertEquals(7, e.row());
        assertEquals("email", e.field());
        assertInstanceOf(DuplicateException.class, e.getCause());
        assertEquals(before, state());
    }

    @Test
    void importCustomers_addressRepeatedInAnotherCase_writesNothingAndNamesTheSecondRow() {
        Stream<NewCustomer> rows = Stream.concat(customers("twice-", 3),
                Stream.of(NewCustomer.of("Again", "TWICE-2@example.org")));

        ImportException e = assertThrows(ImportException.class, () -> imports.importCustomers(rows));

        assertEquals(4, e.row());
        assertEquals("email", e.field());
        assertEquals(0, customerCount());
    }

    @Test
    void importCustomers_futureDateOfBirthOrNullRow_isRefusedLikeARegistration() {
        LocalDate tomorrow = LocalDate.ofInstant(Fixtures.NOW, ZoneOffset.UTC).plusDays(1);
        ImportException future = assertThrows(ImportException.class, () -> imports.importCustomers(Stream.of(
                NewCustomer.of("Unborn", "future-1@example.org").withDateOfBirth(tomorrow))));
        List<NewCustomer> withNull = new ArrayList<>(customers("null-", 2).toList());
        withNull.add(1, null);
        ImportException missing = assertThrows(ImportException.class,
                () -> imports.importCustomers(withNull.stream()));

        assertEquals(1, future.row());
        assertEquals("dateOfBirth", future.field());
        assertEquals(2, missing.row());
        assertEquals(0, customerCount());
    }

    @Test
    void importCustomers_nullStream_isRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> imports.importCustomers(null));

        assertEquals("rows", e.field());
    }

    @Test
    void importProducts_validRowsOverSeveralChunks_createsThemAll() {
        assertEquals(MANY, imports.importProducts(products(MANY)));

        Product last = crm.products().findBySku("sku-" + MANY).orElseThrow();
        assertEquals("Product " + MANY, last.name());
        assertEquals(10, last.stock());
        assertEquals(0, last.version());
        assertEquals(last, crm.products().get(last.id()));
    }

    @Test
    void importProducts_negativePriceTakenOrRepeatedSku_writesNothingAndNamesTheRowAndField() {
        crm.products().create(new NewProduct("SKU-1500", "Taken", Fixtures.eur("1.00"), 1));
        State before = state();

        ImportException price = assertThrows(ImportException.class, () -> imports.importProducts(products(1_200)
                .map(p -> p.sku().equals("SKU-1100") ? new NewProduct(p.sku(), p.name(), Fixtures.eur("-1.00"), 1)
                        : p)));
        ImportException taken = assertThrows(ImportException.class, () -> imports.importProducts(products(1_600)));
        ImportException repeated = assertThrows(ImportException.class, () -> imports.importProducts(Stream.concat(
                products(3), Stream.of(new NewProduct("sku-2", "Again", Fixtures.eur("1.00"), 1)))));

        assertEquals(List.of(1_100L, 1_500L, 4L), List.of(price.row(), taken.row(), repeated.row()));
        assertEquals(List.of("price", "sku", "sku"), List.of(price.field(), taken.field(), repeated.field()));
        assertInstanceOf(DuplicateException.class, taken.getCause());
        assertEquals(before, state());
    }

    @Test
    void importSales_validRowsOverSeveralChunks_recordsThemAndTakesTheStock() {
        CustomerId buyer = crm.customers().register(NewCustomer.of("Buyer", "buyer@example.org")).id();
        ProductId tea = crm.products().create(new NewProduct("TEA", "Tea", Fixtures.eur("4.50"), MANY)).id();

        assertEquals(MANY, imports.importSales(IntStream.range(0, MANY).mapToObj(i -> NewSale.of(buyer, tea, 1))));

        assertEquals(MANY, saleCount());
        assertEquals(0, crm.products().get(tea).stock());
    }

    @Test
    void importSales_unknownProductInTheSecondChunk_writesNothingAndNamesTheRowAndField() {
        CustomerId buyer = crm.customers().register(NewCustomer.of("Buyer", "buyer@example.org")).id();
        ProductId tea = crm.products().create(new NewProduct("TEA", "Tea", Fixtures.eur("4.50"), MANY)).id();
        ProductId unknown = new ProductId(Fixtures.uuid(999_999));
        State before = state();

        ImportException e = assertThrows(ImportException.class, () -> imports.importSales(IntStream.rangeClosed(1,
                1_500).mapToObj(i -> NewSale.of(buyer, i == 1_200 ? unknown : tea, 1))));

        assertEquals(1_200, e.row());
        assertEquals("productId", e.field());
        assertInstanceOf(NotFoundException.class, e.getCause());
        assertEquals(before, state());
    }

    @Test
    void importSales_zeroQuantity_isRefusedNamingTheRow() {
        CustomerId buyer = crm.customers().register(NewCustomer.of("Buyer", "buyer@example.org")).id();
        ProductId tea = crm.products().create(new NewProduct("TEA", "Tea", Fixtures.eur("4.50"), 10)).id();

        ImportException e = assertThrows(ImportException.class, () -> imports.importSales(Stream.of(
                NewSale.of(buyer, tea, 1), NewSale.of(buyer, tea, 1), NewSale.of(buyer, tea, 0))));

        assertEquals(3, e.row());
        assertEquals("quantity", e.field());
        assertEquals(0, saleCount());
    }

    @Test
    void importSales_moreThanTheStockOverSeveralChunks_writesNothingAndNamesTheQuantity() {
        CustomerId buyer = crm.customers().register(NewCustomer.of("Buyer", "buyer@example.org")).id();
        ProductId tea = crm.products().create(new NewProduct("TEA", "Tea", Fixtures.eur("4.50"), 1_500)).id();
        State before = state();

        ImportException e = assertThrows(ImportException.class,
                () -> imports.importSales(IntStream.range(0, 1_501).mapToObj(i -> NewSale.of(buyer, tea, 1))));

        assertEquals(ImportRepository.MAX_BATCH + 1, e.row());
        assertEquals("quantity", e.field());
        assertInstanceOf(InsufficientStockException.class, e.getCause());
        assertEquals(before, state());
    }
}
