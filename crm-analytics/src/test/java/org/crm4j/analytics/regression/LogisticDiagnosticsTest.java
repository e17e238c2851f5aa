package org.crm4j.analytics.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.crm4j.analytics.stats.TestResult;
import org.junit.jupiter.api.Test;

/** The rules of {@link LogisticModel}'s per-row diagnostics: invariants and refused inputs. */
class LogisticDiagnosticsTest {

    private static final List<double[]> MT = load();
    private static final double[][] X = LogisticDiagnosticsReferenceTest.columns(MT, 0, 1);
    private static final int[] Y = LogisticDiagnosticsReferenceTest.labels(MT, 3);
    private static final LogisticModel MODEL = LogisticRegression.fit(X, Y);

    private static List<double[]> load() {
        try {
            return LogisticRegressionReferenceTest.csv("/regression/mtcars.csv");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void devianceResiduals_squaresSumToTheDeviance() {
        double sum = 0;
        for (double d : MODEL.devianceResiduals(X, Y)) {
            sum += d * d;
        }
        assertEquals(MODEL.deviance(), sum, 1e-12 * MODEL.deviance());
    }

    @Test
    void devianceResiduals_signFollowsTheLabel() {
        double[] d = MODEL.devianceResiduals(X, Y);
        for (int i = 0; i < d.length; i++) {
            assertTrue(Y[i] == 1 ? d[i] > 0 : d[i] < 0, "row " + i);
        }
    }

    @Test
    void devianceResiduals_otherLabels() {
        int[] flipped = Y.clone();
        flipped[0] = 1 - flipped[0];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MODEL.devianceResiduals(X, flipped));
        assertTrue(e.getMessage().contains("x and y must be the data the model was fitted on"), e.getMessage());
    }

    @Test
    void devianceResiduals_labelNotBinary() {
        int[] bad = Y.clone();
        bad[4] = 2;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MODEL.devianceResiduals(X, bad));
        assertTrue(e.getMessage().contains("y[4] must be 0 or 1, was 2"), e.getMessage());
    }

    @Test
    void devianceResiduals_wrongColumns() {
        double[][] one = LogisticDiagnosticsReferenceTest.columns(MT, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MODEL.devianceResiduals(one, Y));
        assertTrue(e.getMessage().contains("x"), e.getMessage());
    }

    @Test
    void devianceResiduals_weightedFitRefused() {
        double[] gear = MT.stream().mapToDouble(r -> r[2]).toArray();
        LogisticModel weighted = LogisticRegression.fit(X, Y, gear, LogisticRegression.Options.defaults());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> weighted.devianceResiduals(X, Y));
        assertTrue(e.getMessage().contains("unweighted fits only"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> weighted.hosmerLemeshow(X, Y));
    }

    @Test
    void hosmerLemeshow_groupsOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MODEL.hosmerLemeshow(X, Y, 2));
        assertTrue(e.getMessage().contains("groups must be in [3, 32] (n), was 2"), e.getMessage());
    }

    @Test
    void hosmerLemeshow_tiedProbabilitiesMergeGroups() {
        // one binary predictor: two distinct fitted probabilities, at most 2 groups
        double[][] x = new double[40][];
        int[] y = new int[40];
        for (int i = 0; i < 40; i++) {
            x[i] = new double[] {i % 2};
            y[i] = (i % 2 == 0) == (i % 3 == 0) ? 1 : 0;
        }
        LogisticModel m = LogisticRegression.fit(x, y);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.hosmerLemeshow(x, y));
        assertTrue(e.getMessage().contains("at least 3 groups"), e.getMessage());
    }

    @Test
    void hosmerLemeshow_groupPerRowExceptTheTwoSmallest() {
        // g = n - 1: the boundaries are the sorted probabilities themselves, so the two smallest rows share the first
        // group and every other row is a group of its own, where the term is its Pearson residual squared
        int n = X.length;
        Integer[] order = new Integer[n];
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            mu[i] = MODEL.probability(X[i]);
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(mu[a], mu[b]));
        double o = Y[order[0]] + Y[order[1]];
        double e = mu[order[0]] + mu[order[1]];
        double expected = (o - e) * (o - e) / e + (o - e) * (o - e) / (2 - e);
        for (int r = 2; r < n; r++) {
            int i = order[r];
            expected += (Y[i] - mu[i]) * (Y[i] - mu[i]) / (mu[i] * (1 - mu[i]));
        }
        TestResult hl = MODEL.hosmerLemeshow(X, Y, n - 1);
        assertEquals(expected, hl.statistic(), 1e-10 * expected);
        // Merc 280 and 280C share hp and wt: their tied probability is one boundary, so they share a group (the pooled
        // term equals their two Pearson terms, both having am = 0), and there is one group fewer than n - 2
        long distinct = java.util.Arrays.stream(mu).distinct().count();
        assertEquals(n - 1, distinct);
        assertEquals(distinct - 1 - 2, hl.df());
    }

    @Test
    void hosmerLemeshow_emptyGroupsAreLeftOut() {
        // g = n: n + 1 boundaries between n values, so at least one group is empty; df counts the others
        TestResult hl = MODEL.hosmerLemeshow(X, Y, X.length);
        assertTrue(Double.isFinite(hl.statistic()) && hl.df() < X.length - 2, hl.toString());
    }

    @Test
    void summary_showsBicAndLogLikelihood() {
        String s = MODEL.summary();
        assertTrue(s.contains("BIC") && s.contains("log-likelihood"), s);
    }
}
