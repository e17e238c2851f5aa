package org.crm4j.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shared test record and the Jarque–Bera test: their rules and a closed form. */
class TestResultTest {

    @Test
    void testResult_blankName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TestResult(" ", 1, 1, 0.5));
        assertTrue(e.getMessage().contains("name must not be null or blank"), e.getMessage());
    }

    @Test
    void testResult_nanStatistic() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TestResult("t", Double.NaN, 1, 0.5));
        assertTrue(e.getMessage().contains("statistic must not be NaN"), e.getMessage());
    }

    @Test
    void testResult_zeroDf() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TestResult("t", 1, 0, 0.5));
        assertTrue(e.getMessage().contains("df must be >= 1, was 0"), e.getMessage());
    }

    @Test
    void testResult_pValueOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TestResult("t", 1, 1, 1.5));
        assertTrue(e.getMessage().contains("pValue must be in [0, 1], was 1.5"), e.getMessage());
    }

    @Test
    void jarqueBera_symmetricTwoPointSample() {
        // ±1 equally often: S = 0, K = 1, JB = n/6 · 4/4 = n/6, p = exp(-n/12)
        double[] x = {1, -1, 1, -1, 1, -1};
        JarqueBera.Result r = JarqueBera.test(x);
        assertEquals(0, r.skewness(), 1e-15);
        assertEquals(1, r.kurtosis(), 1e-15);
        assertEquals(1.0, r.statistic(), 1e-15);
        assertEquals(Math.exp(-0.5), r.pValue(), 1e-15);
        assertEquals(2, r.test().df());
    }

    @Test
    void jarqueBera_constant() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JarqueBera.test(new double[] {2, 2, 2}));
        assertTrue(e.getMessage().contains("x must not be constant"), e.getMessage());
    }

    @Test
    void jarqueBera_tooShort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JarqueBera.test(new double[] {2}));
        assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
    }

    @Test
    void jarqueBera_nonFinite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JarqueBera.test(new double[] {1, Double.POSITIVE_INFINITY, 3}));
        assertTrue(e.getMessage().contains("x[1] must be finite"), e.getMessage());
    }
}
