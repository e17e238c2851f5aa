package org.crm4j.analytics.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.cluster.Standardizer;
import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;

/**
 * The module's shape (crm-analytics/README.md, "How every algorithm looks") for the linear SVM: {@code fit(x, y,
 * Options)} plus a short overload, options validated in the record's constructor with {@code with...} copies, the
 * convergence policy ({@code converged()}, {@code iterations()}, {@code strict}), {@code threads} (results
 * independent of it), {@code seed} (default 42) and an immutable model with a {@code summary()}.
 */
class SvmShapeTest {

    private static final double[][] WINE = Standardizer.fit(Datasets.wine().x()).transform(Datasets.wine().x());
    private static final int[] WINE_Y = Datasets.wine().y();

    @Test
    void fit_shortOverload_isFitWithDefaultOptions() {
        assertArrayEquals(LinearSvm.fit(WINE, WINE_Y, LinearSvm.Options.defaults()).coefficients(),
                LinearSvm.fit(WINE, WINE_Y).coefficients());
    }

    @Test
    void options_defaults_followTheModuleConventionsAndLinearSvc() {
        LinearSvm.Options o = LinearSvm.Options.defaults();

        assertEquals(new LinearSvm.Options(1.0, 1e-4, 1000, 42L, 0, false), o);
        assertEquals(LinearSvm.DEFAULT_SEED, o.seed());
    }

    @Test
    void options_withCopies_changeOneComponentAndLeaveTheOriginal() {
        LinearSvm.Options o = LinearSvm.Options.defaults();

        assertEquals(new LinearSvm.Options(0.5, 1e-4, 1000, 42L, 0, false), o.withC(0.5));
        assertEquals(LinearSvm.Options.of(0.5), o.withC(0.5));
        assertEquals(1e-6, o.withTolerance(1e-6).tolerance());
        assertEquals(7, o.withMaxIterations(7).maxIterations());
        assertEquals(9L, o.withSeed(9L).seed());
        assertEquals(2, o.withThreads(2).threads());
        assertTrue(o.withStrict(true).strict());
        assertEquals(LinearSvm.Options.defaults(), o);
    }

    @Test
    void options_invalid_refusedInTheConstructor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LinearSvm.Options(-1, 1e-4, 1000, 42L, 0, false));
        assertEquals("c must be finite and > 0, was -1.0", e.getMessage());
    }

    @Test
    void fit_converges_reportsIterations() {
        LinearSvmModel m = LinearSvm.fit(WINE, WINE_Y, LinearSvm.Options.defaults().withStrict(true));

        assertTrue(m.converged());
        assertTrue(m.iterations() > 1 && m.iterations() < 1000, "iterations " + m.iterations());
        assertTrue(m.summary().contains("converged"), m.summary());
    }

    @Test
    void fit_budgetTooSmall_lenientReportsNotConverged() {
        LinearSvmModel m = LinearSvm.fit(WINE, WINE_Y, LinearSvm.Options.defaults().withMaxIterations(2));

        assertFalse(m.converged());
        assertEquals(2, m.iterations());
        assertTrue(m.summary().contains("NOT converged"), m.summary());
    }

    @Test
    void fit_budgetTooSmall_strictThrows() {
        ConvergenceException e = assertThrows(ConvergenceException.class, () -> LinearSvm.fit(WINE, WINE_Y,
                LinearSvm.Options.defaults().withMaxIterations(2).withStrict(true)));
        assertTrue(e.getMessage().startsWith("linear SVM did not converge in 2 iterations (maxIterations 2, "
                + "tolerance 1.0E-4)"), e.getMessage());
    }

    @Test
    void fit_threadsZero_sameModelAsOneThread() {
        LinearSvmModel all = LinearSvm.fit(WINE, WINE_Y, LinearSvm.Options.defaults().withThreads(0));
        LinearSvmModel one = LinearSvm.fit(WINE, WINE_Y, LinearSvm.Options.defaults().withThreads(1));
        LinearSvmModel three = LinearSvm.fit(WINE, WINE_Y, LinearSvm.Options.defaults().withThreads(3));

        assertArrayEquals(one.coefficients(), all.coefficients());
        assertArrayEquals(one.intercepts(), three.intercepts());
        assertArrayEquals(one.objective(), three.objective());
    }

    @Test
    void fit_otherSeed_sameOptimumToTheTolerance() {
        LinearSvmModel a = LinearSvm.fit(WINE, WINE_Y, LinearSvm.Options.defaults().withTolerance(1e-8));
        LinearSvmModel b = LinearSvm.fit(WINE, WINE_Y, LinearSvm.Options.defaults().withTolerance(1e-8)
                .withSeed(7L));

        assertArrayEquals(a.objective(), b.objective(), 1e-9);
    }

    @Test
    void model_isImmutable() {
        LinearSvmModel m = LinearSvm.fit(WINE, WINE_Y);
        double w = m.coefficients()[1][2];
        double b = m.intercepts()[0];

        m.coefficients()[1][2] = 99;
        m.intercepts()[0] = 99;
        m.objective()[0] = 99;
        m.classes()[0] = 99;

        assertEquals(w, m.coefficients()[1][2]);
        assertEquals(b, m.intercepts()[0]);
        assertArrayEquals(new int[] {0, 1, 2}, m.classes());
    }

    @Test
    void summary_readsLikeR() {
        String s = LinearSvm.fit(WINE, WINE_Y).summary();

        assertTrue(s.startsWith("Linear SVM (L2-regularised squared hinge, dual coordinate descent), 3 classes "
                + "[0, 1, 2], 13 features"), s);
        assertTrue(s.contains("0 vs rest") && s.contains("2 vs rest"), s);
    }
}
