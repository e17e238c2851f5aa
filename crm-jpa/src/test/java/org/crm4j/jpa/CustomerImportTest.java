package org.crm4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.Tag;
import org.crm4j.jpa.internal.Dialect;
import org.crm4j.jpa.testing.RunsOn;
import org.crm4j.jpa.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bulk import: batched, validated like a registration, all-or-nothing, and the error names the row. */
class CustomerImportTest {

    @Nested
    class OnH2 extends Suite {
        @Override
        Dialect dialect() {
            return Dialect.H2;
        }
    }

    @Nested
    @RunsOn(Dialect.POSTGRESQL)
    class OnPostgresql extends Suite {
        @Override
        Dialect dialect() {
            return Dialect.POSTGRESQL;
        }
    }

    @Nested
    @RunsOn(Dialect.MARIADB)
    class OnMariadb extends Suite {
        @Override
        Dialect dialect() {
            return Dialect.MARIADB;
        }
    }

    /** The tests, run on H2 always and on PostgreSQL and MariaDB when {@code crm4j.databases} names them. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Suite {

        private TestDatabase database;
        private Crm crm;

        abstract Dialect dialect();

        @BeforeAll
        void open() {
            database = TestDatabase.create(dialect());
            crm = JpaCrm.of(database.dataSource());
        }

        @AfterAll
        void close() {
            try {
                crm.close();
            } finally {
                database.close();
            }
        }

        private static Stream<NewCustomer> rows(String prefix, long count) {
            return LongStream.rangeClosed(1, count).mapToObj(i -> new NewCustomer("Customer " + i,
                    prefix + i + "@example.org", Optional.of("+4930" + (1_000_000 + i)),
                    Optional.of(LocalDate.of(1980, 1, 1).plusDays(i)),
                    Gender.UNDISCLOSED, i % 2 == 0 ? Set.of("Even", "import") : Set.of()));
        }

        private long count(String prefix) {
            return crm.customers().search(CustomerQuery.all().withEmail(prefix), PageRequest.of(0, 1)).totalElements();
        }

        @Test
        void importCustomers_validRowsOverSeveralChunks_registersThemAllWithTheirTags() {
            assertEquals(2_500, JpaCrm.customerImport(crm).importCustomers(rows("valid-", 2_500)));

            assertEquals(2_500, count("valid-"));
            Customer second = crm.customers().findByEmail("VALID-2@example.org").orElseThrow();
            assertEquals("Customer 2", second.name());
            assertEquals(Set.of(Tag.of("even"), Tag.of("import")), second.tags());
            assertEquals("+49301000002", second.phone().orElseThrow().value());
            assertEquals(0, second.version());
        }

        @Test
        void importCustomers_invalidRowInTheSecondChunk_writesNothingAndNamesTheRow() {
            Stream<NewCustomer> rows = rows("invalid-", 1_500).map(c -> c.name().equals("Customer 1234")
                    ? NewCustomer.of(c.name(), "not an address") : c);

            CustomerImportException e = assertThrows(CustomerImportException.class,
                    () -> JpaCrm.customerImport(crm).importCustomers(rows));

            assertEquals(1_234, e.row());
            assertEquals("email", assertInstanceOf(ValidationException.class, e.getCause()).field());
            assertTrue(e.getMessage().contains("row 1234"), e.getMessage());
            assertEquals(0, count("invalid-"));
        }

        @Test
        void importCustomers_addressAlreadyRegistered_writesNothingAndNamesTheRow() {
            crm.customers().register(NewCustomer.of("Taken", "taken-7@example.org"));

            CustomerImportException e = assertThrows(CustomerImportException.class,
                    () -> JpaCrm.customerImport(crm).importCustomers(rows("taken-", 20)));

            assertEquals(7, e.row());
            assertEquals("email", assertInstanceOf(DuplicateException.class, e.getCause()).field());
            assertEquals(1, count("taken-"));
        }

        @Test
        void importCustomers_addressRepeatedInAnotherCase_writesNothingAndNamesTheSecondRow() {
            Stream<NewCustomer> rows = Stream.concat(rows("twice-", 3),
                    Stream.of(NewCustomer.of("Again", "TWICE-2@example.org")));

            CustomerImportException e = assertThrows(CustomerImportException.class,
                    () -> JpaCrm.customerImport(crm).importCustomers(rows));

            assertEquals(4, e.row());
            assertInstanceOf(DuplicateException.class, e.getCause());
            assertEquals(0, count("twice-"));
        }

        @Test
        void importCustomers_futureDateOfBirth_isRefusedLikeARegistration() {
            Stream<NewCustomer> rows = Stream.of(NewCustomer.of("Unborn", "future-1@example.org")
                    .withDateOfBirth(LocalDate.now().plusYears(1)));

            CustomerImportException e = assertThrows(CustomerImportException.class,
                    () -> JpaCrm.customerImport(crm).importCustomers(rows));

            assertEquals(1, e.row());
            assertEquals("dateOfBirth", assertInstanceOf(ValidationException.class, e.getCause()).field());
        }

        @Test
        void customerImport_crmNotOpenedByJpaCrm_isIllegalArgument() {
            try (Crm memory = Crm.inMemory()) {
                assertThrows(IllegalArgumentException.class, () -> JpaCrm.customerImport(memory));
            }
        }
    }
}
