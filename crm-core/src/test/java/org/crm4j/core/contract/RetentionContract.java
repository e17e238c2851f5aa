package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.insight.Cohort;
import org.crm4j.core.insight.CohortOptions;
import org.crm4j.core.insight.RetentionCohorts;
import org.crm4j.core.insight.RevenueDecile;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.junit.jupiter.api.Test;

/**
 * What {@link org.crm4j.core.insight.InsightService#retention} reports on the adapter under test: a tiny CRM's
 * cohort table equals the one worked out by hand, and the adapter gives exactly the in-memory adapter's table on
 * the same generated data.
 */
public abstract class RetentionContract extends PortsContract {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final long SEED = 1_802L;

    /**
     * From January to March 2026: Ada first bought in December 2025 (no cohort of the range); Bob buys 10.00 in
     * January, 20.00 in February and 10.00 in March; Cid buys 10.00 in January and returns it in February; Dee buys
     * 30.00 and 10.00 in February; Eve buys only in USD; Fay first buys in April (after the range). January cohort:
     * Bob and Cid, retained 100 %, 50 %, 50 %, revenue 20.00, 10.00, 10.00, repeat rate 50 %. February cohort: Dee,
     * retained 100 %, 0 %, revenue 40.00, 0.00, repeat rate 100 %. By revenue Bob and Dee (40.00 each) fall in
     * deciles 1 and 4 (customer i of 3 in decile 1 + ⌊10 i / 3⌋), Cid (0.00) in decile 7.
     */
    @Test
    void retention_tinyCrm_equalsTheTableWorkedOutByHand() {
        Crm crm = crm(Clock.fixed(Instant.parse("2026-04-15T00:00:00Z"), ZoneOffset.UTC), IdGenerator.seeded(SEED));
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", Money.of("10.00", "EUR"), 100));
        Product dollarTea = crm.products().create(new NewProduct("TEA-US", "Tea", Money.of("10.00", "USD"), 100));
        Customer ada = register(crm, "Ada");
        Customer bob = register(crm, "Bob");
        Customer cid = register(crm, "Cid");
        Customer dee = register(crm, "Dee");
        Customer eve = register(crm, "Eve");
        Customer fay = register(crm, "Fay");
        buy(crm, ada, tea, 1, "2025-12-31T23:59:59Z");
        buy(crm, ada, tea, 1, "2026-01-05T00:00:00Z");
        buy(crm, bob, tea, 1, "2026-01-10T12:00:00Z");
        buy(crm, bob, tea, 2, "2026-02-05T12:00:00Z");
        buy(crm, bob, tea, 1, "2026-03-01T00:00:00Z");
        Sale cidSale = buy(crm, cid, tea, 1, "2026-01-20T12:00:00Z");
        crm.sales().recordReturn(NewReturn.of(cidSale.id(), 1).withReturnedAt(Instant.parse("2026-02-02T00:00:00Z")));
        buy(crm, dee, tea, 3, "2026-02-03T00:00:00Z");
        buy(crm, dee, tea, 1, "2026-02-20T00:00:00Z");
        buy(crm, eve, dollarTea, 1, "2026-01-15T00:00:00Z");
        buy(crm, fay, tea, 1, "2026-04-01T00:00:00Z");

        RetentionCohorts table = crm.insights().retention(
                CohortOptions.of(EUR, YearMonth.of(2026, 1), YearMonth.of(2026, 3)));

        assertEquals(List.of(
                new Cohort(LocalDate.of(2026, 1, 1), 2, List.of(1.0, 0.5, 0.5), eur("20.00", "10.00", "10.00"), 0.5),
                new Cohort(LocalDate.of(2026, 2, 1), 1, List.of(1.0, 0.0), eur("40.00", "0.00"), 1.0)), table.cohorts());
        assertEquals(handWorkedDeciles(), table.revenueDeciles());
    }

