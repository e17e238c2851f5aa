package org.crm4j.core.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.crm4j.core.CountryCode;
import org.crm4j.core.ValidationException;
import org.crm4j.core.lead.IndustryCode;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadStatus;

/**
 * Learns lead scores: categorical naive Bayes or logistic regression ({@link LeadModel}) over the features of
 * {@link LeadScores#FEATURES}, fitted on a seeded share of the closed leads, measured on the rest (AUC), then fitted on all closed leads to score the open ones.
 */
final class LeadScorer {

    /** The rule broken when a part of the closed leads lacks a class (field {@code leads}). */
    static final String BOTH_CLASSES = "must include converted and disqualified leads among both the training and"
            + " the held-out leads";

    /** The value of a feature the lead does not record. */
    private static final String NONE = "(none)";

    private static final List<Function<Lead, String>> VALUES = List.of(
            l -> l.source().name(),
            l -> l.campaign().map(Object::toString).orElse(NONE),
            l -> l.companySize().map(Enum::name).orElse(NONE),
            l -> l.industry().map(IndustryCode::value).orElse(NONE),
            l -> l.country().map(CountryCode::value).orElse(NONE),
            l -> l.owner().value());

    private LeadScorer() {
    }

    /**
     * @param options the options
     * @param leads   every lead, in id order
     * @return the scores
     * @throws ValidationException on field {@code leads} (rule {@link #BOTH_CLASSES})
     */
    static LeadScores score(LeadScoringOptions options, List<Lead> leads) {
        int d = VALUES.size();
        List<Map<String, Integer>> codes = new ArrayList<>(d);
        for (Function<Lead, String> value : VALUES) {
            Map<String, Integer> dictionary = new TreeMap<>();
            leads.forEach(l -> dictionary.put(value.apply(l), 0));
            int next = 0;
            for (Map.Entry<String, Integer> e : dictionary.entrySet()) {
                e.setValue(next++);
            }
            codes.add(dictionary);
        }
        List<int[]> closedRows = new ArrayList<>();
        List<Integer> closedLabels = new ArrayList<>();
        List<Lead> open = new ArrayList<>();
        for (Lead lead : leads) {
            if (lead.status() == LeadStatus.CONVERTED || lead.status() == LeadStatus.DISQUALIFIED) {
                closedRows.add(row(lead, codes));
                closedLabels.add(lead.status() == LeadStatus.CONVERTED ? 1 : 0);
            } else {
                open.add(lead);
            }
        }
        int n = closedRows.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int tested = (int) Math.round(options.testShare() * n);
        int[][] trainX = new int[n - tested][];
        int[] trainY = new int[n - tested];
        int[] testRows = new int[tested];
        for (int i = 0; i < n; i++) {
            if (i < tested) {
                testRows[i] = order[i];
            } else {
                trainX[i - tested] = closedRows.get(order[i]);
                trainY[i - tested] = closedLabels.get(order[i]);
            }
        }
        int[] y = closedLabels.stream().mapToInt(Integer::intValue).toArray();
        requireBoth(trainY, y, testRows);
        int[] k = codes.stream().mapToInt(Map::size).toArray();
        LeadClassifier trained = LeadClassifier.fit(options.model(), trainX, trainY, k, options.alpha());
        double[] p = new double[n];
        for (int i : testRows) {
            p[i] = trained.probability(closedRows.get(i));
        }
        double auc = ChurnLearner.auc(p, y, testRows);

        LeadClassifier model = LeadClassifier.fit(options.model(), closedRows.toArray(int[][]::new), y, k,
                options.alpha());
        List<LeadScore> scores = new ArrayList<>(open.size());
        for (Lead lead : open) {
            int[] row = row(lead, codes);
            List<LeadFactor> factors = new ArrayList<>(d);
            for (int j = 0; j < d; j++) {
                factors.add(new LeadFactor(LeadScores.FEATURES.get(j), VALUES.get(j).apply(lead),
                        model.logOdds(j, row[j])));
            }
            factors.sort(Comparator.comparingDouble((LeadFactor f) -> -Math.abs(f.logOdds())));
            scores.add(new LeadScore(lead.id(), model.probability(row), factors));
        }
        scores.sort(Comparator.comparingDouble((LeadScore s) -> -s.probability()));
        long converted = closedLabels.stream().filter(c -> c == 1).count();
        return new LeadScores(options, scores, auc, n - tested, tested, converted, n - converted, model.summary());
    }

    private static int[] row(Lead lead, List<Map<String, Integer>> codes) {
        int[] row = new int[VALUES.size()];
        for (int j = 0; j < row.length; j++) {
            row[j] = codes.get(j).get(VALUES.get(j).apply(lead));
        }
        return row;
    }

    private static void requireBoth(int[] trainY, int[] y, int[] testRows) {
        int trainConverted = 0;
        for (int label : trainY) {
            trainConverted += label;
        }
        int testConverted = 0;
        for (int i : testRows) {
            testConverted += y[i];
        }
        if (trainConverted == 0 || trainConverted == trainY.length || testConverted == 0
                || testConverted == testRows.length) {
            throw new ValidationException("leads", BOTH_CLASSES, String.format(java.util.Locale.ROOT,
                    "%d of %d training and %d of %d held-out leads converted", trainConverted, trainY.length,
                    testConverted, testRows.length));
        }
    }
}
