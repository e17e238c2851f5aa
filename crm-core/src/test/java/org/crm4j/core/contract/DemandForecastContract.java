package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.insight.DemandForecast;
import org.crm4j.core.insight.DemandModel;
import org.crm4j.core.insight.DemandOptions;
import org.crm4j.core.insight.DemandPeriod;
import org.crm4j.core.insight.DemandPoint;
import org.crm4j.core.insight.HoldoutAccuracy;
import org.crm4j.core.insight.InventoryAdvice;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.junit.jupiter.api.Test;

/**
 * What {@link org.crm4j.core.insight.InsightService#demand} and {@code demandForAll} give on the adapter under
 * test: on the seasonal demand of {@link PlantedDemand} (48 months) the forecast beats the seasonal naive method on
 * the holdout and its intervals cover the simulated futures of the known process at about their level; a tiny CRM's
 * netted, zero-filled history, fallback forecast and stock advice equal the numbers worked out by hand; and every
 * adapter gives exactly the in-memory adapter's forecasts on the same data.
 */
public abstract class DemandForecastContract extends PortsContract {

    private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    private static final YearMonth FIRST = YearMonth.of(2022, 3);
    private static final int MONTHS = 48;
    private static final long SEED = 1_902L;
    /** Φ⁻¹(0.95), from R 4.2.2: {@code print(qnorm(0.95), digits = 17)}. */
    private static final double Z95_ONE_SIDED = 1.6448536269514715;
    /** Φ⁻¹(0.975), from R 4.2.2: {@code print(qnorm(0.975), digits = 17)}. */
    private static final double Z95 = 1.9599639845400536;

    private Crm crm() {
        return crm(Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.seeded(SEED));
    }

    private static DemandOptions monthly() {
        return DemandOptions.of(DemandPeriod.MONTH, NOW);
    }

    @Test
    void demand_plantedSeason_beatsTheSeasonalNaiveAndCoversSimulatedFutures() {
        Crm crm = crm();
        ProductId product = PlantedDemand.plant(crm, "SEASON-1", FIRST, MONTHS, 0, SEED);

        DemandForecast forecast = crm.insights().demand(product, monthly());

        assertFalse(forecast.isFallback(), forecast::describe);
        assertEquals(MONTHS, forecast.history().size());
        assertEquals(Optional.of(FIRST.atDay(1)), forecast.historyStart());
        assertEquals(LocalDate.of(2026, 3, 1), forecast.forecast().get(0).periodStart());
        HoldoutAccuracy accuracy = forecast.accuracy().orElseThrow();
        assertEquals(12, accuracy.periods());
        assertTrue(accuracy.mase() < 1, forecast::describe);
        assertTrue(accuracy.relativeMae() < 1, forecast::describe);
        assertEquals(2, forecast.candidateMae().size());
        assertEquals(forecast.candidateMae().get(forecast.model().orElseThrow()), accuracy.mae());

        long[][] futures = PlantedDemand.simulate(MONTHS, 12, 0, 2_000, SEED + 1);
        double[] coverage = coverage(forecast.forecast(), futures);
        assertTrue(coverage[1] >= 0.90 && coverage[1] <= 0.99, () -> "95 % coverage " + coverage[1]);
        assertTrue(coverage[0] >= 0.70 && coverage[0] <= 0.90, () -> "80 % coverage " + coverage[0]);
    }

    /** @return the share of simulated values inside the 80 % and the 95 % interval, over all paths and steps */
    private static double[] coverage(List<DemandPoint> points, long[][] futures) {
        int in80 = 0;
        int in95 = 0;
        int all = 0;
        for (long[] path : futures) {
            for (int h = 0; h < path.length; h++) {
                DemandPoint p = points.get(h);
                in80 += path[h] >= p.lower80() && path[h] <= p.upper80() ? 1 : 0;
                in95 += path[h] >= p.lower95() && path[h] <= p.upper95() ? 1 : 0;
                all++;
            }
        }
        return new double[] {(double) in80 / all, (double) in95 / all};
    }

