package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The fitted model's contract: resolved spec, R's coefficient order, summary, pure forecasts. */
class ArimaModelTest {

    private static final ArimaModel AIRLINE = Arima.fit(RReferences.series("logAirPassengers"),
            ArimaSpec.of(0, 1, 1).withSeasonal(0, 1, 1, 12));

    @Test
    void spec_meanResolvedAsR() {
        ArimaModel m = Arima.fit(RReferences.series("lh"), ArimaSpec.of(1, 0, 0));
        assertEquals(ArimaSpec.Mean.INCLUDE, m.spec().includeMean());
        assertEquals(ArimaSpec.Mean.EXCLUDE, AIRLINE.spec().includeMean());
    }

    @Test
    void coefficients_inRsOrder() {
        ArimaModel m = Arima.fit(RReferences.series("nottem"),
                ArimaSpec.of(2, 0, 0).withSeasonal(1, 0, 1, 12).withMethod(ArimaMethod.ML));
        assertEquals(List.of("ar1", "ar2", "sar1", "sma1", "intercept"), List.copyOf(m.coefficients().keySet()));
        assertEquals(List.copyOf(m.coefficients().keySet()), List.copyOf(m.standardErrors().keySet()));
    }

    @Test
    void summary_namesCoefficientsAndCriteria() {
        String s = AIRLINE.summary();
        assertTrue(s.startsWith("ARIMA(0,1,1)(0,1,1)[12]"), s);
        assertTrue(s.contains("ma1") && s.contains("sma1") && s.contains("log likelihood = 244.70"), s);
        assertTrue(s.contains("AIC = -483.39"), s);
    }

    @Test
    void forecast_isPureAndRepeatable() {
        double[] first = AIRLINE.forecast(24).mean();
        double[] second = AIRLINE.forecast(24, 0.5).mean();
        assertArrayEquals(first, second, 0.0);
    }

    @Test
    void forecast_standardErrorsGrowWithHorizon() {
        double[] se = AIRLINE.forecast(36).standardErrors();
        for (int h = 1; h < se.length; h++) {
            assertTrue(se[h] > se[h - 1], "se must grow under differencing at h=" + (h + 1));
        }
    }

    @Test
    void residuals_firstDifferencedObservationsAreZero() {
        double[] r = AIRLINE.residuals();
        assertEquals(144, r.length);
        for (int t = 0; t < 13; t++) {
            assertEquals(0.0, r[t], 0.0);
        }
        assertTrue(r[13] != 0);
    }
}
