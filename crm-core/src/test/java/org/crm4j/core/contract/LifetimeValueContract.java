package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.crm4j.analytics.lifetime.BgNbdModel;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.insight.CustomerValue;
import org.crm4j.core.insight.LifetimeOptions;
import org.crm4j.core.insight.LifetimeValues;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.junit.jupiter.api.Test;

/**
 * What {@link org.crm4j.core.insight.InsightService#lifetimeValue} finds on the adapter under test: BG/NBD
 * parameters planted by {@link PlantedPurchases} are recovered, the model inputs of a tiny CRM equal the values
 * worked out by hand, and the adapter gives exactly the in-memory adapter's answer on the same data.
 */
public abstract class LifetimeValueContract extends PortsContract {

    private static final Instant START = Instant.parse("2025-01-06T00:00:00Z");
    private static final int WEEKS = 78;
    private static final Instant END = START.plus(Duration.ofDays(7L * WEEKS));
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final long SEED = 1_802L;
    private static final PlantedPurchases.Truth TRUTH = new PlantedPurchases.Truth(0.25, 4.0, 0.8, 2.5);
    /** How many standard errors an estimate may lie from the planted value (about 1 in 370 by chance). */
    private static final double STANDARD_ERRORS = 3.0;

    private Clock clock() {
        return Clock.fixed(END.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    }

    @Test
    void lifetimeValue_plantedBgNbd_recoversItsParametersWithinThreeStandardErrors() {
        Crm crm = crm(clock(), IdGenerator.seeded(SEED));
        PlantedPurchases.plant(crm, TRUTH, 1_000, START, WEEKS, 12, SEED);

        LifetimeValues values = crm.insights().lifetimeValue(LifetimeOptions.of(EUR, END));

        BgNbdModel model = values.purchaseModel();
        double[] se = model.standardErrors();
        double[] estimate = {model.r(), model.alpha(), model.a(), model.b()};
        double[] truth = {TRUTH.r(), TRUTH.alpha(), TRUTH.a(), TRUTH.b()};
        assertTrue(model.converged(), values::describe);
        for (int i = 0; i < truth.length; i++) {
            assertTrue(Math.abs(estimate[i] - truth[i]) <= STANDARD_ERRORS * se[i], String.format(Locale.ROOT,
                    "parameter %d: estimate %.4f, planted %.4f, SE %.4f%n%s", i, estimate[i], truth[i], se[i],
                    values.describe()));
        }
        assertEquals(1_000, values.customers().size());
        assertEquals(values.customers().stream().mapToDouble(CustomerValue::lifetimeValue).sum(),
                values.totalLifetimeValue(), 1e-9);
        List<CustomerValue> top = values.top(5);
        assertEquals(5, top.size());
        assertEquals(values.customers().stream().max(Comparator.comparingDouble(CustomerValue::lifetimeValue))
                .orElseThrow(), top.get(0));
        for (int i = 1; i < top.size(); i++) {
            assertTrue(top.get(i - 1).lifetimeValue() >= top.get(i).lifetimeValue());
        }
    }

    @Test
    void lifetimeValue_sameDataInMemory_givesTheSameValues() {
        Crm crm = crm(clock(), IdGenerator.seeded(SEED));
        PlantedPurchases.plant(crm, TRUTH, 200, START, WEEKS, 12, SEED);
        LifetimeValues here = crm.insights().lifetimeValue(LifetimeOptions.of(EUR, END));
        LifetimeValues memory;
        try (Crm inMemory = Crm.inMemory(clock(), IdGenerator.seeded(SEED))) {
            PlantedPurchases.plant(inMemory, TRUTH, 200, START, WEEKS, 12, SEED);
            memory = inMemory.insights().lifetimeValue(LifetimeOptions.of(EUR, END));
        }

        assertEquals(memory.customers(), here.customers());
        assertEquals(memory.describe(), here.describe());
    }

    /**
     * Ada buys 1, 2 and 3 units at 10.00 in weeks 0, 2 and 5 and returns one unit of the last (x = 2, t_x = 5,
     * T = 10 weeks to the calibration end, 50.00 over 3 transactions); Cid buys 1 and 1 unit at the same instant in
     * week 1 (one transaction) and 1 in week 3 (x = 1, t_x = 2, T = 9, 15.00); Dee buys 2 units in weeks 1 and 4
     * (x = 1, t_x = 3, T = 9, 20.00); Bob once in week 4 (x = 0, t_x = 0, T = 6); Eve only in USD (not valued).
     * A customer without repeat purchase is alive for sure under BG/NBD.
     */
    @Test
    void lifetimeValue_tinyCrm_modelInputsEqualTheValuesWorkedOutByHand() {
        Instant week0 = END.minus(Duration.ofDays(70));
        Crm crm = crm(clock(), IdGenerator.seeded(SEED));
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", Money.of("10.00", "EUR"), 100));
        Product cake = crm.products().create(new NewProduct("CAKE", "Cake", Money.of("10.00", "EUR"), 100));
        Product dollarTea = crm.products().create(new NewProduct("TEA-US", "Tea", Money.of("10.00", "USD"), 100));
        Customer ada = register(crm, "Ada");
        Customer bob = register(crm, "Bob");
        Customer cid = register(crm, "Cid");
        Customer dee = register(crm, "Dee");
        Customer eve = register(crm, "Eve");
        crm.sales().record(NewSale.of(ada.id(), tea.id(), 1).withSoldAt(weeks(week0, 0)));
        crm.sales().record(NewSale.of(ada.id(), tea.id(), 2).withSoldAt(weeks(week0, 2)));
        Sale last = crm.sales().record(NewSale.of(ada.id(), tea.id(), 3).withSoldAt(weeks(week0, 5)));
        crm.sales().recordReturn(NewReturn.of(last.id(), 1).withReturnedAt(weeks(week0, 6)));
        crm.sales().recordAll(List.of(NewSale.of(cid.id(), tea.id(), 1).withSoldAt(weeks(week0, 1)),
                NewSale.of(cid.id(), cake.id(), 1).withSoldAt(weeks(week0, 1))));
        crm.sales().record(NewSale.of(cid.id(), tea.id(), 1).withSoldAt(weeks(week0, 3)));
        crm.sales().record(NewSale.of(dee.id(), tea.id(), 2).withSoldAt(weeks(week0, 1)));
        crm.sales().record(NewSale.of(dee.id(), tea.id(), 2).withSoldAt(weeks(week0, 4)));
        crm.sales().record(NewSale.of(bob.id(), tea.id(), 1).withSoldAt(weeks(week0, 4)));
        crm.sales().record(NewSale.of(eve.id(), dollarTea.id(), 1).withSoldAt(weeks(week0, 4)));

        LifetimeValues values = crm.insights().lifetimeValue(LifetimeOptions.of(EUR, END));

        assertInputs(values.of(ada.id()).orElseThrow(), 2, 5, 10, 50.0 / 3);
        assertInputs(values.of(cid.id()).orElseThrow(), 1, 2, 9, 15.0);
        assertInputs(values.of(dee.id()).orElseThrow(), 1, 3, 9, 20.0);
        CustomerValue bobValue = values.of(bob.id()).orElseThrow();
        assertInputs(bobValue, 0, 0, 6, 10.0);
        assertEquals(1.0, bobValue.probabilityAlive(), 1e-12);
        assertEquals(values.spendModel().expectedAverageValue(), bobValue.expectedValue(), 1e-9);
        assertTrue(values.of(eve.id()).isEmpty(), "bought only in USD");
        assertEquals(4, values.customers().size());
        assertEquals("n", assertThrows(ValidationException.class, () -> values.top(-1)).field());
    }

    @Test
    void lifetimeValue_noRepeatBuyers_isRefusedNamingCustomers() {
        Crm crm = crm(clock(), IdGenerator.seeded(SEED));
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", Money.of("10.00", "EUR"), 100));
        Customer ada = register(crm, "Ada");
        crm.sales().record(NewSale.of(ada.id(), tea.id(), 1).withSoldAt(START));

        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.insights().lifetimeValue(LifetimeOptions.of(EUR, END)));

        assertEquals("customers", e.field());
        assertEquals("must include at least 2 customers with a repeat purchase and positive net revenue in EUR",
                e.rule());
    }

    @Test
    void lifetimeValue_nullOptions_isRefusedNamingOptions() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> crm(clock(), IdGenerator.seeded(SEED)).insights().lifetimeValue(null));

        assertEquals("options", e.field());
    }

    private static void assertInputs(CustomerValue value, int x, double tx, double age, double averageValue) {
        assertEquals(x, value.repeatPurchases());
        assertEquals(tx, value.recencyWeeks(), 1e-12);
        assertEquals(age, value.ageWeeks(), 1e-12);
        assertEquals(averageValue, value.averageValue(), 1e-12);
    }

    private static Instant weeks(Instant week0, int weeks) {
        return week0.plus(Duration.ofDays(7L * weeks));
    }

    private static Customer register(Crm crm, String name) {
        return crm.customers().register(NewCustomer.of(name, name.toLowerCase(Locale.ROOT) + "@example.org"));
    }
}
