package org.crm4j.analytics.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One test per bad input of the naive Bayes family (README "Bad input"); nothing is changed by a refused call. */
class BayesArgumentsTest {

    private static final int[][] CODES = {{0, 1}, {1, 0}, {2, 1}, {0, 0}};
    private static final int[] LABELS = {0, 1, 1, 0};
    private static final double[][] X = {{0.5, 1}, {1.5, 0}, {2, 1}, {0, 0.25}};

    @Test
    void categorical_nullOrEmptyOrRaggedX() {
        assertMessage("x must not be null", () -> CategoricalNaiveBayes.fit(null, LABELS));
        assertMessage("x must have at least one row, was empty", () -> CategoricalNaiveBayes.fit(new int[0][], LABELS));
        assertMessage("x must be rectangular: row 1 has 1 columns, row 0 has 2",
                () -> CategoricalNaiveBayes.fit(new int[][] {{0, 1}, {1}}, new int[] {0, 1}));
        assertMessage("x row 1 must not be null",
                () -> CategoricalNaiveBayes.fit(new int[][] {{0, 1}, null}, new int[] {0, 1}));
    }

    @Test
    void categorical_codeNegativeOrTooLarge() {
        assertMessage("x[1][0] must be a category code in [0, 65536), was -1",
                () -> CategoricalNaiveBayes.fit(new int[][] {{0}, {-1}}, new int[] {0, 1}));
        assertMessage("x[0][0] must be a category code in [0, 65536), was 65536",
                () -> CategoricalNaiveBayes.fit(new int[][] {{65_536}}, new int[] {0}));
    }

    @Test
    void categorical_codeNotBelowDeclaredCount() {
        assertMessage("x[2][0] must be a category in [0, 2) (categoryCounts[0]), was 2",
                () -> CategoricalNaiveBayes.fit(CODES, LABELS, CategoricalNaiveBayes.Options.of(1)
                        .withCategoryCounts(2, 2)));
    }

    @Test
    void categorical_categoryCountsOfAnotherLength() {
        assertMessage("categoryCounts must have length 2 (the number of columns of x), was 3",
                () -> CategoricalNaiveBayes.fit(CODES, LABELS, CategoricalNaiveBayes.Options.of(1)
                        .withCategoryCounts(3, 3, 3)));
    }

    @Test
    void categorical_labelsNullOrOfAnotherLength() {
        assertMessage("y must not be null", () -> CategoricalNaiveBayes.fit(CODES, null));
        assertMessage("y must have length 4 (the number of rows of x), was 3",
                () -> CategoricalNaiveBayes.fit(CODES, new int[] {0, 1, 1}));
    }

    @Test
    void categorical_nullOptions() {
        assertMessage("options must not be null", () -> CategoricalNaiveBayes.fit(CODES, LABELS, null));
    }

    @Test
    void categoricalOptions_alphaNotPositiveOrNotFinite() {
        assertMessage("alpha must be finite and > 0 (additive smoothing), was 0.0",
                () -> CategoricalNaiveBayes.Options.of(0));
        assertMessage("alpha must be finite and > 0 (additive smoothing), was NaN",
                () -> CategoricalNaiveBayes.Options.of(Double.NaN));
    }

    @Test
    void categoricalOptions_categoryCountOutOfRange() {
        assertMessage("categoryCounts[1] must be in [1, 65536], was 0",
                () -> CategoricalNaiveBayes.Options.of(1).withCategoryCounts(2, 0));
        assertMessage("categoryCounts must not be null (empty: learnt from the data)",
                () -> new CategoricalNaiveBayes.Options(1, null));
    }

    @Test
    void categoricalPredict_wrongLengthOrUnknownCategory() {
        CategoricalNaiveBayesModel m = CategoricalNaiveBayes.fit(CODES, LABELS);

        assertMessage("row must have length 2 (the number of features), was 1", () -> m.predict(new int[] {0}));
        assertMessage("row[0] must be a category of feature 0, in [0, 3), was 3", () -> m.predict(new int[] {3, 0}));
        assertMessage("row[1] must be a category of feature 1, in [0, 2), was -1",
                () -> m.predictProbabilities(new int[] {0, -1}));
        assertMessage("row must not be null", () -> m.predictLogProbabilities(null));
        assertMessage("feature must be in [0, 2), was 2", () -> m.featureLogProbabilities(2));
    }

