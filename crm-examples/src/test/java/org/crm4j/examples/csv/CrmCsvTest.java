package org.crm4j.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.crm4j.core.Crm;
import org.crm4j.core.Money;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.imports.ImportException;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.sales.SaleQuery;
import org.junit.jupiter.api.Test;

/** CSV export and import through {@code Crm.imports()}: round trips, quoting, and refused rows named. */
class CrmCsvTest {

    private static List<Customer> customers(Crm crm) {
        return crm.customers().search(CustomerQuery.all(), PageRequest.of(0, 100)).content();
    }

    @Test
    void writeCustomersThenImport_roundTripsQuotedCellsPhonesDatesAndTags() {
        StringWriter csv = new StringWriter();
        try (Crm source = Crm.inMemory(); Crm target = Crm.inMemory()) {
            source.customers().register(NewCustomer.of("Lovelace, Ada \"Countess\"", "ada@example.org")
                    .withPhone("+442071234567").withDateOfBirth(LocalDate.of(1815, 12, 10)).withGender(Gender.FEMALE)
                    .withTags(Set.of("vip", "tea lover")));
            source.customers().register(NewCustomer.of("Babbage, Bob", "bob@example.org"));
            CrmCsv.writeCustomers(csv, customers(source));

            try (Stream<NewCustomer> rows = CrmCsv.customers(new StringReader(csv.toString()))) {
                assertEquals(2, target.imports().importCustomers(rows));
            }

            List<Customer> copied = customers(target);
            assertEquals(Set.copyOf(customers(source).stream().map(c -> List.of(c.name(), c.email(), c.phone(),
                    c.dateOfBirth(), c.gender(), c.tags())).toList()), Set.copyOf(copied.stream().map(c -> List.of(
                    c.name(), c.email(), c.phone(), c.dateOfBirth(), c.gender(), c.tags())).toList()));
            assertEquals(2, copied.size());
        }
    }

    @Test
    void writeProductsThenImport_roundTripsPricesAndStock() {
        StringWriter csv = new StringWriter();
        try (Crm source = Crm.inMemory(); Crm target = Crm.inMemory()) {
            source.products().create(new NewProduct("TEA-1", "Tea, green", Money.of("4.50", "EUR"), 12));
            source.products().create(new NewProduct("POT-1", "Teapot", Money.of("29.90", "GBP"), 3));
            CrmCsv.writeProducts(csv, source.products().search(ProductQuery.all(), PageRequest.of(0, 10)).content());

            assertEquals(2, target.imports().importProducts(CrmCsv.products(new StringReader(csv.toString()))));

            Product pot = target.products().findBySku("pot-1").orElseThrow();
            assertEquals(Money.of("29.90", "GBP"), pot.price());
            assertEquals(3, pot.stock());
            assertEquals("Tea, green", target.products().findBySku("TEA-1").orElseThrow().name());
        }
    }

    @Test
    void importSales_readsIdsQuantitiesAndTimes() {
        try (Crm crm = Crm.inMemory()) {
            Customer ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
            Product tea = crm.products().create(new NewProduct("TEA-1", "Tea", Money.of("4.50", "EUR"), 10));
            String csv = "customerId,productId,quantity,soldAt,campaignId\n"
                    + ada.id() + "," + tea.id() + ",3,2026-01-05T10:00:00Z,\n"
                    + ada.id() + "," + tea.id() + ",2,,\n";

            assertEquals(2, crm.imports().importSales(CrmCsv.sales(new StringReader(csv))));

            assertEquals(5, crm.products().get(tea.id()).stock());
            assertEquals(Instant.parse("2026-01-05T10:00:00Z"), crm.sales().search(SaleQuery.all().withCustomer(
                    ada.id()), PageRequest.of(0, 10)).content().stream().map(s -> s.soldAt()).min(
                            Instant::compareTo).orElseThrow());
        }
    }

    @Test
    void importCustomers_unreadableDate_namesTheRowAndColumnAndImportsNothing() {
        String csv = "name,email,phone,dateOfBirth,gender,tags\n"
                + "Ada,ada@example.org,,1815-12-10,,\n"
                + "Bob,bob@example.org,,10/12/1815,,\n";
        try (Crm crm = Crm.inMemory()) {
            ImportException e = assertThrows(ImportException.class,
                    () -> crm.imports().importCustomers(CrmCsv.customers(new StringReader(csv))));

            assertEquals(2, e.row());
            assertEquals("dateOfBirth", e.field());
            assertEquals("dateOfBirth", assertInstanceOf(ValidationException.class, e.getCause()).field());
            assertEquals(List.of(), customers(crm));
        }
    }

    @Test
    void importCustomers_invalidAddress_isNamedByTheService() {
        String csv = "email,name\nada@example.org,Ada\nbob@example.org,Bob\nnot an address,Cid\n";
        try (Crm crm = Crm.inMemory()) {
            ImportException e = assertThrows(ImportException.class,
                    () -> crm.imports().importCustomers(CrmCsv.customers(new StringReader(csv))));

            assertEquals(3, e.row());
            assertEquals("email", e.field());
            assertEquals(List.of(), customers(crm));
        }
    }

    @Test
    void customers_missingColumn_isRefusedNamingTheHeader() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CrmCsv.customers(new StringReader("name,phone\nAda,+442071234567\n")));
        assertEquals("[email]", e.getMessage().substring(e.getMessage().lastIndexOf('[')));

        assertEquals("header", e.field());
    }
}
