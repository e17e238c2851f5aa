package org.crm4j.analytics.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** One-sided Jacobi singular values: closed forms, invariants and shape checks. */
class SingularValuesTest {

    @Test
    void of_twoByTwoClosedForm() {
        // AᵀA = [[25, 20], [20, 25]] has eigenvalues 45 and 5
        double[] s = SingularValues.of(new double[] {3, 0, 4, 5}, 2, 2);
        assertArrayEquals(new double[] {Math.sqrt(45), Math.sqrt(5)}, s, 1e-14);
    }

    @Test
    void of_gradedDiagonalKeepsTheSmallValue() {
        double[] s = SingularValues.of(new double[] {1e-12, 0, 0, 0, 1, 0, 0, 0, 1e8}, 3, 3);
        assertArrayEquals(new double[] {1e8, 1, 1e-12}, s, 0);
    }

    @Test
    void of_sumOfSquaresIsTheFrobeniusNorm() {
        qt().withFixedSeed(7L).withExamples(50).forAll(longs().all(), integers().between(1, 8))
                .checkAssert((seed, n) -> {
                    Random rng = new Random(seed);
                    int m = n + rng.nextInt(4);
                    double[] a = new double[m * n];
                    double frobenius = 0;
                    for (int i = 0; i < a.length; i++) {
                        a[i] = rng.nextGaussian();
                        frobenius += a[i] * a[i];
                    }
                    double[] s = SingularValues.of(a, m, n);
                    double sum = 0;
                    for (int i = 0; i < n; i++) {
                        sum += s[i] * s[i];
                        if (i > 0) {
                            assertEquals(true, s[i] <= s[i - 1], "decreasing");
                        }
                    }
                    assertEquals(frobenius, sum, 1e-12 * frobenius);
                });
    }

    @Test
    void of_wideMatrixRefused() {
        assertThrows(IllegalArgumentException.class, () -> SingularValues.of(new double[6], 2, 3));
    }
}
