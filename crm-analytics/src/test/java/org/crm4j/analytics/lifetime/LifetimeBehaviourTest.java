package org.crm4j.analytics.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.SingularMatrixException;
import org.junit.jupiter.api.Test;

/** Numerical edge cases, failure modes and immutability of the lifetime models. */
class LifetimeBehaviourTest {

    @Test
    void bgNbdFit_largeFrequencyDoesNotOverflow() {
        Cdnow d = Cdnow.load();
        int n = d.x.length;
        double[] x = Arrays.copyOf(d.x, n + 1);
        double[] tx = Arrays.copyOf(d.tx, n + 1);
        double[] age = Arrays.copyOf(d.age, n + 1);
        x[n] = 10_000;
        tx[n] = 38.5;
        age[n] = 38.86;
        BgNbdModel m = BgNbd.fit(x, tx, age);
        assertTrue(m.converged(), m::summary);
        assertTrue(Double.isFinite(m.logLikelihood()));
        for (double se : m.standardErrors()) {
            assertTrue(Double.isFinite(se) && se > 0, m::summary);
        }
        double p = m.probabilityAlive(10_000, 38.5, 38.86);
        assertTrue(p > 0 && p < 1);
        assertTrue(Double.isFinite(m.conditionalExpectedPurchases(52, 10_000, 38.5, 38.86)));
    }

    @Test
    void bgNbdFit_unidentifiedDropoutDoesNotConvergeAndHasNoStandardErrors() {
        // five customers who all bought at the very end: nothing tells when (or whether) anyone drops out, so
        // the estimate runs to the boundary and the information there is not positive definite
        double[] five = {5, 5, 5, 5, 5};
        BgNbdModel m = BgNbd.fit(new double[] {1, 2, 3, 1, 2}, five, five);
        assertTrue(!m.converged(), m::summary);
        assertTrue(Arrays.stream(m.standardErrors()).anyMatch(Double::isNaN), m::summary);
        assertThrows(ConvergenceException.class, () -> BgNbd.fit(new double[] {1, 2, 3, 1, 2}, five, five,
                BgNbd.Options.defaults().withStrict(true)));
    }

