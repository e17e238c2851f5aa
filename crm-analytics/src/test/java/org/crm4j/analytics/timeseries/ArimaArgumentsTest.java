package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.crm4j.analytics.ConvergenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One test per invalid input of {@link Arima}, {@link ArimaSpec}, {@link ArimaModel#forecast} and AutoArima. */
class ArimaArgumentsTest {

    private static final double[] LH = RReferences.series("lh");

    private static void assertMessage(Class<? extends Throwable> type, Executable call, String fragment) {
        Throwable e = assertThrows(type, call);
        assertTrue(e.getMessage().contains(fragment), () -> "message was: " + e.getMessage());
    }

    @Test
    void fit_nullSeries() {
        assertMessage(IllegalArgumentException.class, () -> Arima.fit(null, ArimaSpec.of(1, 0, 0)),
                "y must not be null");
    }

    @Test
    void fit_nullSpec() {
        assertMessage(IllegalArgumentException.class, () -> Arima.fit(LH, null), "spec must not be null");
    }

    @Test
    void fit_nanValue() {
        double[] y = LH.clone();
        y[7] = Double.NaN;
        assertMessage(IllegalArgumentException.class, () -> Arima.fit(y, ArimaSpec.of(1, 0, 0)),
                "y[7] must be finite, was NaN");
    }

    @Test
    void fit_infiniteValue() {
        double[] y = LH.clone();
        y[3] = Double.POSITIVE_INFINITY;
        assertMessage(IllegalArgumentException.class, () -> Arima.fit(y, ArimaSpec.of(1, 0, 0)),
                "y[3] must be finite, was Infinity");
    }

    @Test
    void fit_oneShorterThanMinimum() {
        ArimaSpec spec = ArimaSpec.of(2, 1, 1).withSeasonal(0, 1, 1, 4);
        int min = Arima.minimumLength(spec);
        assertEquals(1 + 4 + 2 + 4 + 2, min);
        double[] y = java.util.Arrays.copyOf(RReferences.series("logUKgas"), min - 1);
        assertMessage(IllegalArgumentException.class, () -> Arima.fit(y, spec),
                "y must have at least 13 observations for ARIMA(2,1,1)(0,1,1)[4]");
    }

    @Test
    void fit_constantSeries() {
        double[] y = new double[40];
        java.util.Arrays.fill(y, 3.5);
        assertMessage(IllegalArgumentException.class, () -> Arima.fit(y, ArimaSpec.of(1, 0, 0)),
                "y must not be constant");
    }

    @Test
    void fit_constantAfterDifferencing() {
        double[] y = new double[40];
        for (int t = 0; t < y.length; t++) {
            y[t] = 2 + 0.5 * t;
        }
        assertMessage(IllegalArgumentException.class,
                () -> Arima.fit(y, ArimaSpec.of(0, 1, 1).withDrift(true)), "constant after differencing");
    }

    @Test
    void spec_negativeOrder() {
        assertMessage(IllegalArgumentException.class, () -> ArimaSpec.of(-1, 0, 0), "p must be in [0, 100], was -1");
    }

    @Test
    void spec_negativeSeasonalOrder() {
        assertMessage(IllegalArgumentException.class, () -> ArimaSpec.of(1, 0, 0).withSeasonal(0, 0, -2, 12),
                "seasonalQ must be in [0, 100], was -2");
    }

    @Test
    void spec_periodZero() {
        assertMessage(IllegalArgumentException.class, () -> ArimaSpec.of(1, 0, 0).withSeasonal(0, 0, 0, 0),
                "period must be >= 1, was 0");
    }

    @Test
    void spec_nullMethod() {
        assertMessage(IllegalArgumentException.class, () -> ArimaSpec.of(1, 0, 0).withMethod(null),
                "method must not be null");
    }

    @Test
    void spec_nullMean() {
        assertMessage(IllegalArgumentException.class, () -> ArimaSpec.of(1, 0, 0).withMean((ArimaSpec.Mean) null),
                "includeMean must not be null (Mean.AUTO for R's default)");
    }

    @Test
    void spec_zeroMaxIterations() {
        assertMessage(IllegalArgumentException.class, () -> ArimaSpec.of(1, 0, 0).withMaxIterations(0),
                "maxIterations must be >= 1, was 0");
    }

    @Test
    void spec_seasonalTermsWithPeriodOne() {
        assertMessage(IllegalArgumentException.class, () -> ArimaSpec.of(1, 0, 0).withSeasonal(1, 0, 0, 1),
                "period must be >= 2 when a seasonal order is positive, was 1");
    }

    @Test
    void spec_meanWithDifferencing() {
        assertMessage(IllegalArgumentException.class, () -> ArimaSpec.of(0, 1, 1).withMean(true),
                "includeMean requires d + D = 0 (as R include.mean), was d + D = 1");
    }

    @Test
    void spec_meanAskedBeforeSeasonalDifference() {
        ArimaSpec withMean = ArimaSpec.of(1, 0, 0).withMean(true);
        assertMessage(IllegalArgumentException.class, () -> withMean.withSeasonal(0, 1, 1, 4),
                "includeMean requires d + D = 0");
    }

    @Test
    void spec_driftWithoutSingleDifference() {
        assertMessage(IllegalArgumentException.class, () -> ArimaSpec.of(1, 0, 0).withDrift(true),
                "includeDrift requires d + D = 1 (as forecast include.drift), was d + D = 0");
    }

    @Test
    void fit_nonStationaryCssEstimate() {
        double[] y = new double[80];
        java.util.Random random = new java.util.Random(3);
        for (int t = 0; t < y.length; t++) {
            y[t] = Math.pow(1.08, t) + 0.01 * random.nextGaussian();
        }
        assertMessage(ConvergenceException.class, () -> Arima.fit(y, ArimaSpec.of(1, 0, 0)),
                "non-stationary AR part from CSS");
    }

    @Test
    void spec_seasonalZeroIsLegal() {
        ArimaModel m = Arima.fit(LH, ArimaSpec.of(1, 0, 0).withSeasonal(0, 0, 0, 12));
        assertEquals(Map.of("ar1", 0.5739, "intercept", 2.4133).keySet(), m.coefficients().keySet());
        assertEquals(m.coefficients().keySet(), m.standardErrors().keySet());
    }

    @Test
    void forecast_zeroHorizon() {
        ArimaModel m = Arima.fit(LH, ArimaSpec.of(1, 0, 0));
        assertMessage(IllegalArgumentException.class, () -> m.forecast(0), "h must be >= 1, was 0");
    }

    @Test
    void forecast_levelAsPercent() {
        ArimaModel m = Arima.fit(LH, ArimaSpec.of(1, 0, 0));
        assertMessage(IllegalArgumentException.class, () -> m.forecast(3, 95),
                "levels[0] must be a fraction in (0, 1), was 95.0");
    }

    @Test
    void forecast_repeatedLevel() {
        ArimaModel m = Arima.fit(LH, ArimaSpec.of(1, 0, 0));
        assertMessage(IllegalArgumentException.class, () -> m.forecast(3, 0.9, 0.9), "levels must be distinct");
    }

    @Test
    void forecast_unrequestedLevel() {
        Forecast fc = Arima.fit(LH, ArimaSpec.of(1, 0, 0)).forecast(3, 0.9);
        assertMessage(IllegalArgumentException.class, () -> fc.lower(0.95),
                "level must be one of the requested levels [0.9], was 0.95");
    }

    @Test
    void forecast_defaultLevels() {
        Forecast fc = Arima.fit(LH, ArimaSpec.of(1, 0, 0)).forecast(4);
        assertEquals(2, fc.levels().length);
        assertEquals(4, fc.lower(0.80).length);
        assertEquals(4, fc.upper(0.95).length);
    }

    @Test
    void autoArima_periodZero() {
        assertMessage(IllegalArgumentException.class, () -> AutoArima.fit(LH, 0), "period must be >= 1, was 0");
    }

    @Test
    void autoArima_negativeMaxOrder() {
        assertMessage(IllegalArgumentException.class,
                () -> AutoArima.Options.defaults(1).withMaxOrder(-1), "maxOrder must be >= 0, was -1");
    }

    @Test
    void autoArima_nullApproximation() {
        assertMessage(IllegalArgumentException.class,
                () -> AutoArima.Options.defaults(12).withApproximation(null),
                "approximation must not be null (AUTO, ON or OFF)");
    }

    @Test
    void autoArima_maxDOutOfRange() {
        assertMessage(IllegalArgumentException.class, () -> new AutoArima.Options(1, 5, 5, 2, 2, 5, 3, true,
                AutoArima.Approximation.AUTO, 94, 500, false), "maxD must be in [0, 2], was 3");
    }

    @Test
    void autoArima_budgetsBelowOne() {
        assertMessage(IllegalArgumentException.class, () -> AutoArima.Options.defaults(1).withMaxModels(0),
                "maxModels must be >= 1, was 0");
        assertMessage(IllegalArgumentException.class, () -> AutoArima.Options.defaults(1).withMaxIterations(0),
                "maxIterations must be >= 1, was 0");
    }

    @Test
    void autoArima_constantSeries() {
        double[] y = new double[30];
        java.util.Arrays.fill(y, 1);
        assertMessage(IllegalArgumentException.class, () -> AutoArima.fit(y, 1), "y must not be constant");
    }

    @Test
    void autoArima_polynomialSeries() {
        double[] y = new double[30];
        for (int t = 0; t < y.length; t++) {
            y[t] = t * t;
        }
        assertMessage(IllegalArgumentException.class, () -> AutoArima.fit(y, 1), "must not be a polynomial");
    }

    @Test
    void autoArima_nonSeasonalForPeriodOne() {
        ArimaModel m = AutoArima.fit(RReferences.series("lh"), 1);
        assertEquals(0, m.spec().seasonalP() + m.spec().seasonalD() + m.spec().seasonalQ());
    }

    @Test
    void model_isImmutable() {
        ArimaModel m = Arima.fit(LH, ArimaSpec.of(1, 0, 0));
        double[] r = m.residuals();
        r[5] = 1e9;
        assertTrue(m.residuals()[5] != 1e9);
        assertThrows(UnsupportedOperationException.class, () -> m.coefficients().put("ar1", 0.0));
    }
}
