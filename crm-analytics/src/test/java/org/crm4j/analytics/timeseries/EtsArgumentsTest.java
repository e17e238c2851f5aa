package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crm4j.analytics.ConvergenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One test per invalid input of {@link Ets}, {@link AutoEts}, {@link EtsSpec} and {@link EtsModel#forecast}. */
class EtsArgumentsTest {

    private static final double[] GAS = EtsReferences.series("UKgas");
    private static final double[] NILE = EtsReferences.series("Nile");

    private static void assertMessage(Class<? extends Throwable> type, Executable call, String fragment) {
        Throwable e = assertThrows(type, call);
        assertTrue(e.getMessage().contains(fragment), () -> "message was: " + e.getMessage());
    }

    private static void assertIllegal(Executable call, String fragment) {
        assertMessage(IllegalArgumentException.class, call, fragment);
    }

    @Test
    void fit_nullSeries() {
        assertIllegal(() -> Ets.fit(null, 1, EtsSpec.of("ANN")), "y must not be null");
    }

    @Test
    void fit_emptySeries() {
        assertIllegal(() -> Ets.fit(new double[0], 1, EtsSpec.of("ANN")), "y must not be empty");
    }

    @Test
    void fit_nanValue() {
        double[] y = NILE.clone();
        y[5] = Double.NaN;
        assertIllegal(() -> Ets.fit(y, 1, EtsSpec.of("ANN")), "y[5] must be finite, was NaN");
    }

    @Test
    void fit_infiniteValue() {
        double[] y = NILE.clone();
        y[3] = Double.POSITIVE_INFINITY;
        assertIllegal(() -> Ets.fit(y, 1, EtsSpec.of("ANN")), "y[3] must be finite, was Infinity");
    }

    @Test
    void fit_frequencyBelowOne() {
        assertIllegal(() -> Ets.fit(NILE, 0, EtsSpec.of("ANN")), "frequency must be >= 1, was 0");
    }

    @Test
    void fit_nullSpec() {
        assertIllegal(() -> Ets.fit(NILE, 1, null), "spec must not be null");
    }

    @Test
    void fit_nullOptions() {
        assertIllegal(() -> Ets.fit(NILE, 1, EtsSpec.of("ANN"), null), "options must not be null");
    }

    @Test
    void fit_restrictedSpec() {
        assertIllegal(() -> Ets.fit(GAS, 4, EtsSpec.of("AAM")),
                "spec ETS(A,A,M) is not allowed with restrict");
    }

    @Test
    void fit_restrictedSpec_allowedWithoutRestrict() {
        EtsModel m = Ets.fit(GAS, 4, EtsSpec.of("AAM"), Ets.Options.defaults().withRestrict(false));
        assertEquals("ETS(A,A,M)", m.method());
    }

    @Test
    void fit_multiplicativeErrorOnNonPositiveData() {
        double[] y = NILE.clone();
        y[10] = 0;
        assertIllegal(() -> Ets.fit(y, 1, EtsSpec.of("MNN")),
                "y must be positive for the multiplicative model ETS(M,N,N), y[10] was 0.0");
    }

    @Test
    void fit_multiplicativeSeasonOnNegativeData() {
        double[] y = GAS.clone();
        y[4] = -1;
        assertIllegal(() -> Ets.fit(y, 4, EtsSpec.of("MNM")),
                "y must be positive for the multiplicative model ETS(M,N,M), y[4] was -1.0");
    }

    @Test
    void fit_seasonalModelWithFrequencyOne() {
        assertIllegal(() -> Ets.fit(NILE, 1, EtsSpec.of("ANA")),
                "frequency must be >= 2 for the seasonal model ETS(A,N,A), was 1");
    }

    @Test
    void fit_seasonalModelWithFrequencyAbove24() {
        assertIllegal(() -> Ets.fit(NILE, 25, EtsSpec.of("ANA")),
                "frequency must be <= 24 for the seasonal model ETS(A,N,A), was 25");
    }

    @Test
    void fit_seasonalModelNotLongerThanOneCycle() {
        double[] y = java.util.Arrays.copyOf(NILE, 12);
        assertIllegal(() -> Ets.fit(y, 12, EtsSpec.of("ANA")),
                "y must be longer than one cycle (12) for the seasonal model ETS(A,N,A), had 12 values");
    }

    @Test
    void fit_tooShortForTheModel() {
        // ETS(A,Ad,A) with m = 4: 2 + 2 + 4 + 1 = 9 parameters and states, so at least 14 values
        double[] y = java.util.Arrays.copyOf(GAS, 13);
        assertEquals(14, Ets.minimumLength(EtsSpec.of("AAdA"), 4));
        assertIllegal(() -> Ets.fit(y, 4, EtsSpec.of("AAdA")),
                "y must have at least 14 values for ETS(A,Ad,A) (parameters plus states plus 5), was 13");
    }

    @Test
    void fit_constantSeries() {
        double[] y = new double[30];
        java.util.Arrays.fill(y, 4.5);
        assertIllegal(() -> Ets.fit(y, 1, EtsSpec.of("ANN")), "y must not be constant, all 30 values were 4.5");
    }

    @Test
    void fit_strictWithoutConvergence() {
        Ets.Options strict = Ets.Options.defaults().withStrict(true).withMaxIterations(20);
        assertMessage(ConvergenceException.class, () -> Ets.fit(GAS, 4, EtsSpec.of("MAM"), strict),
                "ETS(M,A,M): Nelder-Mead did not converge within 20 objective evaluations");
    }

    @Test
    void options_nullBounds() {
        assertIllegal(() -> Ets.Options.defaults().withBounds(null), "bounds must not be null");
    }

    @Test
    void options_maxIterationsBelowOne() {
        assertIllegal(() -> Ets.Options.defaults().withMaxIterations(0), "maxIterations must be >= 1, was 0");
    }

    @Test
    void options_simulationPathsBelow100() {
        assertIllegal(() -> Ets.Options.defaults().withSimulationPaths(99), "simulationPaths must be >= 100, was 99");
    }

    @Test
    void spec_nullComponent() {
        assertIllegal(() -> EtsSpec.of(null, EtsSpec.Component.NONE, false, EtsSpec.Component.NONE),
                "error must not be null");
    }

    @Test
    void spec_errorNone() {
        assertIllegal(() -> EtsSpec.of(EtsSpec.Component.NONE, EtsSpec.Component.NONE, false,
                EtsSpec.Component.NONE), "error must be ADDITIVE or MULTIPLICATIVE, was NONE");
    }

    @Test
    void spec_dampedWithoutTrend() {
        assertIllegal(() -> EtsSpec.of("ANdN"), "damped must be false without a trend (trend NONE), was true");
        assertIllegal(() -> EtsSpec.of(EtsSpec.Component.ADDITIVE, EtsSpec.Component.NONE, true,
                EtsSpec.Component.NONE), "damped must be false without a trend (trend NONE), was true");
    }

    @Test
    void spec_malformedString() {
        assertIllegal(() -> EtsSpec.of("ZZZ"), "model ZZZ: the error must be one of N, A, M, was 'Z'");
        assertIllegal(() -> EtsSpec.of("AN"), "model must be three letters");
        assertIllegal(() -> EtsSpec.of((String) null), "model must not be null");
    }

    @Test
    void forecast_horizonBelowOne() {
        EtsModel m = Ets.fit(NILE, 1, EtsSpec.of("ANN"));
        assertIllegal(() -> m.forecast(0), "h must be >= 1, was 0");
    }

    @Test
    void forecast_levelOutsideUnitInterval() {
        EtsModel m = Ets.fit(NILE, 1, EtsSpec.of("ANN"));
        assertIllegal(() -> m.forecast(3, 95), "levels[0] must be a fraction in (0, 1), was 95.0");
    }

    @Test
    void forecast_repeatedLevel() {
        EtsModel m = Ets.fit(NILE, 1, EtsSpec.of("ANN"));
        assertIllegal(() -> m.forecast(3, 0.9, 0.9), "levels must be distinct, 0.9 was repeated");
    }

    @Test
    void autoEts_tooShort() {
        assertIllegal(() -> AutoEts.fit(java.util.Arrays.copyOf(NILE, 6), 1), "y must have at least 7 values, was 6");
    }

    @Test
    void autoEts_frequencyBelowOne() {
        assertIllegal(() -> AutoEts.fit(NILE, -1), "frequency must be >= 1, was -1");
    }

    @Test
    void autoEts_nanValue() {
        double[] y = NILE.clone();
        y[0] = Double.NaN;
        assertIllegal(() -> AutoEts.fit(y, 1), "y[0] must be finite, was NaN");
    }

    @Test
    void autoEts_negativeThreads() {
        assertIllegal(() -> AutoEts.Options.defaults().withThreads(-1),
                "threads must be >= 0 (0: all available processors), was -1");
    }

    @Test
    void autoEts_nullCriterion() {
        assertIllegal(() -> AutoEts.Options.defaults().withCriterion(null), "criterion must not be null");
    }

    @Test
    void autoEts_nonPositiveData_onlyAdditiveModels() {
        double[] y = GAS.clone();
        y[0] = -5;
        EtsModel m = AutoEts.fit(y, 4);
        assertEquals(EtsSpec.Component.ADDITIVE, m.spec().error());
        assertTrue(!m.spec().isMultiplicative(), m.method());
    }

    @Test
    void autoEts_seasonIgnoredWhenNotLongerThanOneCycle() {
        double[] y = java.util.Arrays.copyOf(GAS, 8);
        assertTrue(!AutoEts.fit(y, 12).spec().hasSeason());
        assertTrue(!AutoEts.fit(GAS, 25).spec().hasSeason());
    }
}
