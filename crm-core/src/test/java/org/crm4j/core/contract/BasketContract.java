package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.insight.BasketAnalysis;
import org.crm4j.core.insight.BasketLine;
import org.crm4j.core.insight.BasketOptions;
import org.crm4j.core.insight.BasketRule;
import org.crm4j.core.insight.DemandHistories;
import org.crm4j.core.insight.Recommendation;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.junit.jupiter.api.Test;

/**
 * What {@link org.crm4j.core.insight.InsightService#baskets} finds on the adapter under test in the baskets of
 * {@link PlantedBaskets}: the two planted pairs are the four strongest rules, customers who bought one product of a
 * pair are recommended the other with that rule, a product returned entirely leaves the basket, every adapter
 * gives exactly the in-memory adapter's analysis on the same data, and the streamed baskets
 * ({@link DemandHistories#forEachBasket}) are the basket lines grouped, in their order.
 */
public abstract class BasketContract extends PortsContract {

    private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-01-01T00:00:00Z");
    private static final long SEED = 1_903L;
    private static final int CUSTOMERS = 200;

    private Crm crm() {
        return crm(Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.seeded(SEED));
    }

    private static BasketOptions pairs() {
        return BasketOptions.of(FROM, TO).withThresholds(0.02, 0.3).withMaxItems(2);
    }

    @Test
    void baskets_plantedPairs_areTheStrongestRules() {
        Crm crm = crm();
        PlantedBaskets.Catalogue p = PlantedBaskets.plant(crm, CUSTOMERS, SEED);

        BasketAnalysis analysis = crm.insights().baskets(pairs());

        assertEquals(CUSTOMERS * 5, analysis.baskets());
        assertEquals(CUSTOMERS, analysis.customers());
        Set<List<Set<ProductId>>> planted = Set.of(List.of(Set.of(p.a()), Set.of(p.b())),
                List.of(Set.of(p.b()), Set.of(p.a())), List.of(Set.of(p.c()), Set.of(p.d())),
                List.of(Set.of(p.d()), Set.of(p.c())));
        assertEquals(planted, Set.copyOf(analysis.rules().subList(0, 4).stream()
                .map(r -> List.of(r.antecedent(), r.consequent())).toList()), analysis::describe);
        for (BasketRule r : analysis.rules().subList(0, 4)) {
            assertTrue(r.lift() > 3, r::toString);
            assertTrue(r.confidence() > 0.6, r::toString);
            assertEquals(r.support() - r.support() / r.lift(), r.leverage(), 1e-12, "leverage = s - s / lift");
        }
        for (BasketRule r : analysis.rules().subList(4, analysis.rules().size())) {
            assertTrue(r.lift() < 2, r::toString);
        }
        BasketRule ab = analysis.rules().stream().filter(r -> r.antecedent().equals(Set.of(p.a()))
                && r.consequent().equals(Set.of(p.b()))).findFirst().orElseThrow();
        assertEquals((1 - ab.confidence() / ab.lift()) / (1 - ab.confidence()), ab.conviction(), 1e-9,
                "conviction = (1 - support of B) / (1 - confidence)");
    }

    @Test
    void recommendFor_aBuyerOfOneOfAPair_isRecommendedTheOtherWithTheRule() {
        Crm crm = crm();
        PlantedBaskets.Catalogue p = PlantedBaskets.plant(crm, CUSTOMERS, SEED);
        CustomerId probe = crm.customers().register(NewCustomer.of("Probe", "probe@example.org")).id();
        crm.sales().record(NewSale.of(probe, p.a(), 1).withSoldAt(Instant.parse("2025-06-01T10:00:00Z")));
        crm.sales().record(NewSale.of(probe, p.background().get(0), 1)
                .withSoldAt(Instant.parse("2025-06-01T10:05:00Z")));
        CustomerId returner = crm.customers().register(NewCustomer.of("Returner", "returner@example.org")).id();
        crm.sales().record(NewSale.of(returner, p.c(), 1).withSoldAt(Instant.parse("2025-07-01T10:00:00Z")));
        Sale d = crm.sales().record(NewSale.of(returner, p.d(), 2).withSoldAt(Instant.parse("2025-07-01T10:01:00Z")));
        crm.sales().recordReturn(NewReturn.of(d.id(), 2).withReturnedAt(Instant.parse("2025-07-02T09:00:00Z")));

        BasketAnalysis analysis = crm.insights().baskets(pairs());

        Recommendation first = analysis.recommendFor(probe, 3).get(0);
        assertEquals(p.b(), first.product());
        assertEquals(Set.of(p.a()), first.rule().antecedent());
        assertEquals(first.rule().confidence(), first.score());
        List<Recommendation> forReturner = analysis.recommendFor(returner, 5);
        assertEquals(p.d(), forReturner.get(0).product(), "D was returned entirely, so C's buyer is offered D");
        assertEquals(Set.of(p.c()), forReturner.get(0).rule().antecedent());
        for (int i = 1; i < forReturner.size(); i++) {
            assertTrue(forReturner.get(i - 1).score() >= forReturner.get(i).score());
        }
        assertEquals(List.of(), analysis.recommendFor(probe, 0));
        assertEquals(List.of(), analysis.recommendFor(new CustomerId(new java.util.UUID(3, 3)), 5));
        assertEquals("n", assertThrows(ValidationException.class, () -> analysis.recommendFor(probe, -1)).field());
        assertEquals("customerId", assertThrows(ValidationException.class,
                () -> analysis.recommendFor(null, 1)).field());
    }

