package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.ValidationException;
import org.crm4j.core.insight.LeadFactor;
import org.crm4j.core.insight.LeadModel;
import org.crm4j.core.insight.LeadScore;
import org.crm4j.core.insight.LeadScores;
import org.crm4j.core.insight.LeadScoringOptions;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadSource;
import org.junit.jupiter.api.Test;

/**
 * What {@link org.crm4j.core.insight.InsightService#leadScores} learns on the adapter under test from the 600
 * closed leads of {@link PlantedLeads} (conversion planted by source): a held-out AUC within 0.05 of the
 * generating model's AUC on the closed leads, the source as the factor that moves each open lead's score most,
 * and the in-memory adapter's scores on the same data.
 */
public abstract class LeadScoringContract extends PortsContract {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final long SEED = 1_905L;

    private Crm crm() {
        return crm(Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.seeded(SEED));
    }

    @Test
    void leadScores_plantedSourceEffects_giveTheGeneratingModelsAuc_asInMemory() {
        Crm crm = crm();
        PlantedLeads.Planted planted = PlantedLeads.plant(crm, 600, 80, SEED);

        LeadScores scores = crm.insights().leadScores(LeadScoringOptions.defaults());

        double truthAuc = auc(planted.truth(), planted.labels());
        assertEquals(truthAuc, scores.auc(), 0.05, scores::describe);
        assertEquals(600, scores.trainingLeads() + scores.heldOutLeads());
        assertEquals(180, scores.heldOutLeads());
        assertEquals(80, scores.scores().size());
        for (Lead lead : planted.open()) {
            LeadScore score = scores.score(lead.id()).orElseThrow();
            assertEquals("source", score.factors().get(0).feature(), score::toString);
            assertEquals(LeadScores.FEATURES.size(), score.factors().size());
            if (lead.source() == LeadSource.REFERRAL) {
                assertEquals("REFERRAL", score.raising().get(0).value(), score::toString);
            }
            if (lead.source() == LeadSource.COLD_CALL) {
                assertEquals("COLD_CALL", score.lowering().get(0).value(), score::toString);
            }
        }
        for (int i = 1; i < scores.scores().size(); i++) {
            assertTrue(scores.scores().get(i - 1).probability() >= scores.scores().get(i).probability());
        }
        assertTrue(planted.closed().stream().allMatch(l -> scores.score(l.id()).isEmpty()));

        LeadScores memory;
        try (Crm inMemory = Crm.inMemory(Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.seeded(SEED))) {
            PlantedLeads.plant(inMemory, 600, 80, SEED);
            memory = inMemory.insights().leadScores(LeadScoringOptions.defaults());
        }
        assertEquals(memory.scores(), scores.scores());
        assertEquals(memory.describe(), scores.describe());
    }

    @Test
    void leadScores_logistic_plantedSourceEffects_giveTheGeneratingModelsAuc() {
        Crm crm = crm();
        PlantedLeads.Planted planted = PlantedLeads.plant(crm, 600, 80, SEED);

        LeadScores scores = crm.insights().leadScores(LeadScoringOptions.defaults().withModel(LeadModel.LOGISTIC));

        assertEquals(auc(planted.truth(), planted.labels()), scores.auc(), 0.05, scores::describe);
        for (Lead lead : planted.open()) {
            LeadScore score = scores.score(lead.id()).orElseThrow();
            if (lead.source() == LeadSource.REFERRAL) {
                assertEquals(new LeadFactor("source", "REFERRAL", score.factors().get(0).logOdds()),
                        score.factors().get(0), score::toString);
                assertTrue(score.factors().get(0).logOdds() > 0, score::toString);
            }
        }
        assertTrue(scores.describe().contains("Logistic regression"), scores::describe);
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