    /**
     * Weeks of 2026-01-05, -12 and -19 (Mondays): Ada first bought on Sunday 2026-01-04 23:59:59 (week of
     * 2025-12-29, no cohort of the range); Bob buys 10.00 on Monday 2026-01-05 00:00, 20.00 on Sunday 2026-01-18
     * 23:59:59 and 10.00 on Monday 2026-01-19 00:00; Cid buys 10.00 on 2026-01-07 and returns it on 2026-01-13;
     * Dee buys 30.00 on Monday 2026-01-12 00:00 and 10.00 on 2026-01-16; Eve buys only in USD; Fay first buys on
     * 2026-01-26 (after the range). Week of 2026-01-05: Bob and Cid, retained 100 %, 50 %, 50 %, revenue 20.00,
     * 10.00, 10.00, repeat rate 50 %. Week of 2026-01-12: Dee, retained 100 %, 0 %, revenue 40.00, 0.00, repeat
     * rate 100 %. Deciles as in the monthly table: Bob and Dee (40.00) in deciles 1 and 4, Cid (0.00) in 7.
     */
    @Test
    void retention_weeklyTinyCrm_equalsTheTableWorkedOutByHand() {
        Crm crm = crm(Clock.fixed(Instant.parse("2026-02-15T00:00:00Z"), ZoneOffset.UTC), IdGenerator.seeded(SEED));
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", Money.of("10.00", "EUR"), 100));
        Product dollarTea = crm.products().create(new NewProduct("TEA-US", "Tea", Money.of("10.00", "USD"), 100));
        Customer ada = register(crm, "Ada");
        Customer bob = register(crm, "Bob");
        Customer cid = register(crm, "Cid");
        Customer dee = register(crm, "Dee");
        Customer eve = register(crm, "Eve");
        Customer fay = register(crm, "Fay");
        buy(crm, ada, tea, 1, "2026-01-04T23:59:59Z");
        buy(crm, ada, tea, 1, "2026-01-06T00:00:00Z");
        buy(crm, bob, tea, 1, "2026-01-05T00:00:00Z");
        buy(crm, bob, tea, 2, "2026-01-18T23:59:59Z");
        buy(crm, bob, tea, 1, "2026-01-19T00:00:00Z");
        Sale cidSale = buy(crm, cid, tea, 1, "2026-01-07T12:00:00Z");
        crm.sales().recordReturn(NewReturn.of(cidSale.id(), 1).withReturnedAt(Instant.parse("2026-01-13T00:00:00Z")));
        buy(crm, dee, tea, 3, "2026-01-12T00:00:00Z");
        buy(crm, dee, tea, 1, "2026-01-16T00:00:00Z");
        buy(crm, eve, dollarTea, 1, "2026-01-08T00:00:00Z");
        buy(crm, fay, tea, 1, "2026-01-26T00:00:00Z");

        RetentionCohorts table = crm.insights().retention(
                CohortOptions.weekly(EUR, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19)));

        assertEquals(List.of(
                new Cohort(LocalDate.of(2026, 1, 5), 2, List.of(1.0, 0.5, 0.5), eur("20.00", "10.00", "10.00"), 0.5),
                new Cohort(LocalDate.of(2026, 1, 12), 1, List.of(1.0, 0.0), eur("40.00", "0.00"), 1.0)),
                table.cohorts());
        assertEquals(handWorkedDeciles(), table.revenueDeciles());
        assertTrue(table.describe().startsWith("2 weekly cohorts"), table.describe());
    }

    @Test
    void retention_weeklySameDataInMemory_givesTheSameTable() {
        assertSameTableAsInMemory(
                CohortOptions.weekly(EUR, LocalDate.of(2025, 1, 6), LocalDate.of(2026, 6, 29)));
    }

    @Test
    void retention_sameDataInMemory_givesTheSameTable() {
        assertSameTableAsInMemory(CohortOptions.of(EUR, YearMonth.of(2025, 1), YearMonth.of(2026, 6)));
    }

    /** Plants 200 customers' purchases over 78 weeks on this adapter and in memory; both tables must be equal. */
    private void assertSameTableAsInMemory(CohortOptions options) {
        Instant start = Instant.parse("2025-01-06T00:00:00Z");
        Instant end = start.plus(Duration.ofDays(7L * 78));
        Clock clock = Clock.fixed(end.plus(Duration.ofHours(1)), ZoneOffset.UTC);
        PlantedPurchases.Truth truth = new PlantedPurchases.Truth(0.25, 4.0, 0.8, 2.5);
        Crm crm = crm(clock, IdGenerator.seeded(SEED));
        PlantedPurchases.plant(crm, truth, 200, start, 78, 12, SEED);
        RetentionCohorts here = crm.insights().retention(options);
        RetentionCohorts memory;
        try (Crm inMemory = Crm.inMemory(clock, IdGenerator.seeded(SEED))) {
            PlantedPurchases.plant(inMemory, truth, 200, start, 78, 12, SEED);
            memory = inMemory.insights().retention(options);
        }

        assertEquals(memory.cohorts(), here.cohorts());
        assertEquals(memory.revenueDeciles(), here.revenueDeciles());
        assertEquals(200, here.cohorts().stream().mapToInt(Cohort::customers).sum());
    }

    /**
     * The deciles of both hand-worked tables: Bob and Dee (40.00 each) in deciles 1 and 4, Cid (0.00) in decile 7,
     * each decile with revenue holding half of the 80.00 total.
     */
    private static List<RevenueDecile> handWorkedDeciles() {
        List<RevenueDecile> deciles = new ArrayList<>();
        for (int d = 1; d <= 10; d++) {
            int customers = d == 1 || d == 4 || d == 7 ? 1 : 0;
            String revenue = d == 1 || d == 4 ? "40.00" : "0.00";
            deciles.add(new RevenueDecile(d, customers, Money.of(revenue, "EUR"), d == 1 || d == 4 ? 0.5 : 0.0));
        }
        return deciles;
    }

    @Test
    void retention_nullOptions_isRefusedNamingOptions() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> crm(Clock.systemUTC(), IdGenerator.seeded(SEED)).insights().retention(null));

        assertEquals("options", e.field());
    }

    private static Sale buy(Crm crm, Customer customer, Product product, int units, String at) {
        return crm.sales().record(NewSale.of(customer.id(), product.id(), units).withSoldAt(Instant.parse(at)));
    }

    private static List<Money> eur(String... amounts) {
        return java.util.Arrays.stream(amounts).map(a -> Money.of(a, "EUR")).toList();
    }

    private static Customer register(Crm crm, String name) {
        return crm.customers().register(NewCustomer.of(name, name.toLowerCase(Locale.ROOT) + "@example.org"));
    }
}
