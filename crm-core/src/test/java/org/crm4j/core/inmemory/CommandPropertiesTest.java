package org.crm4j.core.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.contract.Commands.Invalid;
import org.crm4j.core.contract.Commands;
import org.crm4j.core.contract.Fixtures;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.SaleQuery;
import org.junit.jupiter.api.Test;

/** The generated valid commands are accepted as given, the generated invalid ones refused without a trace. */
class CommandPropertiesTest {

    private static Crm crm() {
        return Crm.builder(InMemoryPorts.create()).clock(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))
                .ids(IdGenerator.sequence()).defaultPhoneRegion(PhoneRegion.DE).build();
    }

    private static long customers(Crm crm) {
        return crm.customers().search(CustomerQuery.all().includingArchived(), PageRequest.of(0, 10)).totalElements();
    }

    private static long products(Crm crm) {
        return crm.products().search(ProductQuery.all().includingArchived(), PageRequest.of(0, 10)).totalElements();
    }

    private static final long SEED = 20260302L;

    @Test
    void register_validCommand_storesTheNormalisedCustomer() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(Commands.validNewCustomers())
                .checkAssert(CommandPropertiesTest::registersTheNormalisedCustomer);
    }

    private static void registersTheNormalisedCustomer(NewCustomer command) {
        Crm crm = crm();

        Customer customer = crm.customers().register(command);

        assertEquals(command.name().strip(), customer.name());
        assertEquals(command.email().toLowerCase(Locale.ROOT), customer.email().value());
        assertEquals(command.phone().isEmpty(), customer.phone().isEmpty());
        customer.phone().ifPresent(p -> assertEquals("+49", p.value().substring(0, 3)));
        assertEquals(customer, crm.customers().get(customer.id()));
    }

    @Test
    void register_invalidCommand_isRefusedNamingTheFieldAndChangesNothing() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(Commands.invalidNewCustomers())
                .checkAssert(CommandPropertiesTest::refusesTheCustomer);
    }

    private static void refusesTheCustomer(Invalid<NewCustomer> invalid) {
        Crm crm = crm();
        Customer existing = crm.customers().register(NewCustomer.of("Existing", "existing@fixture.test"));

        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.customers().register(invalid.command()));

        assertEquals(invalid.field(), e.field());
        assertEquals(1, customers(crm));
        assertEquals(existing, crm.customers().get(existing.id()));
    }

    @Test
    void create_validCommand_storesTheProduct() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(Commands.validNewProducts())
                .checkAssert(CommandPropertiesTest::storesTheProduct);
    }

    private static void storesTheProduct(NewProduct command) {
        Crm crm = crm();

        Product product = crm.products().create(command);

        assertEquals(command.sku().toUpperCase(Locale.ROOT), product.sku().value());
        assertEquals(command.price(), product.price());
        assertEquals(command.initialStock(), product.stock());
        assertEquals(product, crm.products().get(product.id()));
    }

    @Test
    void create_invalidCommand_isRefusedNamingTheFieldAndChangesNothing() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(Commands.invalidNewProducts())
                .checkAssert(CommandPropertiesTest::refusesTheProduct);
    }

    private static void refusesTheProduct(Invalid<NewProduct> invalid) {
        Crm crm = crm();

        ValidationException e = assertThrows(ValidationException.class, () -> crm.products().create(invalid.command()));

        assertEquals(invalid.field(), e.field());
        assertEquals(0, products(crm));
    }

    @Test
    void record_nonPositiveQuantity_isRefusedAndKeepsStockAndSales() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(Commands.nonPositiveQuantities())
                .checkAssert(CommandPropertiesTest::refusesTheQuantity);
    }

    private static void refusesTheQuantity(int quantity) {
        Crm crm = crm();
        Customer ada = crm.customers().register(NewCustomer.of("Ada", "ada@fixture.test"));
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", Fixtures.eur("4.50"), 5));

        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.sales().record(NewSale.of(ada.id(), tea.id(), quantity)));

        assertEquals("quantity", e.field());
        assertEquals(5, crm.products().get(tea.id()).stock());
        assertEquals(0, crm.sales().search(SaleQuery.all(), PageRequest.of(0, 1)).totalElements());
    }
}
