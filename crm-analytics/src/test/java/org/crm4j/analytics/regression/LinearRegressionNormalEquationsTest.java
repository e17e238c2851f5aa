package org.crm4j.analytics.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.crm4j.analytics.SingularMatrixException;
import org.crm4j.analytics.linalg.PivotedQR;
import org.crm4j.analytics.linalg.TallQR;
import org.junit.jupiter.api.Test;

/**
 * The normal-equations path of OLS (tall, well-conditioned designs) against the QR path on the same data: the same
 * fit to about 12 digits where it is taken, the QR's own bits where the condition number sends the fit back to it,
 * and the same rank-deficiency error.
 */
class LinearRegressionNormalEquationsTest {

    private static final int N = 20_000;

    /**
     * Independent columns of different scales, each shifted by {@code offset · j}: well conditioned (once centred,
     * when there are offsets).
     */
    private static double[][] design(SplittableRandom random, int p, double offset) {
        double[][] x = new double[N][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = offset * j + (1 + j) * random.nextGaussian();
            }
        }
        return x;
    }

    private static double[] response(SplittableRandom random, double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = 5;
            for (int j = 0; j < x[i].length; j++) {
                s += (j - 1.5) * x[i][j];
            }
            y[i] = s + 2 * random.nextGaussian();
        }
        return y;
    }

    private static void assertClose(double[] expected, double[] actual, double relative) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], relative * Math.abs(expected[i]), "entry " + i);
        }
    }

    private static void assertSameFit(LinearModel qr, LinearModel gram) {
        assertClose(qr.coefficients(), gram.coefficients(), 1e-11);
        assertClose(qr.standardErrors(), gram.standardErrors(), 1e-11);
        assertEquals(qr.residualStandardError(), gram.residualStandardError(),
                1e-12 * qr.residualStandardError());
        assertEquals(qr.rSquared(), gram.rSquared(), 1e-12);
        assertEquals(qr.fStatistic(), gram.fStatistic(), 1e-10 * qr.fStatistic());
        double scale = 0;
        for (double v : qr.fittedValues()) {
            scale = Math.max(scale, Math.abs(v));
        }
        assertArrayEquals(qr.fittedValues(), gram.fittedValues(), 1e-12 * scale);
    }

    /** Whether {@link LinearRegression#fit} keeps the normal-equations factor for this design. */
    private static boolean takesNormalEquations(double[][] x, double[] y, double[] w, boolean intercept) {
        TallQR gram = TallQR.ofGram(x, y, w, intercept, 1);
        if (gram == null) {
            return false;
        }
        int k = x[0].length + (intercept ? 1 : 0);
        PivotedQR qr = PivotedQR.of(gram.triangle(), k, LinearRegression.Options.defaults().rankTolerance());
        return qr.rank() == k && qr.smallestRatio() >= Tolerances.NORMAL_EQUATIONS_MIN_RATIO;
    }

    @Test
    void wellConditioned_sameFitAsQr_withAndWithoutInterceptAndWeights() {
        SplittableRandom random = new SplittableRandom(23);
        double[][] centred = design(random, 7, 100);
        double[][] plain = design(random, 7, 0);
        double[] w = new double[N];
        for (int i = 0; i < N; i++) {
            w[i] = i % 10 == 0 ? 0 : 0.5 + random.nextDouble();
        }
        for (boolean intercept : new boolean[] {true, false}) {
            double[][] x = intercept ? centred : plain;
            double[] y = response(random, x);
            for (double[] weights : new double[][] {null, w}) {
                assertTrue(takesNormalEquations(x, y, weights, intercept), "the design is well conditioned");
                LinearRegression.Options options = LinearRegression.Options.defaults().withIntercept(intercept);
                assertSameFit(LinearRegression.fit(x, y, weights, options, false),
                        LinearRegression.fit(x, y, weights, options, true));
            }
        }
    }

    @Test
    void wellConditioned_sameBitsWhateverTheThreads() {
        SplittableRandom random = new SplittableRandom(7);
        double[][] x = design(random, 5, 100);
        double[] y = response(random, x);
        LinearModel one = LinearRegression.fit(x, y, null, LinearRegression.Options.defaults().withThreads(1), true);
        LinearModel two = LinearRegression.fit(x, y, null, LinearRegression.Options.defaults().withThreads(2), true);
        assertArrayEquals(one.coefficients(), two.coefficients(), 0.0);
        assertArrayEquals(one.standardErrors(), two.standardErrors(), 0.0);
    }

    @Test
    void illConditioned_fallsBackToTheQrBitForBit() {
        // t, t², t³ on [1000, 1010]: highly collinear even when centred
        SplittableRandom random = new SplittableRandom(11);
        double[][] x = new double[N][3];
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            double t = 1000 + 10 * random.nextDouble();
            x[i][0] = t;
            x[i][1] = t * t;
            x[i][2] = t * t * t;
            y[i] = 1 + 0.5 * t - 1e-3 * t * t + 2e-7 * t * t * t + random.nextGaussian();
        }
        assertTrue(!takesNormalEquations(x, y, null, true), "the design is ill conditioned");
        LinearRegression.Options options = LinearRegression.Options.defaults();
        LinearModel qr = LinearRegression.fit(x, y, null, options, false);
        LinearModel fit = LinearRegression.fit(x, y, null, options, true);
        assertArrayEquals(qr.coefficients(), fit.coefficients(), 0.0);
        assertArrayEquals(qr.standardErrors(), fit.standardErrors(), 0.0);
        assertEquals(qr.residualStandardError(), fit.residualStandardError(), 0.0);
    }

    @Test
    void rankDeficient_sameErrorAsQr() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] x = design(random, 4, 100);
        for (double[] row : x) {
            row[3] = 2 * row[1] - row[0];
        }
        double[] y = response(random, x);
        LinearRegression.Options options = LinearRegression.Options.defaults();
        SingularMatrixException qr = assertThrows(SingularMatrixException.class,
                () -> LinearRegression.fit(x, y, null, options, false));
        SingularMatrixException fit = assertThrows(SingularMatrixException.class,
                () -> LinearRegression.fit(x, y, null, options, true));
        assertNotNull(fit.getMessage());
        assertEquals(qr.getMessage(), fit.getMessage());
    }
}
