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
import java.util.Map;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.LifecycleStage;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.insight.ChurnAnalysis;
import org.crm4j.core.insight.ChurnModel;
import org.crm4j.core.insight.ChurnOptions;
import org.crm4j.core.insight.ChurnReason;
import org.crm4j.core.insight.ChurnRisk;
import org.crm4j.core.insight.ConfusionMatrix;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.NewSale;
import org.junit.jupiter.api.Test;

/**
 * What {@link org.crm4j.core.insight.InsightService#churn} learns on the adapter under test from customers who
 * churn by the known rule of {@link PlantedChurn}: every model reaches a held-out AUC of at least 0.85 and ranks the
 * planted driver (recency) first, and the adapter gives exactly the in-memory adapter's analysis on the same data.
 */
public abstract class ChurnContract extends PortsContract {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant CUTOFF = NOW.minus(Duration.ofDays(100));
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final long SEED = 1_802L;
    private static final int CUSTOMERS = 200;

    private Crm crm() {
        return crm(Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.seeded(SEED));
    }

    @Test
    void churn_plantedRule_isLearntByEveryModelWithRecencyFirst() {
        Crm crm = crm();
        Map<CustomerId, Boolean> truth = PlantedChurn.plant(crm, CUTOFF, CUSTOMERS, SEED);

        for (ChurnModel model : ChurnModel.values()) {
            ChurnAnalysis analysis = crm.insights().churn(ChurnOptions.of(EUR, CUTOFF).withModel(model));

            assertTrue(analysis.auc() >= 0.85, analysis::describe);
            assertEquals("recencyDays", analysis.importances().get(0).feature(), analysis::describe);
            assertEquals(CUSTOMERS, analysis.risks().size());
            ConfusionMatrix m = analysis.confusionMatrix();
            assertEquals(CUSTOMERS - analysis.trainingCustomers(),
                    m.truePositives() + m.falsePositives() + m.trueNegatives() + m.falseNegatives());
            truth.forEach((customer, churned) -> assertEquals(churned,
                    analysis.risk(customer).orElseThrow().churned(), "label of " + customer));
        }
    }

    @Test
    void atRisk_threshold_givesTheRiskiestFirstWithRecencyAsTheirReason() {
        Crm crm = crm();
        PlantedChurn.plant(crm, CUTOFF, CUSTOMERS, SEED);
        ChurnAnalysis analysis = crm.insights().churn(ChurnOptions.of(EUR, CUTOFF).withModel(ChurnModel.LOGISTIC));

        List<ChurnRisk> atRisk = analysis.atRisk(0.5);

        assertTrue(!atRisk.isEmpty());
        for (int i = 0; i < atRisk.size(); i++) {
            assertTrue(atRisk.get(i).probability() >= 0.5);
            assertTrue(i == 0 || atRisk.get(i - 1).probability() >= atRisk.get(i).probability());
        }
        ChurnReason top = atRisk.get(0).reasons().get(0);
        assertEquals("recencyDays", top.feature(), atRisk.get(0).toString());
        assertTrue(top.above() && top.value() > top.threshold() && top.weight() > 0, top.describe());
        assertEquals(analysis.risks().stream().filter(r -> r.probability() >= 0.5).count(), atRisk.size());
        assertEquals("threshold", assertThrows(ValidationException.class, () -> analysis.atRisk(1.5)).field());
    }

    /**
     * The tree learns the planted rule as its root test: recency above about {@value PlantedChurn#RECENCY_RULE_DAYS}
     * days. Each customer's reasons are the decision path, root first, in days; its probability changes add up
     * from the share of churners among the training customers to the customer's probability.
     */
    @Test
    void risk_tree_givesTheDecisionPathInOriginalUnits() {
        Crm crm = crm();
        PlantedChurn.plant(crm, CUTOFF, CUSTOMERS, SEED);
        ChurnAnalysis analysis = crm.insights().churn(ChurnOptions.of(EUR, CUTOFF).withModel(ChurnModel.TREE));
        ChurnRisk riskiest = analysis.atRisk(0.5).get(0);
        ChurnRisk safest = analysis.risks().stream().min(Comparator.comparingDouble(ChurnRisk::probability))
                .orElseThrow();
        double rootShare = riskiest.probability() - riskiest.reasons().stream().mapToDouble(ChurnReason::weight).sum();

        for (ChurnRisk risk : List.of(riskiest, safest)) {
            ChurnReason root = risk.reasons().get(0);
            assertEquals("recencyDays", root.feature(), risk.toString());
            assertTrue(Math.abs(root.threshold() - PlantedChurn.RECENCY_RULE_DAYS) <= 10, root.describe());
            assertTrue(risk.reasons().size() <= 5, risk.toString());
            for (ChurnReason step : risk.reasons()) {
                assertEquals(step.above(), step.value() > step.threshold(), step.describe());
            }
            assertEquals(rootShare, risk.probability()
                    - risk.reasons().stream().mapToDouble(ChurnReason::weight).sum(), 1e-9);
        }
        assertTrue(riskiest.reasons().get(0).above() && riskiest.reasons().get(0).weight() > 0);
        assertTrue(!safest.reasons().get(0).above() && safest.reasons().get(0).weight() < 0);
        assertEquals(analysis.risk(riskiest.customerId()).orElseThrow(), riskiest);
    }

