package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.ValidationException;
import org.crm4j.core.insight.LeadFactor;
import org.crm4j.core.insight.LeadModel;
import org.crm4j.core.insight.LeadScore;
import org.crm4j.core.insight.LeadScores;
import org.crm4j.core.insight.LeadScoringOptions;
import org.crm4j.core.lead.Lead;
import org.junit.jupiter.api.Test;

/**
 * What {@link org.crm4j.core.insight.InsightService#leadScores} learns on the adapter under test from the 1 000
 * closed leads of {@link PlantedLeads} (conversion planted as a logistic model of source, company size, industry and
 * country): a held-out AUC within 0.05 of the generating model's AUC on the closed leads and above what the source
 * alone achieves; every planted effect recovered in its order (the value planted highest raises the score more than
 * the value planted lowest, for each of the four features) and, for naive Bayes, in its sign; each open lead's score
 * tracking its true log-odds; and the in-memory adapter's scores on the same data.
 */
public abstract class LeadScoringContract extends PortsContract {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final long SEED = 1_905L;
    private static final int CLOSED = 1_000;
    private static final int OPEN = 120;
    /** The planted features, with the value planted highest and the one planted lowest. */
    private static final Map<String, List<String>> EXTREMES = Map.of("source", List.of("REFERRAL", "COLD_CALL"),
            "companySize", List.of("ENTERPRISE", "MICRO"), "industry", List.of("SOFTWARE", "RETAIL"),
            "country", List.of("DE", "BR"));

    private Crm crm() {
        return crm(Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.seeded(SEED));
    }

    @Test
    void leadScores_plantedEffects_giveTheGeneratingModelsAuc_asInMemory() {
        Crm crm = crm();
        PlantedLeads.Planted planted = PlantedLeads.plant(crm, CLOSED, OPEN, SEED);

        LeadScores scores = crm.insights().leadScores(LeadScoringOptions.defaults());

        assertEquals(auc(planted.truth(), planted.labels()), scores.auc(), 0.05, scores::describe);
        assertTrue(scores.auc() > auc(planted.sourceOnly(), planted.labels()) + 0.02, scores::describe);
        assertEquals(CLOSED, scores.trainingLeads() + scores.heldOutLeads());
        assertEquals(300, scores.heldOutLeads());
        assertEquals(OPEN, scores.scores().size());
        Map<String, Map<String, Double>> parts = parts(scores, planted);
        for (Lead lead : planted.open()) {
            LeadScore score = scores.score(lead.id()).orElseThrow();
            assertEquals(LeadScores.FEATURES, score.factors().stream().map(LeadFactor::feature).sorted(
                    Comparator.comparing(LeadScores.FEATURES::indexOf)).toList());
            for (LeadFactor factor : score.factors()) {
                if (EXTREMES.containsKey(factor.feature())) {
                    double planted1 = PlantedLeads.effect(lead, factor.feature());
                    if (Math.abs(planted1) >= 0.6) { // naive Bayes: the sign of a strong effect
                        assertEquals(Math.signum(planted1), Math.signum(factor.logOdds()), score::toString);
                    }
                }
            }
        }
        assertOrderRecovered(parts);
        assertTracksTheTruth(scores, planted, 0.9);
        for (int i = 1; i < scores.scores().size(); i++) {
            assertTrue(scores.scores().get(i - 1).probability() >= scores.scores().get(i).probability());
        }
        assertTrue(planted.closed().stream().allMatch(l -> scores.score(l.id()).isEmpty()));

        LeadScores memory;
        try (Crm inMemory = Crm.inMemory(Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.seeded(SEED))) {
            PlantedLeads.plant(inMemory, CLOSED, OPEN, SEED);
            memory = inMemory.insights().leadScores(LeadScoringOptions.defaults());
        }
        assertEquals(memory.scores(), scores.scores());
        assertEquals(memory.describe(), scores.describe());
    }

    @Test
    void leadScores_logistic_plantedEffects_giveTheGeneratingModelsAuc() {
        Crm crm = crm();
        PlantedLeads.Planted planted = PlantedLeads.plant(crm, CLOSED, OPEN, SEED);

        LeadScores scores = crm.insights().leadScores(LeadScoringOptions.defaults().withModel(LeadModel.LOGISTIC));

        assertEquals(auc(planted.truth(), planted.labels()), scores.auc(), 0.05, scores::describe);
        assertTrue(scores.auc() > auc(planted.sourceOnly(), planted.labels()) + 0.02, scores::describe);
        assertOrderRecovered(parts(scores, planted));
        assertTracksTheTruth(scores, planted, 0.9);
        assertTrue(scores.describe().contains("Logistic regression"), scores::describe);
    }

    /** Each feature's learnt part of each value, as the open leads' factors report it. */
    private static Map<String, Map<String, Double>> parts(LeadScores scores, PlantedLeads.Planted planted) {
        Map<String, Map<String, Double>> parts = new TreeMap<>();
        for (Lead lead : planted.open()) {
            for (LeadFactor factor : scores.score(lead.id()).orElseThrow().factors()) {
                Double before = parts.computeIfAbsent(factor.feature(), f -> new TreeMap<>())
                        .put(factor.value(), factor.logOdds());
                assertTrue(before == null || before == factor.logOdds(), factor::toString);
            }
        }
        return parts;
    }

    /** The value planted highest of each feature raises the score more than the one planted lowest. */
    private static void assertOrderRecovered(Map<String, Map<String, Double>> parts) {
        EXTREMES.forEach((feature, extremes) -> {
            Map<String, Double> learnt = parts.get(feature);
            assertTrue(learnt.get(extremes.get(0)) > learnt.get(extremes.get(1)) + 0.5, feature + ": " + learnt);
        });
    }

    /** The open leads' learnt log-odds correlate with their true log-odds (Pearson) by at least {@code least}. */
    private static void assertTracksTheTruth(LeadScores scores, PlantedLeads.Planted planted, double least) {
        int n = planted.open().size();
        double[] learnt = new double[n];
        double[] truth = new double[n];
        for (int i = 0; i < n; i++) {
            Lead lead = planted.open().get(i);
            double p = scores.score(lead.id()).orElseThrow().probability();
            learnt[i] = Math.log(p / (1 - p));
            for (String feature : EXTREMES.keySet()) {
                truth[i] += PlantedLeads.effect(lead, feature);
            }
        }
        double r = pearson(learnt, truth);
        assertTrue(r >= least, "correlation with the true log-odds " + r);
    }

    private static double pearson(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Test
    void leadScores_withoutBothOutcomes_isRefused() {
        Crm crm = crm();
        PlantedLeads.plant(crm, 0, 5, SEED);

        ValidationException refused = assertThrows(ValidationException.class,
                () -> crm.insights().leadScores(LeadScoringOptions.defaults()));

        assertEquals("leads", refused.field());
        assertEquals("options", assertThrows(ValidationException.class,
                () -> crm.insights().leadScores(null)).field());
    }

    /** Mann-Whitney AUC of scores against labels, ties counted one half (written here, apart from the code). */
    private static double auc(List<Double> score, List<Boolean> label) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < score.size(); i++) {
            for (int j = 0; j < score.size(); j++) {
                if (label.get(i) && !label.get(j)) {
                    pairs++;
                    int c = Double.compare(score.get(i), score.get(j));
                    wins += c > 0 ? 1 : c == 0 ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}
