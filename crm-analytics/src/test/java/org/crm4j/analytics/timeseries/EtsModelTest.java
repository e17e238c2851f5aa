package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The accessors, summary and immutability of {@link EtsModel}, and the naming of {@link EtsSpec}. */
class EtsModelTest {

    private static final double[] AIR = EtsReferences.series("AirPassengers");

    @Test
    void summary_readsLikeRsPrint() {
        // R 4.2.2, forecast 8.20: print(ets(AirPassengers)) shows these values
        String s = AutoEts.fit(AIR, 12).summary();
        assertTrue(s.startsWith("ETS(M,Ad,M)\n"), s);
        for (String line : new String[] {"alpha = 0.7096", "beta  = 0.0204", "gamma = 0.0001", "phi   = 0.98",
            "l = 120.9939", "b = 1.7705", "s = 0.8944 0.7993 0.9217 1.0592 1.2203 1.2318",
            "1.1105 0.9786 0.9804 1.011 0.8869 0.9059", "sigma:  0.0392", "1395.166", "1400.638", "1448.623"}) {
            assertTrue(s.contains(line), () -> "missing '" + line + "' in\n" + s);
        }
    }

    @Test
    void summary_nonSeasonalModelHasNoTrendOrSeasonLines() {
        // R: print(ets(Nile)): ETS(M,N,N), alpha = 0.1514, l = 1087.7718, sigma 0.1548
        String s = AutoEts.fit(EtsReferences.series("Nile"), 1).summary();
        assertTrue(s.contains("alpha = 0.1514") && s.contains("l = 1087.7718") && s.contains("sigma:  0.1548"), s);
        assertFalse(s.contains("beta") || s.contains("gamma") || s.contains("phi") || s.contains("s ="), s);
    }

    @Test
    void accessors_absentParametersAreNaN() {
        EtsModel m = Ets.fit(EtsReferences.series("Nile"), 1, EtsSpec.of("ANN"));
        assertEquals("ETS(A,N,N)", m.method());
        assertTrue(Double.isNaN(m.beta()) && Double.isNaN(m.gamma()) && Double.isNaN(m.phi()));
        assertEquals(1, m.initialStates().length);
        assertEquals(1, m.period());
        assertTrue(m.iterations() > 0);
    }

    @Test
    void initialStates_seasonalIndicesSumToZeroOrM() {
        EtsModel additive = Ets.fit(AIR, 12, EtsSpec.of("AAA"));
        EtsModel multiplicative = Ets.fit(AIR, 12, EtsSpec.of("MAM"));
        assertEquals(14, additive.initialStates().length);
        double sa = 0;
        double sm = 0;
        for (int j = 2; j < 14; j++) {
            sa += additive.initialStates()[j];
            sm += multiplicative.initialStates()[j];
        }
        assertEquals(0, sa, 1e-9);
        assertEquals(12, sm, 1e-9);
    }

    @Test
    void model_isImmutable() {
        EtsModel m = Ets.fit(AIR, 12, EtsSpec.of("MAM"));
        double[] statesBefore = m.initialStates().clone();
        double[] residualsBefore = m.residuals().clone();
        double[] fittedBefore = m.fitted().clone();
        double[] forecastBefore = m.forecast(6).mean();
        double[] states = m.initialStates();
        double[] residuals = m.residuals();
        states[0] = -1;
        residuals[0] = 1e9;
        m.fitted()[0] = 0;
        assertArrayEquals(statesBefore, m.initialStates(), 0.0);
        assertArrayEquals(residualsBefore, m.residuals(), 0.0);
        assertArrayEquals(fittedBefore, m.fitted(), 0.0);
        // the forecast runs from the model's own states, which the writes above must not have reached
        assertArrayEquals(forecastBefore, m.forecast(6).mean(), 0.0);
    }

    @Test
    void spec_labelsAndParsing() {
        assertEquals("ETS(M,Ad,M)", EtsSpec.of("MAdM").label());
        assertEquals("ETS(A,N,N)", EtsSpec.of("ann").toString());
        assertEquals(EtsSpec.of(EtsSpec.Component.MULTIPLICATIVE, EtsSpec.Component.ADDITIVE, true,
                EtsSpec.Component.NONE), EtsSpec.of("MAdN"));
        assertTrue(EtsSpec.of("AAM").isRestricted());
        assertTrue(EtsSpec.of("AMN").isRestricted());
        assertTrue(EtsSpec.of("MMA").isRestricted());
        assertTrue(EtsSpec.of("MMdA").isRestricted());
        assertFalse(EtsSpec.of("MMM").isRestricted());
        assertFalse(EtsSpec.of("MAdM").isRestricted());
    }

    @Test
    void fit_all30Models_withoutRestrict() {
        Ets.Options open = Ets.Options.defaults().withRestrict(false).withSimulationPaths(500);
        int fitted = 0;
        for (String e : new String[] {"A", "M"}) {
            for (String t : new String[] {"N", "A", "Ad", "M", "Md"}) {
                for (String s : new String[] {"N", "A", "M"}) {
                    EtsModel m = Ets.fit(AIR, 12, EtsSpec.of(e + t + s), open);
                    assertEquals(EtsSpec.of(e + t + s).label(), m.method());
                    assertTrue(Double.isFinite(m.aicc()), m.method());
                    double[] mean = m.forecast(12).mean();
                    for (double v : mean) {
                        assertTrue(v > 200 && v < 900, () -> m.method() + " forecast " + v);
                    }
                    fitted++;
                }
            }
        }
        assertEquals(30, fitted);
    }
}