    /** The forest's strongest reason for its riskiest customer is recency above a threshold in days. */
    @Test
    void risk_forest_givesTheMostContributingConditionsFirst() {
        Crm crm = crm();
        PlantedChurn.plant(crm, CUTOFF, CUSTOMERS, SEED);
        ChurnAnalysis analysis = crm.insights().churn(ChurnOptions.of(EUR, CUTOFF).withModel(ChurnModel.FOREST));

        for (ChurnRisk risk : analysis.atRisk(0.8)) {
            ChurnReason top = risk.reasons().get(0);
            assertEquals("recencyDays", top.feature(), risk.toString());
            assertTrue(top.above() && top.value() > top.threshold() && top.weight() > 0.1, top.describe());
            assertTrue(top.threshold() > 60 && top.threshold() < 200, top.describe());
            assertTrue(risk.reasons().size() <= 3);
            for (int i = 1; i < risk.reasons().size(); i++) {
                assertTrue(risk.reasons().get(i - 1).weight() >= risk.reasons().get(i).weight());
            }
        }
    }

    @Test
    void markAtRisk_movesActiveCustomersAtRiskAndLeavesTheOthers() {
        Crm crm = crm();
        PlantedChurn.plant(crm, CUTOFF, CUSTOMERS, SEED);
        ChurnAnalysis analysis = crm.insights().churn(ChurnOptions.of(EUR, CUTOFF).withModel(ChurnModel.TREE));
        List<ChurnRisk> atRisk = analysis.atRisk(0.5);
        CustomerId prospect = atRisk.get(0).customerId();
        analysis.risks().stream().map(ChurnRisk::customerId).filter(id -> !id.equals(prospect))
                .forEach(id -> crm.customers().moveToStage(id, LifecycleStage.ACTIVE));

        List<CustomerId> moved = crm.insights().markAtRisk(analysis, 0.5);

        assertEquals(atRisk.stream().map(ChurnRisk::customerId).filter(id -> !id.equals(prospect)).toList(), moved);
        moved.forEach(id -> assertEquals(LifecycleStage.AT_RISK, crm.customers().get(id).stage()));
        assertEquals(LifecycleStage.PROSPECT, crm.customers().get(prospect).stage());
        assertEquals(List.of(), crm.insights().markAtRisk(analysis, 0.5), "already at risk");
        assertEquals("analysis", assertThrows(ValidationException.class,
                () -> crm.insights().markAtRisk(null, 0.5)).field());
    }

    @Test
    void churn_sameDataInMemory_givesTheSameAnalysis() {
        Crm crm = crm();
        PlantedChurn.plant(crm, CUTOFF, CUSTOMERS, SEED);
        ChurnAnalysis here = crm.insights().churn(ChurnOptions.of(EUR, CUTOFF));
        ChurnAnalysis memory;
        try (Crm inMemory = Crm.inMemory(Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.seeded(SEED))) {
            PlantedChurn.plant(inMemory, CUTOFF, CUSTOMERS, SEED);
            memory = inMemory.insights().churn(ChurnOptions.of(EUR, CUTOFF));
        }

        assertEquals(memory.risks(), here.risks());
        assertEquals(memory.importances(), here.importances());
        assertEquals(memory.describe(), here.describe());
    }

    @Test
    void churn_nobodyStays_isRefusedNamingCustomers() {
        Crm crm = crm();
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", Money.of("10.00", "EUR"), 100));
        for (int i = 0; i < 10; i++) {
            CustomerId id = crm.customers().register(NewCustomer.of("C" + i, "c" + i + "@example.org")).id();
            crm.sales().record(NewSale.of(id, tea.id(), 1).withSoldAt(CUTOFF.minus(Duration.ofDays(i + 1))));
        }

        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.insights().churn(ChurnOptions.of(EUR, CUTOFF)));

        assertEquals("customers", e.field());
    }

    @Test
    void churn_nullOptions_isRefusedNamingOptions() {
        assertEquals("options", assertThrows(ValidationException.class, () -> crm().insights().churn(null)).field());
    }
}
