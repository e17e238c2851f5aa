package org.crm4j.core.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.crm4j.analytics.cluster.Standardizer;
import org.crm4j.analytics.tree.DecisionStep;
import org.crm4j.analytics.tree.DecisionTreeModel;
import org.crm4j.analytics.tree.RandomForestModel;

/** The reasons of {@link ChurnRisk}, per model, as {@link ChurnReason} documents them. */
final class ChurnReasons {

    /** The reasons given per customer by the forest and the logistic model: what a call-centre agent can act on. */
    static final int MAX_REASONS = 3;
    private static final int CHURNED = 1;

    private ChurnReasons() {
    }

    /** The tree's decision path of {@code row}, root first. */
    static List<ChurnReason> tree(DecisionTreeModel tree, double[] row) {
        List<ChurnReason> reasons = new ArrayList<>();
        for (DecisionStep step : tree.decisionPath(row)) {
            reasons.add(new ChurnReason(ChurnAnalysis.FEATURES.get(step.feature()), step.value(), !step.wentLeft(),
                    step.threshold(), step.change(CHURNED)));
        }
        return reasons;
    }

    /**
     * The conditions of {@code row}'s paths through the forest's trees grouped by feature and direction, those
     * that raise the risk, strongest first.
     */
    static List<ChurnReason> forest(RandomForestModel forest, double[] row) {
        int d = row.length;
        int trees = forest.treeCount();
        // Group g = 2 * feature + (above ? 1 : 0).
        double[] weight = new double[2 * d];
        double[][] thresholds = new double[2 * d][];
        int[] counts = new int[2 * d];
        for (int t = 0; t < trees; t++) {
            for (DecisionStep step : forest.tree(t).decisionPath(row)) {
                int g = 2 * step.feature() + (step.wentLeft() ? 0 : 1);
                weight[g] += step.change(CHURNED);
                if (thresholds[g] == null) {
                    thresholds[g] = new double[8];
                } else if (counts[g] == thresholds[g].length) {
                    thresholds[g] = Arrays.copyOf(thresholds[g], 2 * counts[g]);
                }
                thresholds[g][counts[g]++] = step.threshold();
            }
        }
        List<ChurnReason> reasons = new ArrayList<>();
        for (int g = 0; g < 2 * d; g++) {
            if (counts[g] > 0 && weight[g] > 0) {
                double[] sorted = Arrays.copyOf(thresholds[g], counts[g]);
                Arrays.sort(sorted);
                int m = sorted.length;
                double median = m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
                reasons.add(new ChurnReason(ChurnAnalysis.FEATURES.get(g / 2), row[g / 2], g % 2 == 1, median,
                        weight[g] / trees));
            }
        }
        return strongest(reasons);
    }

    /**
     * The features whose contribution {@code coefficient × z} to the log-odds is positive, strongest first;
     * {@code coefficients[j]} is feature j's coefficient on the standardised scale (0 if left out of the model).
     */
    static List<ChurnReason> logistic(double[] coefficients, Standardizer scaler, double[] row) {
        double[] z = scaler.transform(row);
        double[] mean = scaler.mean();
        List<ChurnReason> reasons = new ArrayList<>();
        for (int j = 0; j < row.length; j++) {
            double contribution = coefficients[j] * z[j];
            if (contribution > 0) {
                reasons.add(new ChurnReason(ChurnAnalysis.FEATURES.get(j), row[j], row[j] > mean[j], mean[j],
                        contribution));
            }
        }
        return strongest(reasons);
    }

    private static List<ChurnReason> strongest(List<ChurnReason> reasons) {
        reasons.sort(Comparator.comparingDouble(ChurnReason::weight).reversed());
        return reasons.subList(0, Math.min(MAX_REASONS, reasons.size()));
    }
}