    @Test
    void standardErrors_singularInformationAtAConvergedEstimateNamesTheParameter() {
        // r and alpha perfectly confounded: the second pivot of the information vanishes
        double[][] hessian = {{-4, -2, 0}, {-2, -1, 0}, {0, 0, -3}};
        NewtonMaximizer.Result fit = new NewtonMaximizer.Result(new double[] {1, 2, 3}, -10, hessian, 5, true);
        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> NewtonMaximizer.standardErrors(fit, new String[] {"r", "alpha", "a"}, "BG/NBD"));
        assertTrue(e.getMessage().contains("BG/NBD: the observed information is not positive definite"),
                e.getMessage());
        assertTrue(e.getMessage().contains("pivot of parameter alpha"), e.getMessage());
    }

    @Test
    void standardErrors_areTheSquareRootsOfTheInverseInformation() {
        // -H = [[4, 2], [2, 3]], inverse = [[3, -2], [-2, 4]] / 8
        double[][] hessian = {{-4, -2}, {-2, -3}};
        NewtonMaximizer.Result fit = new NewtonMaximizer.Result(new double[] {1, 2}, -10, hessian, 5, true);
        double[] se = NewtonMaximizer.standardErrors(fit, new String[] {"p", "q"}, "test");
        assertEquals(Math.sqrt(3.0 / 8), se[0], 1e-15);
        assertEquals(Math.sqrt(4.0 / 8), se[1], 1e-15);
    }

    @Test
    void gammaGammaFit_identicalValuesDoNotConverge() {
        double[] x = {1, 2, 3, 1, 2};
        double[] z = {5, 5, 5, 5, 5};
        GammaGammaModel lenient = GammaGamma.fit(x, z);
        assertTrue(!lenient.converged(), lenient::summary);
        assertTrue(lenient.summary().contains("(not converged)"));
        ConvergenceException e = assertThrows(ConvergenceException.class,
                () -> GammaGamma.fit(x, z, GammaGamma.Options.defaults().withStrict(true)));
        assertTrue(e.getMessage().startsWith("Gamma-Gamma: Newton's method did not converge"), e.getMessage());
    }

    @Test
    void fits_leaveTheirInputsUntouched() {
        Cdnow d = Cdnow.load();
        Cdnow copy = Cdnow.load();
        BgNbd.fit(d.x, d.tx, d.age);
        double[][] repeat = d.repeatCustomers();
        double[][] repeatCopy = d.repeatCustomers();
        GammaGamma.fit(repeat[0], repeat[1]);
        assertArrayEquals(copy.x, d.x);
        assertArrayEquals(copy.tx, d.tx);
        assertArrayEquals(copy.age, d.age);
        assertArrayEquals(repeatCopy[0], repeat[0]);
        assertArrayEquals(repeatCopy[1], repeat[1]);
    }

    @Test
    void models_handOutCopiesOfTheirStandardErrors() {
        Cdnow d = Cdnow.load();
        BgNbdModel m = BgNbd.fit(d.x, d.tx, d.age);
        double[] se = m.standardErrors();
        se[0] = -1;
        assertTrue(m.standardErrors()[0] > 0);
        double[][] repeat = d.repeatCustomers();
        GammaGammaModel g = GammaGamma.fit(repeat[0], repeat[1]);
        double[] gse = g.standardErrors();
        gse[2] = -1;
        assertTrue(g.standardErrors()[2] > 0);
    }

    @Test
    void bgNbdFit_changingTheTimeUnitScalesOnlyAlpha() {
        // CDNOW in days instead of weeks: λ is per day, so α (a time) is 7 times larger and r, a, b are unchanged
        Cdnow d = Cdnow.load();
        double[] txDays = Arrays.stream(d.tx).map(v -> 7 * v).toArray();
        double[] ageDays = Arrays.stream(d.age).map(v -> 7 * v).toArray();
        BgNbdModel weeks = BgNbd.fit(d.x, d.tx, d.age);
        BgNbdModel days = BgNbd.fit(d.x, txDays, ageDays);
        assertEquals(weeks.r(), days.r(), 1e-9 * weeks.r());
        assertEquals(7 * weeks.alpha(), days.alpha(), 1e-9 * days.alpha());
        assertEquals(weeks.a(), days.a(), 1e-8 * weeks.a());
        assertEquals(weeks.b(), days.b(), 1e-8 * weeks.b());
        assertEquals(weeks.probabilityAlive(2, 30.43, 38.86), days.probabilityAlive(2, 7 * 30.43, 7 * 38.86), 1e-9);
        assertEquals(weeks.conditionalExpectedPurchases(52, 2, 30.43, 38.86),
                days.conditionalExpectedPurchases(364, 2, 7 * 30.43, 7 * 38.86), 1e-8);
    }

    @Test
    void bgNbd_expectationsAtZeroHorizonAreZero() {
        BgNbdModel m = BgNbdModel.withParameters(0.243, 4.414, 0.793, 2.426);
        assertEquals(0.0, m.expectedPurchases(0));
        assertEquals(0.0, m.conditionalExpectedPurchases(0, 3, 20, 30));
    }

    @Test
    void bgNbd_noSingularityAtAEqualToOne() {
        // (a - 1) divides the closed form; the evaluation through H has no removable singularity there
        BgNbdModel below = BgNbdModel.withParameters(0.5, 5, 1 - 1e-9, 2);
        BgNbdModel at = BgNbdModel.withParameters(0.5, 5, 1, 2);
        BgNbdModel above = BgNbdModel.withParameters(0.5, 5, 1 + 1e-9, 2);
        double value = at.conditionalExpectedPurchases(40, 2, 10, 30);
        assertTrue(Double.isFinite(value) && value > 0);
        assertEquals(value, below.conditionalExpectedPurchases(40, 2, 10, 30), 1e-8 * value);
        assertEquals(value, above.conditionalExpectedPurchases(40, 2, 10, 30), 1e-8 * value);
    }
}
