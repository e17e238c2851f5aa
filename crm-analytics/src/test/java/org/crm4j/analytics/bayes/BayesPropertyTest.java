package org.crm4j.analytics.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of both naive Bayes classifiers over seeded random data: probabilities sum to 1 and match their
 * logarithms, the fit does not depend on the order of the rows or on the names of the labels, and {@code predict}
 * is the most probable class. Fixed QuickTheories seed; each case draws its data from its own seed.
 */
class BayesPropertyTest {

    private static final long SEED = 20261204L;

    /** n rows, d features, up to {@code classes} classes and {@code levels} categories per feature. */
    record Case(long seed, int n, int d, int classes, int levels) {

        int[] y() {
            SplittableRandom r = new SplittableRandom(seed);
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                y[i] = r.nextInt(classes);
            }
            return y;
        }

        int[][] codes() {
            SplittableRandom r = new SplittableRandom(seed + 1);
            int[][] x = new int[n][d];
            for (int[] row : x) {
                for (int j = 0; j < d; j++) {
                    row[j] = r.nextInt(levels);
                }
            }
            return x;
        }

        double[][] x() {
            SplittableRandom r = new SplittableRandom(seed + 2);
            int[] y = y();
            double[][] x = new double[n][d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    x[i][j] = y[i] * (j + 1) * 0.7 + r.nextDouble(-3, 3) * (j + 1);
                }
            }
            return x;
        }

        int[] permutation() {
            SplittableRandom r = new SplittableRandom(seed + 3);
            int[] p = new int[n];
            for (int i = 0; i < n; i++) {
                p[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = p[i];
                p[i] = p[j];
                p[j] = t;
            }
            return p;
        }
    }

    private static Gen<Case> cases() {
        // at least two rows, so that the continuous features vary
        return longs().all().zip(integers().between(2, 200), integers().between(1, 6), integers().between(1, 5),
                integers().between(1, 6), Case::new);
    }

    @Test
    void probabilities_sumToOne_matchTheirLogs_andPredictIsTheMostProbable() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(cases()).checkAssert(c -> {
            CategoricalNaiveBayesModel cat = CategoricalNaiveBayes.fit(c.codes(), c.y(),
                    CategoricalNaiveBayes.Options.of(0.5));
            GaussianNaiveBayesModel gauss = GaussianNaiveBayes.fit(c.x(), c.y());
            int[][] codes = c.codes();
            double[][] x = c.x();
            for (int i = 0; i < c.n(); i++) {
                check(cat.classes(), cat.predictProbabilities(codes[i]), cat.predictLogProbabilities(codes[i]),
                        cat.predict(codes[i]), c);
                check(gauss.classes(), gauss.predictProbabilities(x[i]), gauss.predictLogProbabilities(x[i]),
                        gauss.predict(x[i]), c);
            }
        });
    }

    private static void check(int[] classes, double[] p, double[] logP, int predicted, Case c) {
        double sum = 0;
        int best = 0;
        for (int k = 0; k < p.length; k++) {
            sum += p[k];
            assertEquals(Math.exp(logP[k]), p[k], 1e-15, c.toString());
            if (p[k] > p[best]) {
                best = k;
            }
        }
        assertEquals(1.0, sum, 1e-12, c.toString());
        assertEquals(classes[best], predicted, c.toString());
    }

    @Test
    void fit_permutedRows_sameProbabilities() {
        qt().withFixedSeed(SEED).withExamples(150).forAll(cases()).checkAssert(c -> {
            int[] p = c.permutation();
            int[][] codes = c.codes();
            double[][] x = c.x();
            int[] y = c.y();
            int[][] codesP = new int[c.n()][];
            double[][] xP = new double[c.n()][];
            int[] yP = new int[c.n()];
            for (int i = 0; i < c.n(); i++) {
                codesP[i] = codes[p[i]];
                xP[i] = x[p[i]];
                yP[i] = y[p[i]];
            }
            CategoricalNaiveBayesModel a = CategoricalNaiveBayes.fit(codes, y);
            CategoricalNaiveBayesModel b = CategoricalNaiveBayes.fit(codesP, yP);
            GaussianNaiveBayesModel ga = GaussianNaiveBayes.fit(x, y);
            GaussianNaiveBayesModel gb = GaussianNaiveBayes.fit(xP, yP);
            for (int i = 0; i < c.n(); i++) {
                assertArrayEquals(a.predictProbabilities(codes[i]), b.predictProbabilities(codes[i]), 1e-12,
                        c.toString());
                assertArrayEquals(ga.predictProbabilities(x[i]), gb.predictProbabilities(x[i]), 1e-9, c.toString());
            }
        });
    }

    @Test
    void fit_relabelledClassesInTheSameOrder_sameProbabilities() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(cases()).checkAssert(c -> {
            int[] y = c.y();
            int[] renamed = new int[y.length];
            for (int i = 0; i < y.length; i++) {
                renamed[i] = 1000 * y[i] - 7; // increasing: the ascending order of the classes is unchanged
            }
            int[][] codes = c.codes();
            double[][] x = c.x();
            CategoricalNaiveBayesModel a = CategoricalNaiveBayes.fit(codes, y);
            CategoricalNaiveBayesModel b = CategoricalNaiveBayes.fit(codes, renamed);
            GaussianNaiveBayesModel ga = GaussianNaiveBayes.fit(x, y);
            GaussianNaiveBayesModel gb = GaussianNaiveBayes.fit(x, renamed);
            for (int i = 0; i < c.n(); i++) {
                assertArrayEquals(a.predictProbabilities(codes[i]), b.predictProbabilities(codes[i]), c.toString());
                assertArrayEquals(ga.predictProbabilities(x[i]), gb.predictProbabilities(x[i]), c.toString());
                assertEquals(1000 * a.predict(codes[i]) - 7, b.predict(codes[i]), c.toString());
            }
        });
    }
}
