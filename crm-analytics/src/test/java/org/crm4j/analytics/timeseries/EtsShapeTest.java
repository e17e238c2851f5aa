package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crm4j.analytics.ConvergenceException;
import org.junit.jupiter.api.Test;

/**
 * The shape every crm4j algorithm shares, checked for exponential smoothing: {@code fit(data, Options)} plus a
 * short overload, validated options with {@code with...} copies, the convergence policy ({@code converged()},
 * {@code iterations()}, lenient and strict) and {@code threads}.
 */
class EtsShapeTest {

    private static final double[] GAS = EtsReferences.series("UKgas");

    @Test
    void fit_shortOverloads_useTheDefaults() {
        EtsModel shortFit = Ets.fit(GAS, 4, EtsSpec.of("MAM"));
        EtsModel full = Ets.fit(GAS, 4, EtsSpec.of("MAM"), Ets.Options.defaults());
        assertArrayEquals(full.initialStates(), shortFit.initialStates(), 0.0);
        assertEquals(full.aicc(), shortFit.aicc(), 0.0);
        assertEquals(AutoEts.fit(GAS, 4, AutoEts.Options.defaults()).aicc(), AutoEts.fit(GAS, 4).aicc(), 0.0);
    }

    @Test
    void options_defaults_followTheModuleConventions() {
        Ets.Options o = Ets.Options.defaults();
        assertEquals(new Ets.Options(Ets.Bounds.BOTH, true, 2000, false, 42L, 5000), o);
        assertEquals(Ets.Options.DEFAULT_SEED, o.seed());
        AutoEts.Options a = AutoEts.Options.defaults();
        assertEquals(new AutoEts.Options(o, AutoEts.Criterion.AICC, false, 0), a);
    }

    @Test
    void options_withCopies_changeOneComponentAndLeaveTheOriginal() {
        Ets.Options o = Ets.Options.defaults();
        assertEquals(new Ets.Options(Ets.Bounds.USUAL, false, 10, true, 7L, 100), o.withBounds(Ets.Bounds.USUAL)
                .withRestrict(false).withMaxIterations(10).withStrict(true).withSeed(7L).withSimulationPaths(100));
        assertEquals(Ets.Options.defaults(), o);
        AutoEts.Options a = AutoEts.Options.defaults();
        assertEquals(new AutoEts.Options(o.withStrict(true), AutoEts.Criterion.BIC, true, 2),
                a.withFitting(o.withStrict(true)).withCriterion(AutoEts.Criterion.BIC)
                        .withAllowMultiplicativeTrend(true).withThreads(2));
        assertEquals(AutoEts.Options.defaults(), a);
    }

    @Test
    void fit_converged_strictAccepts() {
        EtsModel m = Ets.fit(GAS, 4, EtsSpec.of("MAM"), Ets.Options.defaults().withStrict(true));
        assertTrue(m.converged());
        assertTrue(m.iterations() > 1 && m.iterations() < Ets.Options.DEFAULT_MAX_ITERATIONS, "" + m.iterations());
        assertTrue(m.summary().endsWith("Nelder-Mead evaluations " + m.iterations() + ", converged"), m.summary());
    }

    @Test
    void fit_budgetTooSmall_lenientReturnsTheBestPointNotConverged() {
        EtsModel converged = Ets.fit(GAS, 4, EtsSpec.of("MAM"));
        EtsModel stopped = Ets.fit(GAS, 4, EtsSpec.of("MAM"), Ets.Options.defaults().withMaxIterations(30));
        assertFalse(stopped.converged());
        assertTrue(stopped.iterations() > 30 && stopped.iterations() <= 33, "" + stopped.iterations());
        assertTrue(stopped.logLikelihood() < converged.logLikelihood());
        assertTrue(stopped.summary().endsWith("NOT converged (best point found)"), stopped.summary());
    }

    @Test
    void autoEts_strict_appliesToTheChosenModel() {
        // AirPassengers' choice, ETS(M,Ad,M), uses Nelder-Mead's whole budget (as in R)
        double[] air = EtsReferences.series("AirPassengers");
        assertFalse(AutoEts.fit(air, 12).converged());
        ConvergenceException e = assertThrows(ConvergenceException.class, () -> AutoEts.fit(air, 12,
                AutoEts.Options.defaults().withFitting(Ets.Options.defaults().withStrict(true))));
        assertTrue(e.getMessage().startsWith("AutoEts: Nelder-Mead did not converge for the chosen ETS(M,Ad,M)"),
                e.getMessage());
    }
}
