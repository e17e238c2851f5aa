package org.crm4j.analytics.linalg;

import java.util.Arrays;

/**
 * Singular values of a small dense matrix by one-sided Jacobi rotations (Hestenes' method): pairs of columns are
 * rotated until all are mutually orthogonal, and the singular values are then the column norms.
 *
 * <p>Method: for each pair of columns {@code (a_i, a_j)} with {@code α = ‖a_i‖², β = ‖a_j‖², γ = a_iᵀa_j}, a plane
 * rotation by {@code t = sign(ζ)/(|ζ| + √(1 + ζ²))}, {@code ζ = (β - α)/(2γ)}, makes them orthogonal; sweeps over all
 * pairs repeat until no pair has {@code |γ| > ε √(αβ)}. Each sweep costs about {@code 3 m n²} flops for an m × n
 * matrix; a handful of sweeps suffice (convergence is quadratic). Unlike bidiagonalisation, one-sided Jacobi computes
 * every singular value, also the smallest, to high <em>relative</em> accuracy when the matrix is ill-conditioned only
 * because of the scaling of its columns (a regression design with a column of years next to a column of ones), which
 * is what a condition number of such a design needs.
 *
 * <p>References: M. R. Hestenes, Inversion of matrices by biorthogonalization and related results, <i>J. SIAM</i> 6
 * (1958) 51–90; J. Demmel and K. Veselić, Jacobi's method is more accurate than QR, <i>SIAM J. Matrix Anal. Appl.</i>
 * 13 (1992) 1204–1245; Golub and Van Loan, <i>Matrix Computations</i>, 4th ed., §8.6.4.
 */
public final class SingularValues {

    /** Columns count as orthogonal when {@code |a_iᵀa_j| <= ORTHOGONALITY √(‖a_i‖²‖a_j‖²)}: machine epsilon. */
    private static final double ORTHOGONALITY = 0x1p-52;
    /** Sweeps before giving up; convergence takes fewer than 10 for the matrices met here (p ≤ a few hundred). */
    private static final int MAX_SWEEPS = 60;

    private SingularValues() {
    }

    /**
     * Computes the singular values of an m × n matrix with {@code m >= n}.
     *
     * @param a    the matrix, row-major, length {@code m n} (not modified)
     * @param rows m
     * @param cols n, at most m
     * @return the n singular values in decreasing order, {@code >= 0}
     * @throws IllegalArgumentException when the shape is inconsistent
     * @throws IllegalStateException when the rotations have not converged after 60 sweeps (not met in practice)
     */
    public static double[] of(double[] a, int rows, int cols) {
        if (cols < 1 || rows < cols || a.length != rows * cols) {
            throw new IllegalArgumentException("a must be m x n with m >= n >= 1, was " + a.length + " values for "
                    + rows + " x " + cols);
        }
        double[][] col = new double[cols][rows]; // columns contiguous
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                col[j][i] = a[i * cols + j];
            }
        }
        boolean rotated = true;
        for (int sweep = 0; rotated; sweep++) {
            if (sweep == MAX_SWEEPS) {
                throw new IllegalStateException("one-sided Jacobi did not converge in " + MAX_SWEEPS + " sweeps");
            }
            rotated = false;
            for (int i = 0; i < cols - 1; i++) {
                for (int j = i + 1; j < cols; j++) {
                    rotated |= orthogonalise(col[i], col[j]);
                }
            }
        }
        double[] s = new double[cols];
        for (int j = 0; j < cols; j++) {
            double norm = 0;
            for (double v : col[j]) {
                norm = Math.hypot(norm, v);
            }
            s[j] = norm;
        }
        Arrays.sort(s);
        for (int i = 0, k = cols - 1; i < k; i++, k--) {
            double t = s[i];
            s[i] = s[k];
            s[k] = t;
        }
        return s;
    }

    /** Rotates columns u and v to orthogonality; returns whether they were not already orthogonal. */
    private static boolean orthogonalise(double[] u, double[] v) {
        double alpha = 0;
        double beta = 0;
        double gamma = 0;
        for (int k = 0; k < u.length; k++) {
            alpha += u[k] * u[k];
            beta += v[k] * v[k];
            gamma += u[k] * v[k];
        }
        if (gamma == 0 || Math.abs(gamma) <= ORTHOGONALITY * Math.sqrt(alpha) * Math.sqrt(beta)) {
            return false;
        }
        double zeta = (beta - alpha) / (2 * gamma);
        // the smaller root of t² + 2ζt - 1 = 0; hypot keeps ζ² from overflowing
        double t = zeta == 0 ? 1 : Math.signum(zeta) / (Math.abs(zeta) + Math.hypot(1, zeta));
        double c = 1 / Math.sqrt(1 + t * t);
        double s = c * t;
        for (int k = 0; k < u.length; k++) {
            double uk = u[k];
            double vk = v[k];
            u[k] = c * uk - s * vk;
            v[k] = s * uk + c * vk;
        }
        return true;
    }
}
