package org.crm4j.core.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.crm4j.analytics.cluster.Standardizer;
import org.crm4j.analytics.regression.LogisticModel;
import org.crm4j.analytics.regression.LogisticRegression;
import org.crm4j.analytics.tree.DecisionTree;
import org.crm4j.analytics.tree.DecisionTreeModel;
import org.crm4j.analytics.tree.RandomForest;
import org.crm4j.analytics.tree.RandomForestModel;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;

/**
 * Builds the churn features from purchase histories and signal counts, splits the customers, fits the classifier
 * and measures it. Features of one customer: recency, frequency (transactions), net revenue and tenure before the
 * cut-off, net revenue of the last {@value #TREND_DAYS} days and its change against the {@value #TREND_DAYS} days
 * before, and the returns, campaign responses, relationship deteriorations, tickets, complaints, dissatisfied (CSAT
 * at most 2) and detractor (NPS at most 6) survey answers of the last {@value #TREND_DAYS} days.
 */
final class ChurnLearner {

    /** The length of the spend-trend windows: a quarter, long enough to hold a purchase of a regular customer. */
    static final int TREND_DAYS = 90;
    /** Depth limit of the single tree: deep enough for interactions, shallow enough to read as rules. */
    static final int TREE_DEPTH = 5;
    /** Smallest leaf of the single tree, so that its probabilities rest on several customers. */
    static final int TREE_MIN_LEAF = 5;
    /** The probability at which a customer is classified as churning for the accuracy and confusion matrix. */
    static final double CLASSIFICATION_THRESHOLD = 0.5;

    private static final double SECONDS_PER_DAY = 86_400.0;

    private ChurnLearner() {
    }

    /**
     * What the learner reads, each from one aggregate query.
     *
     * @param before   the purchase histories before the cut-off: the customers analysed
     * @param recent   those of the {@value #TREND_DAYS} days before the cut-off
     * @param previous those of the {@value #TREND_DAYS} days before that
     * @param after    those of the churn window: who stayed
     * @param signals  returns, campaign responses, deteriorations, tickets and complaints of the
     *                 {@value #TREND_DAYS} days before the cut-off
     * @param answers  the survey answers of the {@value #TREND_DAYS} days before the cut-off
     */
    record Inputs(List<PurchaseHistory> before, List<PurchaseHistory> recent, List<PurchaseHistory> previous,
            List<PurchaseHistory> after, List<SignalCounts> signals, List<SatisfactionCounts> answers) {
    }

