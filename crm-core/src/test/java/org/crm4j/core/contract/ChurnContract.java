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
import java.time.LocalDate;
import java.util.Set;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.SplittableRandom;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.survey.IssuedInvitation;
import org.crm4j.core.survey.NewSurvey;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyResponse;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.insight.CustomerSignals;
import org.crm4j.core.insight.FeatureImportance;
import org.crm4j.core.insight.SignalCounts;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipId;
import org.crm4j.core.relationship.RelationshipStatus;
import org.crm4j.core.relationship.RelationshipType;
import org.crm4j.core.sales.NewReturn;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketPriority;
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

    /**
     * Among the forest's three strongest reasons for each customer at risk is recency above a threshold in days
     * (tenure, which grows with recency on this data, sometimes comes first).
     */
    @Test
    void risk_forest_givesTheMostContributingConditionsFirst() {
        Crm crm = crm();
        PlantedChurn.plant(crm, CUTOFF, CUSTOMERS, SEED);
        ChurnAnalysis analysis = crm.insights().churn(ChurnOptions.of(EUR, CUTOFF).withModel(ChurnModel.FOREST));

        List<ChurnRisk> atRisk = analysis.atRisk(0.8);
        assertTrue(atRisk.size() >= 20, analysis::describe);
        for (ChurnRisk risk : atRisk) {
            ChurnReason recency = risk.reasons().stream().filter(r -> r.feature().equals("recencyDays"))
                    .findFirst().orElseThrow(() -> new AssertionError(risk.toString()));
            assertTrue(recency.above() && recency.value() > recency.threshold() && recency.weight() > 0.05,
                    recency.describe());
            assertTrue(recency.threshold() > 60 && recency.threshold() < 200, recency.describe());
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
        // every buyer became ACTIVE with the first sale; one of those at risk has churned already
        analysis.risks().forEach(r -> assertEquals(LifecycleStage.ACTIVE, crm.customers().get(r.customerId()).stage()));
        CustomerId churned = atRisk.get(0).customerId();
        crm.customers().moveToStage(churned, LifecycleStage.AT_RISK);
        crm.customers().moveToStage(churned, LifecycleStage.CHURNED);

        List<CustomerId> moved = crm.insights().markAtRisk(analysis, 0.5);

        assertEquals(atRisk.stream().map(ChurnRisk::customerId).filter(id -> !id.equals(churned)).toList(), moved);
        moved.forEach(id -> assertEquals(LifecycleStage.AT_RISK, crm.customers().get(id).stage()));
        assertEquals(LifecycleStage.CHURNED, crm.customers().get(churned).stage());
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

    /**
     * Customers of {@link PlantedComplaints} churn when they opened at least two complaints in the quarter before
     * the cut-off, whatever their recency; returns, campaign responses, relationship deteriorations and other
     * tickets are planted independently of churn. Every model learns it and ranks complaints first.
     */
    @Test
    void churn_plantedComplaints_areLearntByEveryModelWithComplaintsFirst() {
        MutableClock clock = new MutableClock(CUTOFF);
        Crm crm = crm(clock, IdGenerator.seeded(SEED));
        Map<CustomerId, Boolean> truth = PlantedComplaints.plant(crm, clock, CUTOFF, CUSTOMERS, SEED);

        for (ChurnModel model : ChurnModel.values()) {
            ChurnAnalysis analysis = crm.insights().churn(ChurnOptions.of(EUR, CUTOFF).withModel(model));

            assertTrue(analysis.auc() >= 0.85, analysis::describe);
            assertEquals("complaints", analysis.importances().get(0).feature(), analysis::describe);
            truth.forEach((customer, churned) -> assertEquals(churned,
                    analysis.risk(customer).orElseThrow().churned(), "label of " + customer));
            ChurnRisk riskiest = analysis.atRisk(0.5).get(0);
            assertEquals("complaints", riskiest.reasons().stream().filter(r -> r.weight() > 0)
                    .max(Comparator.comparingDouble(ChurnReason::weight)).orElseThrow().feature(),
                    riskiest.toString());
        }
    }

    /**
     * Customers who answered a survey in the quarter before the cut-off with a CSAT of at most 2 churn (5 %
     * flipped); their NPS (1 to 10) is drawn independently and recency is uninformative (1 to 60 days). Every model
     * ranks the dissatisfied answers first.
     */
    @Test
    void churn_plantedDissatisfiedAnswers_areLearntByEveryModelWithThemFirst() {
        MutableClock clock = new MutableClock(CUTOFF.minus(Duration.ofDays(80)));
        Crm crm = crm(clock, IdGenerator.seeded(SEED));
        SplittableRandom random = new SplittableRandom(SEED);
        Product product = crm.products().create(new NewProduct("SURVEYED-1", "Planted product",
                Money.of("10.00", "EUR"), 10_000_000));
        List<CustomerId> ids = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            ids.add(crm.customers().register(NewCustomer.of("Surveyed " + i, "surveyed" + i + "@example.org")).id());
        }
        LocalDate start = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Campaign campaign = crm.campaigns().plan(new NewCampaign("Ask", start, start.plusDays(60),
                new CampaignTarget("everyone", "answers"), CampaignChannel.EMAIL, Money.of("10.00", "EUR")));
        crm.campaigns().addMembers(campaign.id(), ids);
        clock.set(CUTOFF.minus(Duration.ofDays(30)));
        // Follow-up tickets only for CSAT 1 (NPS is never 0), so that tickets are not a copy of the driver.
        Survey survey = crm.surveys().define(NewSurvey.of("How are we doing?", "QUESTION")
                .withThresholds(1, 0, TicketPriority.NORMAL));
        Map<CustomerId, Boolean> truth = new LinkedHashMap<>();
        for (IssuedInvitation issued : crm.surveys().inviteCampaign(survey.id(), campaign.id(), Channel.EMAIL)
                .issued()) {
            int csat = random.nextInt(1, 6);
            crm.surveys().answer(issued.token(), SurveyResponse.empty().withCsat(csat)
                    .withNps(random.nextInt(1, 11)));
            truth.put(issued.invitation().customer(), csat <= 2 ^ random.nextInt(100) < 5);
        }
        clock.set(CUTOFF.plus(Duration.ofDays(100)));
        List<NewSale> sales = new ArrayList<>();
        for (CustomerId id : ids) {
            sales.add(NewSale.of(id, product.id(), 1).withSoldAt(CUTOFF.minus(Duration.ofDays(random.nextInt(1, 61)))));
            if (!truth.get(id)) {
                sales.add(NewSale.of(id, product.id(), 1).withSoldAt(CUTOFF.plus(Duration.ofDays(random.nextInt(1,
                        81)))));
            }
        }
        crm.sales().recordAll(sales);

        for (ChurnModel model : ChurnModel.values()) {
            ChurnAnalysis analysis = crm.insights().churn(ChurnOptions.of(EUR, CUTOFF).withModel(model));

            assertTrue(analysis.auc() >= 0.85, analysis::describe);
            assertEquals("dissatisfiedAnswers", analysis.importances().get(0).feature(), analysis::describe);
            truth.forEach((customer, churned) -> assertEquals(churned,
                    analysis.risk(customer).orElseThrow().churned(), "label of " + customer));
        }
    }

    /** Without the complaint category, the complaints feature is zero for everyone and cannot drive the model. */
    @Test
    void churn_plantedComplaintsNotCountedAsComplaints_loseTheirDriver() {
        MutableClock clock = new MutableClock(CUTOFF);
        Crm crm = crm(clock, IdGenerator.seeded(SEED));
        PlantedComplaints.plant(crm, clock, CUTOFF, CUSTOMERS, SEED);

        ChurnAnalysis analysis = crm.insights().churn(ChurnOptions.of(EUR, CUTOFF).withModel(ChurnModel.TREE)
                .withComplaintCategories(Set.of()));

        FeatureImportance complaints = analysis.importances().stream().filter(i -> i.feature().equals("complaints"))
                .findFirst().orElseThrow();
        assertEquals(0.0, complaints.importance());
        assertEquals("tickets", analysis.importances().get(0).feature(), analysis::describe);
    }

    @Test
    void churn_plantedComplaintsSameDataInMemory_givesTheSameAnalysis() {
        MutableClock clock = new MutableClock(CUTOFF);
        Crm crm = crm(clock, IdGenerator.seeded(SEED));
        PlantedComplaints.plant(crm, clock, CUTOFF, CUSTOMERS, SEED);
        ChurnAnalysis here = crm.insights().churn(ChurnOptions.of(EUR, CUTOFF));
        ChurnAnalysis memory;
        MutableClock memoryClock = new MutableClock(CUTOFF);
        try (Crm inMemory = Crm.inMemory(memoryClock, IdGenerator.seeded(SEED))) {
            PlantedComplaints.plant(inMemory, memoryClock, CUTOFF, CUSTOMERS, SEED);
            memory = inMemory.insights().churn(ChurnOptions.of(EUR, CUTOFF));
        }

        assertEquals(memory.risks(), here.risks());
        assertEquals(memory.importances(), here.importances());
        assertEquals(memory.describe(), here.describe());
    }

    /**
     * From 2026-01-01 to 2026-02-01: Ada returns one EUR sale in the period (counted), one before it and one USD sale
     * in it (not counted); Bob responds to a campaign in the period, Cid responded before it; the Ada–Bob friendship
     * goes GOOD → FAIR in the period (a deterioration for both), FAIR → GOOD (an improvement) in it and GOOD →
     * DETERIORATING after it; Cid opens a COMPLAINT and a QUESTION in the period and a COMPLAINT after it. Dee does
     * nothing and is not listed.
     */
    @Test
    void signalCounts_tinyCrm_countsEachKindOfEventInThePeriod() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-02-01T00:00:00Z");
        MutableClock clock = new MutableClock(from.minus(Duration.ofDays(10)));
        Crm crm = crm(clock, IdGenerator.seeded(SEED));
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", Money.of("10.00", "EUR"), 100));
        Product dollarTea = crm.products().create(new NewProduct("TEA-US", "Tea", Money.of("10.00", "USD"), 100));
        CustomerId ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org")).id();
        CustomerId bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org")).id();
        CustomerId cid = crm.customers().register(NewCustomer.of("Cid", "cid@example.org")).id();
        crm.customers().register(NewCustomer.of("Dee", "dee@example.org"));
        Sale early = crm.sales().record(NewSale.of(ada, tea.id(), 2).withSoldAt(from.minus(Duration.ofDays(15))));
        Sale dollars = crm.sales().record(NewSale.of(ada, dollarTea.id(), 1)
                .withSoldAt(from.minus(Duration.ofDays(15))));
        Campaign campaign = crm.campaigns().plan(new NewCampaign("Winter", LocalDate.of(2025, 12, 20),
                LocalDate.of(2026, 3, 1), new CampaignTarget("all", "responses"), CampaignChannel.EMAIL,
                Money.of("10.00", "EUR")));
        crm.campaigns().addMembers(campaign.id(), List.of(bob, cid));
        crm.campaigns().recordResponse(campaign.id(), cid);
        RelationshipId friends = crm.relationships().establish(NewRelationship.of(ada, bob, RelationshipType.FRIEND,
                LocalDate.of(2025, 12, 1))).id();
        clock.set(from.plus(Duration.ofDays(3)));
        crm.sales().recordReturn(NewReturn.of(early.id(), 1).withReturnedAt(from.minusSeconds(1)));
        crm.sales().recordReturn(NewReturn.of(early.id(), 1).withReturnedAt(from));
        crm.sales().recordReturn(NewReturn.of(dollars.id(), 1).withReturnedAt(from.plusSeconds(5)));
        crm.campaigns().recordResponse(campaign.id(), bob);
        crm.relationships().changeStatus(friends, RelationshipStatus.FAIR);
        crm.tickets().open(NewTicket.of(cid, "Wet tea", "Soaked.", "COMPLAINT", TicketPriority.HIGH,
                TicketChannel.EMAIL));
        crm.tickets().open(NewTicket.of(cid, "Brewing", "How long?", "QUESTION", TicketPriority.LOW,
                TicketChannel.EMAIL));
        clock.set(to.minusNanos(1_000));
        crm.relationships().changeStatus(friends, RelationshipStatus.GOOD);
        clock.set(to);
        crm.relationships().changeStatus(friends, RelationshipStatus.DETERIORATING);
        crm.tickets().open(NewTicket.of(cid, "Late", "Still waiting.", "COMPLAINT", TicketPriority.HIGH,
                TicketChannel.EMAIL));

        List<SignalCounts> counts = tx(() -> ports.get(CustomerSignals.class).signalCounts(EUR, from, to,
                Set.of("COMPLAINT")));

        Map<CustomerId, SignalCounts> expected = Map.of(
                ada, new SignalCounts(ada, 1, 0, 1, 0, 0),
                bob, new SignalCounts(bob, 0, 1, 1, 0, 0),
                cid, new SignalCounts(cid, 0, 0, 0, 2, 1));
        assertEquals(expected, counts.stream().collect(java.util.stream.Collectors.toMap(SignalCounts::customerId,
                c -> c)));
        assertEquals(new SignalCounts(cid, 0, 0, 0, 2, 0), tx(() -> ports.get(CustomerSignals.class)
                .signalCounts(EUR, from, to, Set.of())).stream().filter(c -> c.customerId().equals(cid))
                .findFirst().orElseThrow());
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
