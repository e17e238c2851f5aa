package org.crm4j.analytics.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;

/**
 * The module's shape (crm-analytics/README.md, "How every algorithm looks") for naive Bayes: {@code fit(x, y,
 * Options)} plus a short overload, options validated in the record's constructor with {@code with...} copies,
 * immutable models with a {@code summary()}. Naive Bayes is fitted in closed form (counts, means, variances): it
 * has no iterations, seed, threads or strict option.
 */
class BayesShapeTest {

    private static final Datasets.Dataset IRIS = Datasets.iris();
    private static final int[][] CODES = {{0, 1}, {1, 0}, {2, 1}, {0, 0}, {1, 1}};
    private static final int[] LABELS = {4, 9, 9, 4, 4};

    @Test
    void fit_shortOverloads_areFitWithDefaultOptions() {
        assertArrayEquals(GaussianNaiveBayes.fit(IRIS.x(), IRIS.y(), GaussianNaiveBayes.Options.defaults())
                .predictProbabilities(IRIS.x()[70]), GaussianNaiveBayes.fit(IRIS.x(), IRIS.y())
                .predictProbabilities(IRIS.x()[70]));
        assertArrayEquals(CategoricalNaiveBayes.fit(CODES, LABELS, CategoricalNaiveBayes.Options.of(1.0))
                .predictProbabilities(CODES[1]), CategoricalNaiveBayes.fit(CODES, LABELS)
                .predictProbabilities(CODES[1]));
        assertEquals(CategoricalNaiveBayes.Options.of(1.0), CategoricalNaiveBayes.Options.defaults());
        assertEquals(1e-9, GaussianNaiveBayes.Options.defaults().varSmoothing());
    }

    @Test
    void options_withCopies_changeOneComponentAndLeaveTheOriginal() {
        CategoricalNaiveBayes.Options c = CategoricalNaiveBayes.Options.of(0.5);
        GaussianNaiveBayes.Options g = GaussianNaiveBayes.Options.defaults();

        assertEquals(new CategoricalNaiveBayes.Options(2.0, List.of()), c.withAlpha(2.0));
        assertEquals(new CategoricalNaiveBayes.Options(0.5, List.of(3, 4)), c.withCategoryCounts(3, 4));
        assertEquals(new GaussianNaiveBayes.Options(1e-6, List.of()), g.withVarSmoothing(1e-6));
        assertEquals(new GaussianNaiveBayes.Options(1e-9, List.of(0.25, 0.75)), g.withPriors(0.25, 0.75));
        assertEquals(CategoricalNaiveBayes.Options.of(0.5), c);
        assertEquals(GaussianNaiveBayes.Options.defaults(), g);
    }

    @Test
    void options_invalid_refusedInTheConstructor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GaussianNaiveBayes.Options(1e-9, List.of(0.5, 0.6)));
        assertEquals("priors must sum to 1, was 1.1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CategoricalNaiveBayes.Options(-1, List.of()));
    }

    @Test
    void options_listsAreCopied() {
        java.util.ArrayList<Integer> counts = new java.util.ArrayList<>(List.of(3, 3));
        CategoricalNaiveBayes.Options o = new CategoricalNaiveBayes.Options(1, counts);

        counts.set(0, 0);

        assertEquals(List.of(3, 3), o.categoryCounts());
    }

    @Test
    void models_areImmutable() {
        GaussianNaiveBayesModel g = GaussianNaiveBayes.fit(IRIS.x(), IRIS.y());
        CategoricalNaiveBayesModel c = CategoricalNaiveBayes.fit(CODES, LABELS);
        double mean = g.means()[1][2];
        double variance = g.variances()[1][2];
        double table = c.featureLogProbabilities(0)[0][1];

        g.means()[1][2] = 99;
        g.variances()[1][2] = 99;
        g.priors()[0] = 99;
        c.featureLogProbabilities(0)[0][1] = 99;
        c.classes()[0] = 99;

        assertEquals(mean, g.means()[1][2]);
        assertEquals(variance, g.variances()[1][2]);
        assertEquals(1.0 / 3, g.priors()[0]);
        assertEquals(table, c.featureLogProbabilities(0)[0][1]);
        assertArrayEquals(new int[] {4, 9}, c.classes());
    }

    @Test
    void categorical_tablesAreTheSmoothedFrequencies() {
        CategoricalNaiveBayesModel m = CategoricalNaiveBayes.fit(CODES, LABELS,
                CategoricalNaiveBayes.Options.of(1).withCategoryCounts(4, 2));

        // class 4 has rows {0,1}, {0,0}, {1,1}: feature 0 counts 2, 1, 0, 0 of 3, smoothed over 4 categories
        assertArrayEquals(new double[] {3.0 / 7, 2.0 / 7, 1.0 / 7, 1.0 / 7},
                java.util.Arrays.stream(m.featureLogProbabilities(0)[0]).map(Math::exp).toArray(), 1e-15);
        assertArrayEquals(new double[] {Math.log(0.6), Math.log(0.4)}, m.classLogPriors(), 1e-15);
        assertArrayEquals(new int[] {4, 2}, m.categoryCounts());
        assertArrayEquals(new int[] {3, 2}, m.classCounts());
    }

    @Test
    void gaussian_extremeRow_probabilitiesStayFiniteInLogSpace() {
        GaussianNaiveBayesModel m = GaussianNaiveBayes.fit(IRIS.x(), IRIS.y());
        double[] far = {1e6, -1e6, 1e6, 1e6}; // every class density underflows to 0 outside log space

        double[] p = m.predictProbabilities(far);
        double[] logP = m.predictLogProbabilities(far);

        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
        for (double v : logP) {
            assertTrue(Double.isFinite(v), java.util.Arrays.toString(logP));
        }
    }

    @Test
    void summaries_readLikeR() {
        String g = GaussianNaiveBayes.fit(IRIS.x(), IRIS.y()).summary();
        String c = CategoricalNaiveBayes.fit(CODES, LABELS).summary();

        assertTrue(g.startsWith("Gaussian naive Bayes: 3 classes, 4 features, n = 150"), g);
        assertTrue(g.contains("A-priori probabilities:") && g.contains("Conditional densities (mean, sd):"), g);
        assertTrue(c.startsWith("Categorical naive Bayes: 2 classes, 2 features, n = 5, alpha = 1.0"), c);
        assertTrue(c.contains("P(x_j = v | class)"), c);
    }
}