    @Test
    void demand_eachModel_forecastsThePlantedSeasonBetterThanTheSeasonalNaive() {
        Crm crm = crm();
        ProductId product = PlantedDemand.plant(crm, "SEASON-1", FIRST, MONTHS, 3, SEED);

        for (DemandModel model : List.of(DemandModel.AUTO_ARIMA, DemandModel.AUTO_ETS)) {
            DemandForecast forecast = crm.insights().demand(product, monthly().withModel(model).withHoldout(6, 3));

            assertEquals(Optional.of(model), forecast.model());
            assertTrue(forecast.method().startsWith(model == DemandModel.AUTO_ARIMA ? "ARIMA" : "ETS"),
                    forecast.method());
            assertEquals(3, forecast.accuracy().orElseThrow().origins());
            double[] truth = new double[12];
            for (int h = 0; h < 12; h++) {
                truth[h] = PlantedDemand.expected(MONTHS + h, 3);
            }
            assertTrue(correlation(forecast.means(), truth) > 0.9, forecast::describe);
            assertEquals(List.of(model), List.copyOf(forecast.candidateMae().keySet()));
        }
    }

    private static double correlation(double[] a, double[] b) {
        double ma = java.util.Arrays.stream(a).average().orElseThrow();
        double mb = java.util.Arrays.stream(b).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    /** @return what a forecast says, without the options it was made with */
    private static List<Object> findings(DemandForecast f) {
        return List.of(f.productId(), f.method(), f.model(), f.fallbackReason(), f.historyStart(), f.history(),
                f.forecast(), f.accuracy(), f.candidateMae(), f.inventory());
    }

    /**
     * Sales of a tiny CRM by hand: November 5 and 3 units (2 of the 3 returned in December, which counts in
     * November), nothing in December, 4 in January, 2 on 28 February and 9 on 1 March (the current month, left
     * out); stock 30 - 23 + 2 = 9.
     */
    private static ProductId tinyCrm(Crm crm) {
        ProductId tea = crm.products().create(new NewProduct("TEA", "Tea", Money.of("4.00", "EUR"), 30)).id();
        CustomerId ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org")).id();
        crm.sales().record(NewSale.of(ada, tea, 5).withSoldAt(Instant.parse("2025-11-10T12:00:00Z")));
        Sale returned = crm.sales().record(NewSale.of(ada, tea, 3).withSoldAt(Instant.parse("2025-11-20T12:00:00Z")));
        crm.sales().recordReturn(NewReturn.of(returned.id(), 2).withReturnedAt(Instant.parse("2025-12-05T12:00:00Z")));
        crm.sales().record(NewSale.of(ada, tea, 4).withSoldAt(Instant.parse("2026-01-03T12:00:00Z")));
        crm.sales().record(NewSale.of(ada, tea, 2).withSoldAt(Instant.parse("2026-02-28T23:30:00Z")));
        crm.sales().record(NewSale.of(ada, tea, 9).withSoldAt(Instant.parse("2026-03-01T00:30:00Z")));
        return tea;
    }

    @Test
    void demand_tinyCrmByMonth_isTheHandWorkedMeanFallback() {
        Crm crm = crm();
        ProductId tea = tinyCrm(crm);

        DemandForecast f = crm.insights().demand(tea, monthly());

        assertEquals(List.of(6L, 0L, 4L, 2L), f.history());
        assertEquals(Optional.of(LocalDate.of(2025, 11, 1)), f.historyStart());
        assertTrue(f.isFallback());
        assertEquals("mean", f.method());
        assertEquals(Optional.empty(), f.accuracy());
        // mean 3, s² = (9 + 9 + 1 + 1) / 3 = 20/3, se = s √(1 + 1/4) = √(25/3)
        double se = Math.sqrt(25.0 / 3);
        DemandPoint next = f.forecast().get(0);
        assertEquals(LocalDate.of(2026, 3, 1), next.periodStart());
        assertEquals(3.0, next.mean(), 1e-12);
        assertEquals(se, next.standardError(), 1e-12);
        assertEquals(0.0, next.lower95());
        assertEquals(3 + Z95 * se, next.upper95(), 1e-9);
        InventoryAdvice stock = f.inventory();
        assertEquals(3.0, stock.leadTimeDemand(), 1e-12);
        assertEquals(Z95_ONE_SIDED * se, stock.safetyStock(), 1e-9);
        assertEquals(3 + Z95_ONE_SIDED * se, stock.reorderPoint(), 1e-9);
        assertEquals(6 + Z95_ONE_SIDED * Math.sqrt(2) * se, stock.orderUpTo(), 1e-9);
        assertEquals(9, stock.currentStock());
        assertEquals(4, stock.suggestedOrder()); // ⌈12.715 - 9⌉
        assertFalse(stock.reorderNow());
    }

    @Test
    void demand_tinyCrmByWeek_fillsTheEmptyWeeksAndNetsTheReturnInTheSalesWeek() {
        Crm crm = crm();
        ProductId tea = tinyCrm(crm);

        DemandForecast f = crm.insights().demand(tea, DemandOptions.of(DemandPeriod.WEEK, NOW));

        // weeks from Monday 2025-11-10 to the week before Monday 2026-03-09: 17 weeks
        List<Long> expected = new ArrayList<>(java.util.Collections.nCopies(17, 0L));
        expected.set(0, 5L);   // 2025-11-10
        expected.set(1, 1L);   // 2025-11-20 (week of 11-17): 3 - 2 returned
        expected.set(7, 4L);   // 2026-01-03 (week of 12-29)
        expected.set(15, 11L); // 2026-02-28 and 2026-03-01 (week of 02-23)
        assertEquals(expected, f.history());
        assertEquals(Optional.of(LocalDate.of(2025, 11, 10)), f.historyStart());
        assertEquals(LocalDate.of(2026, 3, 9), f.forecast().get(0).periodStart());
        assertEquals(13, f.forecast().size());
        assertEquals("mean", f.method());
        assertEquals(21.0 / 17, f.forecast().get(0).mean(), 1e-12);
    }

    @Test
    void demand_thirteenMonths_fallsBackToTheSeasonalNaiveAndSaysSo() {
        Crm crm = crm();
        ProductId product = PlantedDemand.plant(crm, "SHORT", YearMonth.of(2025, 2), 13, 0, SEED);

        DemandForecast f = crm.insights().demand(product, monthly());

        assertEquals(13, f.history().size());
        assertEquals("seasonal naive", f.method());
        assertTrue(f.fallbackReason().orElseThrow().contains("13 periods"), f::describe);
        for (int k = 0; k < 12; k++) {
            assertEquals((double) f.history().get(1 + k), f.forecast().get(k).mean());
        }
        assertTrue(f.describe().contains("seasonal naive"));
    }

    @Test
    void demandForAll_givesEachProductsForecastWhateverTheThreadsAndAsInMemory() {
        Crm crm = crm();
        List<ProductId> products = plantThree(crm);
        List<String> steps = new ArrayList<>();

        List<DemandForecast> all = crm.insights().demandForAll(monthly().withThreads(2),
                (stage, step, count) -> steps.add(step + "/" + count));

        assertEquals(products.stream().sorted((a, b) -> unsigned(a.value(), b.value())).toList(),
                all.stream().map(DemandForecast::productId).toList());
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), steps);
        assertEquals(all.stream().map(DemandForecastContract::findings).toList(), crm.insights()
                .demandForAll(monthly().withThreads(1), (s, i, n) -> { }).stream()
                .map(DemandForecastContract::findings).toList());
        for (DemandForecast f : all) {
            assertEquals(findings(f), findings(crm.insights().demand(f.productId(), monthly())));
        }
        assertEquals(1, all.stream().filter(DemandForecast::isFallback).count());

