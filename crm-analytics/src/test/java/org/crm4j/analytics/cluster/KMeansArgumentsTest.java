package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One test per invalid argument of K-means: each fails with a message naming the argument and the rule. */
class KMeansArgumentsTest {

    private static final double[][] DATA = {{0, 0}, {1, 0}, {0, 1}, {5, 5}};

    private static void fails(String message, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }

    @Test
    void fit_nullData() {
        fails("data must not be null", () -> KMeans.fit(null, 2));
    }

    @Test
    void fit_emptyData() {
        fails("data must have at least one row, was empty", () -> KMeans.fit(new double[0][], 2));
    }

    @Test
    void fit_nullRow() {
        fails("data row 1 must not be null", () -> KMeans.fit(new double[][] {{1}, null}, 1));
    }

    @Test
    void fit_raggedRows() {
        fails("data must be rectangular: row 1 has 1 columns, row 0 has 2",
                () -> KMeans.fit(new double[][] {{1, 2}, {3}}, 1));
    }

    @Test
    void fit_nanValue() {
        fails("data[1][0] must be finite, was NaN", () -> KMeans.fit(new double[][] {{1}, {Double.NaN}}, 1));
    }

    @Test
    void fit_infiniteValue() {
        fails("data[0][1] must be finite, was Infinity",
                () -> KMeans.fit(new double[][] {{1, Double.POSITIVE_INFINITY}}, 1));
    }

    @Test
    void fit_kZero() {
        fails("k must be >= 1, was 0", () -> KMeans.fit(DATA, 0));
    }

    @Test
    void fit_kAboveDistinctRows() {
        fails("k must be in [1, 2] (number of distinct rows), was 3",
                () -> KMeans.fit(new double[][] {{1, 1}, {2, 2}, {1, 1}, {2, 2}}, 3));
    }

    @Test
    void fit_nullOptions() {
        fails("options must not be null", () -> KMeans.fit(DATA, (KMeans.Options) null));
    }

    @Test
    void options_negativeRestarts() {
        fails("restarts must be >= 1, was -1", () -> KMeans.Options.of(2).withRestarts(-1));
    }

    @Test
    void options_zeroRestarts() {
        fails("restarts must be >= 1, was 0", () -> KMeans.Options.of(2).withRestarts(0));
    }

    @Test
    void options_zeroMaxIterations() {
        fails("maxIterations must be >= 1, was 0", () -> KMeans.Options.of(2).withMaxIterations(0));
    }

    @Test
    void options_negativeTolerance() {
        fails("tolerance must be finite and >= 0, was -1.0E-4", () -> KMeans.Options.of(2).withTolerance(-1e-4));
    }

    @Test
    void options_nanTolerance() {
        fails("tolerance must be finite and >= 0, was NaN", () -> KMeans.Options.of(2).withTolerance(Double.NaN));
    }

    @Test
    void options_negativeThreads() {
        fails("threads must be >= 0 (0: all available processors), was -1",
                () -> KMeans.Options.of(2).withThreads(-1));
    }

    @Test
    void options_zeroBatchSize() {
        fails("batchSize must be >= 1, was 0", () -> KMeans.Options.of(2).withBatchSize(0));
    }

    @Test
    void options_zeroSeedingSample() {
        fails("seedingSample must be >= 1, was 0", () -> KMeans.Options.of(2).withSeedingSample(0));
    }

    @Test
    void options_nullAlgorithm() {
        fails("algorithm must not be null", () -> KMeans.Options.of(2).withAlgorithm(null));
    }

    @Test
    void options_negativeK() {
        fails("k must be >= 1, was -3", () -> KMeans.Options.of(-3));
    }

    @Test
    void predict_wrongLength() {
        KMeansModel m = KMeans.fit(DATA, 2);
        fails("point must have length 2 (the model's dimension), was 3", () -> m.predict(new double[] {1, 2, 3}));
    }

    @Test
    void predict_nanPoint() {
        KMeansModel m = KMeans.fit(DATA, 2);
        fails("point[0] must be finite, was NaN", () -> m.predict(new double[] {Double.NaN, 2}));
    }

    @Test
    void predict_rowsOfWrongWidth() {
        KMeansModel m = KMeans.fit(DATA, 2);
        fails("points must have 2 columns (the model's dimension), was 1", () -> m.predict(new double[][] {{1}}));
    }

    @Test
    void selectK_kMinBelowTwo() {
        fails("kMin must be >= 2 (silhouette needs two clusters), was 1",
                () -> KMeans.selectK(DATA, 1, 3, KMeans.Options.of(2)));
    }

    @Test
    void selectK_kMaxBelowKMin() {
        fails("kMax must be >= kMin (3), was 2", () -> KMeans.selectK(DATA, 3, 2, KMeans.Options.of(2)));
    }

    @Test
    void selectK_kMaxAboveRowsMinusOne() {
        fails("kMax must be <= n - 1 (3) (silhouette needs a cluster of two rows), was 4",
                () -> KMeans.selectK(DATA, 2, 4, KMeans.Options.of(2)));
    }

    @Test
    void selectK_kMaxAboveDistinctRows() {
        double[][] x = {{1}, {1}, {2}, {2}, {3}, {3}};
        fails("kMax must be <= the number of distinct rows (3), was 4",
                () -> KMeans.selectK(x, 2, 4, KMeans.Options.of(2)));
    }

    @Test
    void selectK_nullOptions() {
        fails("options must not be null", () -> KMeans.selectK(DATA, 2, 3, null));
    }
}