    @Test
    void forEachBasket_streamsTheBasketLinesGroupedInTheirOrder() {
        Crm crm = crm();
        PlantedBaskets.Catalogue p = PlantedBaskets.plant(crm, CUSTOMERS, SEED);
        CustomerId returner = crm.customers().register(NewCustomer.of("Returner", "returner@example.org")).id();
        crm.sales().record(NewSale.of(returner, p.c(), 1).withSoldAt(Instant.parse("2025-07-01T10:00:00Z")));
        Sale d = crm.sales().record(NewSale.of(returner, p.d(), 2).withSoldAt(Instant.parse("2025-07-01T10:01:00Z")));
        crm.sales().recordReturn(NewReturn.of(d.id(), 2).withReturnedAt(Instant.parse("2025-07-02T09:00:00Z")));
        DemandHistories histories = ports.get(DemandHistories.class);

        List<BasketLine> lines = tx(() -> histories.basketLines(FROM, TO));
        List<BasketLine> streamed = new ArrayList<>();
        tx(() -> {
            histories.forEachBasket(FROM, TO, (customer, day, products) -> {
                assertTrue(!products.isEmpty());
                products.forEach(product -> streamed.add(new BasketLine(customer, day, product)));
            });
            return null;
        });

        assertEquals(lines, streamed);
        assertTrue(streamed.contains(new BasketLine(returner, LocalDate.of(2025, 7, 1), p.c())));
        assertTrue(!streamed.contains(new BasketLine(returner, LocalDate.of(2025, 7, 1), p.d())), "returned");
    }

    @Test
    void baskets_sameDataInMemory_givesTheSameAnalysis() {
        Crm crm = crm();
        PlantedBaskets.Catalogue p = PlantedBaskets.plant(crm, CUSTOMERS, SEED);
        BasketAnalysis here = crm.insights().baskets(BasketOptions.of(FROM, TO));
        BasketAnalysis memory;
        try (Crm inMemory = Crm.inMemory(Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.seeded(SEED))) {
            PlantedBaskets.plant(inMemory, CUSTOMERS, SEED);
            memory = inMemory.insights().baskets(BasketOptions.of(FROM, TO));
        }

        assertEquals(memory.rules(), here.rules());
        assertEquals(memory.frequentItemsets(), here.frequentItemsets());
        assertEquals(memory.describe(), here.describe());
        CustomerId anyone = crm.customers().findByEmail("shopper7@example.org").orElseThrow().id();
        assertEquals(memory.recommendFor(anyone, 5), here.recommendFor(anyone, 5));
        assertTrue(here.rules().stream().anyMatch(r -> r.antecedent().size() == 2), "rules of three products");
        assertTrue(here.rules().stream().allMatch(r -> r.support() >= 0.01 && r.confidence() >= 0.3));
        assertTrue(here.rules().stream().noneMatch(r -> p.background().containsAll(r.antecedent())
                && p.background().containsAll(r.consequent()) && r.lift() > 2),
                "background products are independent");
    }

    @Test
    void baskets_badInput_isRefusedNamingTheField() {
        Crm crm = crm();

        assertEquals("options", assertThrows(ValidationException.class, () -> crm.insights().baskets(null)).field());
        assertEquals("listener", assertThrows(ValidationException.class,
                () -> crm.insights().baskets(pairs(), null)).field());
        assertEquals("baskets", assertThrows(ValidationException.class,
                () -> crm.insights().baskets(pairs())).field());
    }
}