    @Test
    void gaussian_nullEmptyRaggedOrNonFiniteX() {
        assertMessage("x must not be null", () -> GaussianNaiveBayes.fit(null, LABELS));
        assertMessage("x must have at least one row, was empty", () -> GaussianNaiveBayes.fit(new double[0][], LABELS));
        assertMessage("x must be rectangular: row 1 has 1 columns, row 0 has 2",
                () -> GaussianNaiveBayes.fit(new double[][] {{0, 1}, {1}}, new int[] {0, 1}));
        assertMessage("x[1][0] must be finite, was NaN",
                () -> GaussianNaiveBayes.fit(new double[][] {{0}, {Double.NaN}}, new int[] {0, 1}));
    }

    @Test
    void gaussian_labelsNullOrOfAnotherLength() {
        assertMessage("y must not be null", () -> GaussianNaiveBayes.fit(X, null));
        assertMessage("y must have length 4 (the number of rows of x), was 5",
                () -> GaussianNaiveBayes.fit(X, new int[5]));
    }

    @Test
    void gaussian_priorsForAnotherNumberOfClasses() {
        assertMessage("priors must have length 2 (the number of classes in y), was 3",
                () -> GaussianNaiveBayes.fit(X, LABELS, GaussianNaiveBayes.Options.defaults()
                        .withPriors(0.2, 0.3, 0.5)));
    }

    @Test
    void gaussian_zeroVarianceAfterSmoothing() {
        assertMessage("x column 0 must vary within class 0, or varSmoothing (1.0E-9) times the largest feature "
                + "variance (0.0) must be > 0: a normal density needs a positive variance",
                () -> GaussianNaiveBayes.fit(new double[][] {{2}, {2}}, new int[] {0, 1}));
        assertMessage("x column 1 must vary within class 0, or varSmoothing (0.0) times the largest feature "
                + "variance (1.25) must be > 0: a normal density needs a positive variance",
                () -> GaussianNaiveBayes.fit(new double[][] {{0, 1}, {1, 1}, {2, 3}, {3, 3}}, new int[] {0, 0, 1, 1},
                        GaussianNaiveBayes.Options.defaults().withVarSmoothing(0)));
    }

    @Test
    void gaussian_nullOptions() {
        assertMessage("options must not be null", () -> GaussianNaiveBayes.fit(X, LABELS, null));
    }

    @Test
    void gaussianOptions_varSmoothingNegativeOrNotFinite() {
        assertMessage("varSmoothing must be finite and >= 0, was -1.0E-9",
                () -> GaussianNaiveBayes.Options.defaults().withVarSmoothing(-1e-9));
        assertMessage("varSmoothing must be finite and >= 0, was Infinity",
                () -> GaussianNaiveBayes.Options.defaults().withVarSmoothing(Double.POSITIVE_INFINITY));
    }

    @Test
    void gaussianOptions_priorNotPositive() {
        assertMessage("priors[1] must be in (0, 1], was 0.0",
                () -> GaussianNaiveBayes.Options.defaults().withPriors(1, 0));
        assertMessage("priors must not be null (empty: the class frequencies)",
                () -> new GaussianNaiveBayes.Options(1e-9, null));
    }

    @Test
    void gaussianOptions_priorsNotSummingToOne() {
        assertMessage("priors must sum to 1, was 0.9",
                () -> GaussianNaiveBayes.Options.defaults().withPriors(0.4, 0.5));
    }

    @Test
    void gaussianPredict_wrongLengthOrNotFinite() {
        GaussianNaiveBayesModel m = GaussianNaiveBayes.fit(X, LABELS);

        assertMessage("row must have length 2 (the number of features), was 3", () -> m.predict(new double[3]));
        assertMessage("row[0] must be finite, was NaN", () -> m.predict(new double[] {Double.NaN, 0}));
        assertMessage("row must not be null", () -> m.predictProbabilities(null));
    }

    @Test
    void fit_refusedCall_leavesInputsUntouched() {
        int[][] codes = {{0, 1}, {1, 0}};
        int[] y = {0, 1};
        assertThrows(IllegalArgumentException.class, () -> CategoricalNaiveBayes.fit(codes, y,
                CategoricalNaiveBayes.Options.of(1).withCategoryCounts(1, 2)));

        assertEquals("[[0, 1], [1, 0]]", Arrays.deepToString(codes));
        assertEquals("[0, 1]", Arrays.toString(y));
    }

    private static void assertMessage(String expected, Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
