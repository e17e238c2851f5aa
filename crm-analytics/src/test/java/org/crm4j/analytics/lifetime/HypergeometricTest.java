package org.crm4j.analytics.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HypergeometricTest {

    /**
     * The measured worst relative error against mpmath over the reference grid (z up to 1 - 1e-8, 26 Taylor steps)
     * is 3.5e-15; the references are evaluated at the doubles the test passes, since near z = 1 one ulp of z moves
     * H by (C-A-B) ulp / (1 - z).
     */
    private static final double RELATIVE = 1e-14;

    @Test
    void h_matchesMpmathOnTheGrid() {
        List<References.Row> rows = References.of("hyp");
        assertEquals(72, rows.size());
        double worst = 0;
        for (References.Row row : rows) {
            double[] v = row.arguments();
            double actual = Hypergeometric.h(v[0], v[1], v[2], v[3]);
            double error = Math.abs(actual - row.value()) / Math.abs(row.value());
            worst = Math.max(worst, error);
            assertEquals(row.value(), actual, RELATIVE * Math.abs(row.value()),
                    () -> "H(" + v[0] + ", " + v[1] + ", " + v[2] + ", " + v[3] + ")");
        }
        assertTrue(worst < RELATIVE);
    }

    @Test
    void hyp2f1_elementaryCases() {
        // 2F1(1, 1; 2; z) = -log(1 - z) / z (Abramowitz & Stegun 15.1.3), on both sides of the series limit
        for (double z : new double[] {0.1, 0.5, 0.75, 0.95, 0.999999}) {
            double expected = -Math.log1p(-z) / z;
            assertEquals(expected, Hypergeometric.hyp2f1(1, 1, 2, z), 1e-14 * expected, "z = " + z);
        }
        // 2F1(a, b; b; z) = (1 - z)^-a (15.1.8)
        for (double z : new double[] {0.2, 0.6, 0.9, 0.9999}) {
            double expected = Math.pow(1 - z, -2.5);
            assertEquals(expected, Hypergeometric.hyp2f1(2.5, 1.7, 1.7, z), 1e-13 * expected, "z = " + z);
        }
        // a negative integer numerator parameter terminates the series:
        // 2F1(-2, b; c; z) = 1 - 2bz/c + b(b+1)z²/(c(c+1))
        double b = 0.7;
        double c = 1.9;
        double z = 0.8;
        double expected = 1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1));
        assertEquals(expected, Hypergeometric.hyp2f1(-2, b, c, z), 1e-15);
    }

    @Test
    void h_atZeroIsZero() {
        assertEquals(0.0, Hypergeometric.h(1.5, -0.3, 2.0, 0.0));
    }

    @Test
    void h_refusesCAtOrBelowMinusOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Hypergeometric.h(1, 1, -1, 0.5));
        assertTrue(e.getMessage().contains("C must be > -1"), e.getMessage());
    }

    @Test
    void h_refusesZOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.h(1, 1, 2, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.h(1, 1, 2, -0.1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Hypergeometric.h(1, 1, 2, Double.NaN));
        assertFalse(e.getMessage().isEmpty());
    }
}
