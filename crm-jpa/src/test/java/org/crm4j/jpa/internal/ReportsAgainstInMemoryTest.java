package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.report.SalesPeriod;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.jpa.testing.RunsOn;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The SQL reports give exactly the in-memory adapter's answers on the same generated data: the same commands, the
 * same seeded ids and the same clock go to both, then every report is compared over several periods (a whole year,
 * a month, a period cutting months and days in two).
 */
class ReportsAgainstInMemoryTest {

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
    abstract static class Suite {

        private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");
        private static final long SEED = 20_260_302L;

        abstract Dialect dialect();

        @Test
        void reports_generatedSalesAndReturns_equalTheInMemoryAnswers() {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            try (Crm memory = Crm.inMemory(clock, IdGenerator.seeded(SEED));
                 Crm jpa = Crm.of(JpaTestFixture.on(dialect()).emptyPorts(), clock, IdGenerator.seeded(SEED))) {
                generate(memory);
                generate(jpa);
                List<Instant[]> periods = List.of(
                        new Instant[] {NOW.minus(Duration.ofDays(400)), NOW.plusSeconds(1)},
                        new Instant[] {Instant.parse("2025-11-01T00:00:00Z"), Instant.parse("2025-12-01T00:00:00Z")},
                        new Instant[] {Instant.parse("2025-06-15T12:00:00Z"), Instant.parse("2026-01-20T06:30:00Z")},
                        new Instant[] {NOW, NOW});
                for (Instant[] period : periods) {
                    assertEquals(memory.reports().salesPerProductPerMonth(period[0], period[1]),
                            jpa.reports().salesPerProductPerMonth(period[0], period[1]), "sales per product per month");
                    assertEquals(memory.reports().revenuePerCustomer(period[0], period[1]),
                            jpa.reports().revenuePerCustomer(period[0], period[1]), "revenue per customer");
                    assertEquals(memory.reports().rfmInputs(period[0], period[1]),
                            jpa.reports().rfmInputs(period[0], period[1]), "RFM inputs");
                }
                assertFalse(jpa.reports().rfmInputs(periods.get(0)[0], periods.get(0)[1]).isEmpty());
                List<Object[]> spans = List.of(
                        new Object[] {LocalDate.of(2025, 3, 1), LocalDate.of(2026, 4, 1), SalesPeriod.MONTH},
                        new Object[] {LocalDate.of(2025, 6, 2), LocalDate.of(2026, 3, 9), SalesPeriod.WEEK},
                        new Object[] {LocalDate.of(2025, 12, 20), LocalDate.of(2026, 3, 3), SalesPeriod.DAY},
                        new Object[] {LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), SalesPeriod.DAY});
                for (Object[] span : spans) {
                    LocalDate from = (LocalDate) span[0];
                    LocalDate to = (LocalDate) span[1];
                    SalesPeriod length = (SalesPeriod) span[2];
                    assertEquals(memory.reports().salesByPeriod(from, to, length),
                            jpa.reports().salesByPeriod(from, to, length), "sales by " + length);
                }
                assertEquals(2 * 13, jpa.reports().salesByPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 4, 1),
                        SalesPeriod.MONTH).size(), "13 months in EUR and USD");
            }
        }

        /** 30 customers, 10 products in EUR and USD, 600 sales over a year with about one in eight partly returned. */
        private static void generate(Crm crm) {
            SplittableRandom random = new SplittableRandom(SEED);
            List<Customer> customers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                customers.add(crm.customers().register(NewCustomer.of("Customer " + i, "c" + i + "@example.org")));
            }
            List<Product> products = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String price = (1 + random.nextInt(200)) + "." + (10 + random.nextInt(90));
                products.add(crm.products().create(new NewProduct("SKU-" + i, "Product " + i,
                        Money.of(price, i % 3 == 0 ? "USD" : "EUR"), 100_000)));
            }
            for (int i = 0; i < 600; i++) {
                Customer customer = customers.get(random.nextInt(customers.size()));
                Product product = products.get(random.nextInt(products.size()));
                Instant soldAt = NOW.minusSeconds(random.nextLong(365L * 24 * 3600));
                int quantity = 1 + random.nextInt(9);
                Sale sale = crm.sales().record(NewSale.of(customer.id(), product.id(), quantity).withSoldAt(soldAt));
                if (random.nextInt(8) == 0) {
                    long latest = Duration.between(soldAt, NOW).getSeconds();
                    Instant returnedAt = soldAt.plusSeconds(random.nextLong(latest + 1));
                    crm.sales().recordReturn(NewReturn.of(sale.id(), 1 + random.nextInt(quantity)).withReturnedAt(returnedAt));
                }
            }
        }
    }
}