        List<DemandForecast> memory;
        try (Crm inMemory = Crm.inMemory(Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.seeded(SEED))) {
            plantThree(inMemory);
            memory = inMemory.insights().demandForAll(monthly().withThreads(2), (s, i, n) -> { });
        }
        assertEquals(memory, all);
    }

    private static List<ProductId> plantThree(Crm crm) {
        return List.of(PlantedDemand.plant(crm, "SEASON-A", FIRST, MONTHS, 0, SEED),
                PlantedDemand.plant(crm, "SEASON-B", FIRST.plusMonths(12), MONTHS - 12, 4, SEED + 1),
                PlantedDemand.plant(crm, "NEW-C", YearMonth.of(2025, 9), 6, 0, SEED + 2));
    }

    private static int unsigned(UUID a, UUID b) {
        int most = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return most != 0 ? most : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Test
    void demand_badArguments_areRefusedNamingTheField() {
        Crm crm = crm();
        ProductId tea = tinyCrm(crm);

        assertEquals("productId", assertThrows(ValidationException.class,
                () -> crm.insights().demand(null, monthly())).field());
        assertEquals("options", assertThrows(ValidationException.class,
                () -> crm.insights().demand(tea, null)).field());
        assertEquals("listener", assertThrows(ValidationException.class,
                () -> crm.insights().demand(tea, monthly(), null)).field());
        assertEquals("options", assertThrows(ValidationException.class,
                () -> crm.insights().demandForAll(null, (s, i, n) -> { })).field());
        assertEquals("productId", assertThrows(NotFoundException.class,
                () -> crm.insights().demand(new ProductId(new UUID(7, 7)), monthly())).field());
    }
}
