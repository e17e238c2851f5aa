package org.crm4j.analytics.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Closed-form values of Abramowitz & Stegun 6.3.2, 6.3.3, 6.4.2, 6.4.4 and the recurrences 6.3.5, 6.4.6. */
class PolygammaTest {

    private static final double EULER = 0.57721566490153286060651209008240243;

    @Test
    void digamma_closedForms() {
        // the upward recurrence from 1 to 10 sums terms of size ~3 to a result of 0.58: a few ulps of 3
        assertEquals(-EULER, Polygamma.digamma(1), 3e-15);
        assertEquals(-EULER - 2 * Math.log(2), Polygamma.digamma(0.5), 3e-15);
        double harmonic = 0;
        for (int n = 1; n <= 30; n++) {
            harmonic += 1.0 / n;
            double expected = harmonic - EULER;
            assertEquals(expected, Polygamma.digamma(n + 1), 3e-15 * Math.max(1, Math.abs(expected)), "n = " + n);
        }
        // ψ(x) = ψ(x + 1) - 1/x near 0
        assertEquals(Polygamma.digamma(1.001) - 1 / 0.001, Polygamma.digamma(0.001), 1e-12);
    }

    @Test
    void trigamma_closedForms() {
        assertEquals(Math.PI * Math.PI / 6, Polygamma.trigamma(1), 2e-15);
        assertEquals(Math.PI * Math.PI / 2, Polygamma.trigamma(0.5), 5e-15);
        double sum = 0;
        for (int n = 1; n <= 30; n++) {
            sum += 1.0 / ((double) n * n);
            double expected = Math.PI * Math.PI / 6 - sum;
            assertEquals(expected, Polygamma.trigamma(n + 1), 2e-14 * expected, "n = " + n);
        }
        // large argument: ψ'(x) ≈ 1/x + 1/(2x²) + 1/(6x³), next term 3e-22
        assertEquals(1e-4 + 0.5e-8 + 1 / 6e12, Polygamma.trigamma(1e4), 1e-19);
    }
}