    static ChurnAnalysis learn(ChurnOptions options, Inputs inputs) {
        List<PurchaseHistory> before = inputs.before();
        Map<CustomerId, Double> recentSpend = revenue(inputs.recent());
        Map<CustomerId, Double> previousSpend = revenue(inputs.previous());
        Map<CustomerId, SignalCounts> signals = new HashMap<>();
        inputs.signals().forEach(c -> signals.put(c.customerId(), c));
        Map<CustomerId, SatisfactionCounts> answers = new HashMap<>();
        inputs.answers().forEach(a -> answers.put(a.customerId(), a));
        Set<CustomerId> stayed = new HashSet<>();
        inputs.after().forEach(h -> stayed.add(h.customerId()));
        int n = before.size();
        int d = ChurnAnalysis.FEATURES.size();
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            PurchaseHistory h = before.get(i);
            double spend = recentSpend.getOrDefault(h.customerId(), 0.0);
            SignalCounts c = signals.get(h.customerId());
            SatisfactionCounts a = answers.get(h.customerId());
            x[i] = new double[] {days(h.lastPurchase(), options.cutoff()), h.transactions(),
                h.revenue().amount().doubleValue(), days(h.firstPurchase(), options.cutoff()), spend,
                spend - previousSpend.getOrDefault(h.customerId(), 0.0),
                c == null ? 0 : c.returns(), c == null ? 0 : c.campaignResponses(),
                c == null ? 0 : c.deteriorations(), c == null ? 0 : c.tickets(), c == null ? 0 : c.complaints(),
                a == null ? 0 : a.dissatisfied(), a == null ? 0 : a.detractors()};
            y[i] = stayed.contains(h.customerId()) ? 0 : 1;
        }
        int[] order = shuffled(n, options.seed());
        int held = (int) Math.round(n * options.testShare());
        int[] test = Arrays.copyOfRange(order, 0, held);
        int[] train = Arrays.copyOfRange(order, held, n);
        Arrays.sort(test);
        Arrays.sort(train);
        if (!bothClasses(y, train) || !bothClasses(y, test)) {
            throw new ValidationException("customers", "must include churned and retained customers among both the "
                    + "training and the held-out customers", n);
        }
        double[][] xTrain = rows(x, train);
        int[] yTrain = labels(y, train);
        List<FeatureImportance> importances = new ArrayList<>(d);
        ToDoubleFunction<double[]> probability;
        Function<double[], List<ChurnReason>> reasons;
        String summary;
        switch (options.model()) {
            case TREE -> {
                DecisionTreeModel tree = DecisionTree.fit(xTrain, yTrain, DecisionTree.Options.defaults()
                        .withMaxDepth(TREE_DEPTH).withMinSamplesLeaf(TREE_MIN_LEAF));
                probability = row -> tree.probabilities(row)[1];
                reasons = row -> ChurnReasons.tree(tree, row);
                summary = tree.summary();
                treeImportances(tree.featureImportances(), importances);
            }
            case FOREST -> {
                RandomForestModel forest = RandomForest.fit(xTrain, yTrain,
                        RandomForest.Options.defaults().withSeed(options.seed()));
                probability = row -> forest.probabilities(row)[1];
                reasons = row -> ChurnReasons.forest(forest, row);
                summary = forest.summary();
                treeImportances(forest.featureImportances(), importances);
            }
            default -> {
                Standardizer scaler = Standardizer.fit(xTrain);
                int[] kept = informativeColumns(xTrain);
                LogisticModel logistic = LogisticRegression.fit(columns(scaler.transform(xTrain), kept), yTrain);
                double[] fitted = logistic.coefficients();
                double[] beta = new double[d];
                for (int k = 0; k < kept.length; k++) {
                    beta[kept[k]] = fitted[k + 1];
                }
                probability = row -> logistic.probability(columns(scaler.transform(row), kept));
                reasons = row -> ChurnReasons.logistic(beta, scaler, row);
                summary = logistic.summary();
                for (int j = 0; j < d; j++) {
                    importances.add(new FeatureImportance(ChurnAnalysis.FEATURES.get(j), Math.abs(beta[j]),
                            Math.exp(beta[j])));
                }
            }
        }
        importances.sort(Comparator.comparingDouble(FeatureImportance::importance).reversed());
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = probability.applyAsDouble(x[i]);
        }
        List<ChurnRisk> risks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            risks.add(new ChurnRisk(before.get(i).customerId(), p[i], y[i] == 1, reasons.apply(x[i])));
        }
        return new ChurnAnalysis(options, risks, auc(p, y, test), confusion(p, y, test), importances, summary,
                train.length);
    }

    /**
     * The columns the logistic regression can use: those not constant among the training customers and not equal
     * to an earlier kept column (either would make its design singular). Left-out features get coefficient 0.
     */
    static int[] informativeColumns(double[][] x) {
        int d = x[0].length;
        int[] kept = new int[d];
        int count = 0;
        for (int j = 0; j < d; j++) {
            boolean constant = true;
            for (int i = 1; i < x.length && constant; i++) {
                constant = x[i][j] == x[0][j];
            }
            boolean duplicate = false;
            for (int k = 0; k < count && !duplicate; k++) {
                duplicate = true;
                for (int i = 0; i < x.length && duplicate; i++) {
                    duplicate = x[i][j] == x[i][kept[k]];
                }
            }
            if (!constant && !duplicate) {
                kept[count++] = j;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    private static double[] columns(double[] row, int[] kept) {
        double[] out = new double[kept.length];
        for (int k = 0; k < kept.length; k++) {
            out[k] = row[kept[k]];
        }
        return out;
    }

    private static double[][] columns(double[][] x, int[] kept) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = columns(x[i], kept);
        }
        return out;
    }

    private static void treeImportances(double[] importance, List<FeatureImportance> importances) {
        for (int j = 0; j < importance.length; j++) {
            importances.add(new FeatureImportance(ChurnAnalysis.FEATURES.get(j), importance[j], Double.NaN));
        }
    }

    /** Mann-Whitney estimate of the AUC, ties counted one half (midranks). */
    static double auc(double[] p, int[] y, int[] rows) {
        Integer[] sorted = new Integer[rows.length];
        for (int i = 0; i < rows.length; i++) {
            sorted[i] = rows[i];
        }
        Arrays.sort(sorted, Comparator.comparingDouble((Integer i) -> p[i]));
        double positiveRanks = 0;
        long positives = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && p[sorted[j + 1]] == p[sorted[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[sorted[k]] == 1) {
                    positiveRanks += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = rows.length - positives;
        return (positiveRanks - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    private static ConfusionMatrix confusion(double[] p, int[] y, int[] rows) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i : rows) {
            boolean predicted = p[i] >= CLASSIFICATION_THRESHOLD;
            if (y[i] == 1) {
                tp += predicted ? 1 : 0;
                fn += predicted ? 0 : 1;
            } else {
                fp += predicted ? 1 : 0;
                tn += predicted ? 0 : 1;
            }
        }
        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    private static Map<CustomerId, Double> revenue(List<PurchaseHistory> histories) {
        Map<CustomerId, Double> map = new HashMap<>();
        histories.forEach(h -> map.put(h.customerId(), h.revenue().amount().doubleValue()));
        return map;
    }

    private static boolean bothClasses(int[] y, int[] rows) {
        boolean zero = false;
        boolean one = false;
        for (int i : rows) {
            zero |= y[i] == 0;
            one |= y[i] == 1;
        }
        return zero && one;
    }

    private static int[] shuffled(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static double[][] rows(double[][] x, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    private static int[] labels(int[] y, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return out;
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0 / SECONDS_PER_DAY;
    }
}
