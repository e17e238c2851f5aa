package org.crm4j.analytics.regression;

import org.crm4j.analytics.SingularMatrixException;
import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.linalg.PivotedQR;
import org.crm4j.analytics.linalg.TallQR;
import org.crm4j.analytics.linalg.Workers;

/**
 * Ordinary and weighted least squares with full classical inference, as R's {@code lm} and statsmodels' {@code OLS}
 * / {@code WLS}: coefficients, standard errors, t-tests, confidence intervals, R², adjusted R² and the overall F-test.
 *
 * <p>Method: with an intercept, x and y are centred on their (weighted) means. The triangular factor {@code R} of
 * {@code [X | y]} is accumulated by Householder reflections over row blocks ({@link TallQR}: TSQR, cache-resident
 * whatever n, about {@code 2np²} flops); then a scale-invariant column-pivoted Householder QR of {@code R}
 * ({@link PivotedQR}) detects the numerical rank and solves
 * {@code R b = Qᵀy}. The normal equations {@code XᵀX} are never formed. Residuals are recomputed from the data as
 * {@code y - Xb}. When the pivoting shows an equilibrated condition number above about 100, one step of iterative
 * refinement by the corrected semi-normal equations follows, with the residual and {@code Xᵀr} accumulated in
 * double-double arithmetic on the original (uncentred) data: it removes the {@code κ(X)² ε ‖r‖} error term of
 * large-residual problems. Measured on the 11 NIST StRD linear data sets: at least 7.9 correct digits on every
 * certified value of Filip and at least 12 on all the others (the tests print the table). Filip's ceiling is the
 * data, not the solver: its design columns x, x², ..., x¹⁰ cannot be held in double without rounding, and the exact
 * least-squares solution of the rounded design (computed in 80-digit arithmetic) agrees with the certificate to the
 * same 7.9 digits (7.6 even with correctly rounded powers). Standard errors are {@code σ √diag((XᵀWX)⁻¹)} with
 * {@code (XᵀWX)⁻¹ = R⁻¹R⁻ᵀ}; the intercept's comes from the centred fit as {@code aᵀ(X_cᵀWX_c)⁻¹a}.
 *
 * <p>Tall, well-conditioned designs (at least 10 000 rows) take the normal equations instead of the QR: the centred
 * Gram matrix of {@code [X | y]} is accumulated block by block in a register-blocked kernel and factored by Cholesky
 * ({@link TallQR#ofGram}), half the flops of the QR and about twice as fast on the 1e6 × 50 benchmark. Squaring the
 * condition number costs digits, so that factor is kept only when its pivoted QR shows every pivot column keeping at
 * least a tenth of its norm (equilibrated condition number below about 10, {@code κ²ε ≲ 1e-14}: the coefficients
 * agree with the QR's to about 12 digits); otherwise, and when the Cholesky factorisation breaks down, the QR above
 * recomputes the factor. Smaller problems, among them every NIST, R and statsmodels reference, always use the QR.
 *
 * <p>Cost and threads: one primitive pass to validate, one pass through the blocked QR (which also finds the means),
 * one for the residuals, and one more with double-double sums only when refinement is needed; about {@code 2np²}
 * flops in all. The validation, the row blocks of the QR and the residuals run on {@link Options#threads()} threads
 * (by default the available processors): the rows are cut into at most 64 segments by n and p alone, and the
 * segments' triangles and sums are combined in segment order, so the fit is bit-for-bit the same whatever the number
 * of threads. Extra memory O(p²) per
 * segment plus one 64 KiB block per thread and the two result vectors of length n.
 *
 * <p>Rank deficiency is an error, not a silent NaN (R's choice): a column whose part orthogonal to the columns before
 * it in pivot order is at most {@link Options#rankTolerance()} times its own norm makes {@code fit} throw a
 * {@link SingularMatrixException} naming that column (for example an exact duplicate, or a dummy variable for every
 * level next to the intercept). Pivoting on relative norms makes the result invariant to the scaling of columns.
 *
 * <p>Weights: with weights {@code w_i}, the fit minimises {@code Σ w_i (y_i - x_iᵀb)²} (R's {@code lm(weights=)}):
 * residuals and fitted values are on the original scale, the residual sum of squares, R² and σ are weighted;
 * observations of weight 0 count for nothing, also in the degrees of freedom.
 *
 * <pre>{@code
 * double[][] x = {{1, 2}, {2, 1}, {3, 5}, {4, 3}, {5, 6}};
 * double[] y = {3.1, 3.9, 8.2, 7.8, 11.1};
 * LinearModel m = LinearRegression.fit(x, y);
 * double slope = m.coefficients()[1];          // intercept first
 * double[][] ci = m.confidenceIntervals(0.95);
 * System.out.println(m.summary());
 * }</pre>
 *
 * <p>References: G. H. Golub and C. F. Van Loan, <i>Matrix Computations</i>, 4th ed., §5.3 (least squares by QR);
 * Å. Björck, <i>Numerical Methods for Least Squares Problems</i>, SIAM 1996, §2.4; NIST StRD linear regression
 * data sets (Norris, Pontius, NoInt1–2, Filip, Longley, Wampler1–5).
 *
 * @see LogisticRegression
 */
public final class LinearRegression {

    /**
     * Options of the fit.
     *
     * @param intercept     whether a constant column is added in front of x (default true)
     * @param rankTolerance relative remaining-norm threshold below which a column counts as a linear combination of
     *                      the others, in (0, 1e-2] (default 1e-12: far below the 1e-7 of R's {@code lm}, so that
     *                      ill-conditioned but full-rank designs such as NIST Filip are fitted, yet well above
     *                      rounding, so that exact collinearity is always caught)
     * @param threads       the number of threads that factor the row blocks: 0 (the default) for all available
     *                      processors, {@code n ≥ 1} for exactly {@code n}; the rows are cut into segments by their
     *                      number only and the segments' triangles are combined in a fixed order, so the result does
     *                      not depend on it
     */
    public record Options(boolean intercept, double rankTolerance, int threads) {

        /**
         * Validates the options.
         *
         * @throws IllegalArgumentException when {@code rankTolerance} is outside (0, 1e-2] or {@code threads < 0}
         */
        public Options {
            Checks.require(rankTolerance > 0 && rankTolerance <= Tolerances.MAX_TOLERANCE,
                    "rankTolerance must be in (0, 1e-2], was %s", rankTolerance);
            Checks.requireThreads(threads);
        }

        /** @return an intercept, a rank tolerance of 1e-12 and all available processors ({@code threads} 0) */
        public static Options defaults() {
            return new Options(true, Tolerances.DEFAULT_RANK_TOLERANCE, 0);
        }

        /**
         * @param intercept whether to add a constant column
         * @return a copy with that setting
         */
        public Options withIntercept(boolean intercept) {
            return new Options(intercept, rankTolerance, threads);
        }

        /**
         * @param rankTolerance the relative threshold of rank detection, in (0, 1e-2]
         * @return a copy with that tolerance
         * @throws IllegalArgumentException when out of range
         */
        public Options withRankTolerance(double rankTolerance) {
            return new Options(intercept, rankTolerance, threads);
        }

        /**
         * @param threads the number of threads that factor the row blocks, 0 for all available processors; the fit
         *                is bit-for-bit the same whatever their number
         * @return a copy with that number
         * @throws IllegalArgumentException when {@code threads < 0}
         */
        public Options withThreads(int threads) {
            return new Options(intercept, rankTolerance, threads);
        }
    }

    /** Smallest chunk of rows of the parallel finiteness scan. */
    private static final int SCAN_CHUNK = 65_536;

    private LinearRegression() {
    }

    /**
     * Primitive-only scan; the shared checks run only to report a problem. (Measured on 1e6 × 50:
     * {@link Checks#requireFiniteMatrix} still boxes the row index of its per-row checks, 16 MB per call, and takes
     * 25% longer.)
     */
    static int requireFiniteMatrix(double[][] x, String name) {
        return requireFiniteMatrix(x, name, 1);
    }

    /** As {@link #requireFiniteMatrix(double[][], String)}, scanning chunks of rows on up to {@code threads}. */
    static int requireFiniteMatrix(double[][] x, String name, int threads) {
        if (x == null || x.length == 0 || x[0] == null || x[0].length == 0) {
            return Checks.requireFiniteMatrix(x, name);
        }
        int n = x.length;
        int p = x[0].length;
        int chunkRows = Workers.chunkRows(n, SCAN_CHUNK);
        int chunks = (n + chunkRows - 1) / chunkRows;
        boolean[] bad = new boolean[chunks];
        Workers.forEach(chunks, threads,
                c -> bad[c] = !finite(x, p, c * chunkRows, Math.min(n, (c + 1) * chunkRows)));
        for (boolean b : bad) {
            if (b) {
                return Checks.requireFiniteMatrix(x, name); // finds the first offending row or element, and throws
            }
        }
        return p;
    }

    /** @return whether rows {@code [from, to)} are non-null, of length p and finite */
    private static boolean finite(double[][] x, int p, int from, int to) {
        for (int i = from; i < to; i++) {
            double[] row = x[i];
            if (row == null || row.length != p) {
                return false;
            }
            double sum = 0;
            for (double v : row) {
                sum += v * 0.0; // NaN for NaN and ±∞, 0 otherwise
            }
            if (sum != 0) {
                return false;
            }
        }
        return true;
    }

    static void requireFiniteVector(double[] v, String name) {
        if (v == null || v.length == 0) {
            Checks.requireFiniteVector(v, name);
            return;
        }
        double sum = 0;
        for (double e : v) {
            sum += e * 0.0;
        }
        if (sum != 0) {
            Checks.requireFiniteVector(v, name);
        }
    }

    /**
     * Fits {@code y = b0 + x b} by least squares with {@link Options#defaults()}.
     *
     * @param x the predictors, n rows of p finite values, n > p + 1 (not modified)
     * @param y the responses, n finite values (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException  when an argument is null, empty, ragged, non-finite, of the wrong length, or
     *                                   when there are not more rows than coefficients
     * @throws SingularMatrixException if a column of the design is a linear combination of others
     */
    public static LinearModel fit(double[][] x, double[] y) {
        return fit(x, y, null, Options.defaults());
    }

    /**
     * Fits a linear model with the given options.
     *
     * @param x       the predictors, n rows of p finite values (not modified)
     * @param y       the responses, n finite values (not modified)
     * @param options the options, not null
     * @return the fitted model
     * @throws IllegalArgumentException  as {@link #fit(double[][], double[])}
     * @throws SingularMatrixException if a column of the design is a linear combination of others
     */
    public static LinearModel fit(double[][] x, double[] y, Options options) {
        return fit(x, y, null, options);
    }

    /**
     * Fits a weighted linear model: minimises {@code Σ w_i (y_i - b0 - x_iᵀb)²}.
     *
     * @param x       the predictors, n rows of p finite values (not modified)
     * @param y       the responses, n finite values (not modified)
     * @param weights n finite non-negative weights, more positive ones than coefficients; null for unit weights
     *                (not modified)
     * @param options the options, not null
     * @return the fitted model
     * @throws IllegalArgumentException  as {@link #fit(double[][], double[])}, or when a weight is negative or
     *                                   non-finite
     * @throws SingularMatrixException if a column of the weighted design is a linear combination of others
     */
    public static LinearModel fit(double[][] x, double[] y, double[] weights, Options options) {
        return fit(x, y, weights, options, true);
    }

    /**
     * {@link #fit(double[][], double[], double[], Options)}, where {@code normalEquations} false keeps every design
     * on the QR path (the tests compare the two paths).
     */
    static LinearModel fit(double[][] x, double[] y, double[] weights, Options options, boolean normalEquations) {
        Checks.require(options != null, "options must not be null");
        int threads = Checks.resolveThreads(options.threads());
        int p = requireFiniteMatrix(x, "x", threads);
        int n = x.length;
        requireFiniteVector(y, "y");
        Checks.requireLength(y.length, n, "y", "the number of rows of x");
        int k = p + (options.intercept() ? 1 : 0);
        int used = n;
        if (weights != null) {
            Checks.requireLength(weights.length, n, "weights", "the number of rows of x");
            used = 0;
            for (int i = 0; i < n; i++) {
                if (!(Double.isFinite(weights[i]) && weights[i] >= 0)) {
                    Checks.require(false, "weights[%d] must be finite and non-negative, was %s", i, weights[i]);
                }
                if (weights[i] > 0) {
                    used++;
                }
            }
        }
        Checks.require(used > k,
                "x must have more rows (with positive weight) than coefficients: %d rows, %d coefficients",
                used, k);

        // With an intercept, x and y are centred on their (weighted) means, found in the same pass: the QR then works
        // on a much better conditioned matrix (polynomial designs such as NIST Wampler lose digits otherwise), and
        // the intercept and its variance are recovered exactly from the centred fit.
        // Tall, well-conditioned designs take the normal equations (half the flops of the QR, in a faster kernel);
        // their factor is kept only if its pivoted QR shows an equilibrated condition number below about 10, where
        // κ²ε is below 1e-14, else the QR recomputes it (small designs, e.g. the NIST and R references, never try).
        TallQR tall = null;
        PivotedQR qr = null;
        if (normalEquations && n >= Tolerances.NORMAL_EQUATIONS_MIN_ROWS) {
            tall = TallQR.ofGram(x, y, weights, options.intercept(), threads);
            if (tall != null) {
                qr = PivotedQR.of(tall.triangle(), k, options.rankTolerance());
                if (qr.rank() < k || qr.smallestRatio() < Tolerances.NORMAL_EQUATIONS_MIN_RATIO) {
                    tall = null;
                }
            }
        }
        if (tall == null) {
            tall = TallQR.of(x, y, weights, options.intercept(), threads);
            qr = PivotedQR.of(tall.triangle(), k, options.rankTolerance());
        }
        double[] triangle = tall.triangle();
        double[] xMean = tall.xMean();
        double yMean = tall.yMean();
        if (qr.rank() < k) {
            int aliased = qr.aliasedColumn();
            String which = options.intercept() && aliased == 0 ? "the intercept"
                    : Checks.message("column %d of x", aliased - (options.intercept() ? 1 : 0));
            throw new SingularMatrixException(Checks.message(
                    "the design is rank deficient (rank %d of %d coefficients): %s is a linear combination of the "
                            + "other columns to relative tolerance %s; drop it or change the rank tolerance",
                    qr.rank(), k, which, options.rankTolerance()));
        }
        double[] beta = qr.solve();
        double[] unscaledVariance = qr.inverseGramDiagonal();
        if (options.intercept()) {
            // b0 = yMean + c0 - Σ c_j xMean_j, Var(b0) ∝ aᵀ(XᵀWX)⁻¹a with a = (1, -xMean)
            double[] a = new double[k];
            a[0] = 1;
            double b0 = yMean + beta[0];
            for (int j = 0; j < p; j++) {
                a[j + 1] = -xMean[j];
                b0 -= beta[j + 1] * xMean[j];
            }
            beta[0] = b0;
            unscaledVariance[0] = qr.inverseGramQuadratic(a);
        }
        if (qr.smallestRatio() < Tolerances.REFINEMENT_THRESHOLD) {
            Refinement.refine(x, y, weights, xMean, beta, qr);
        }
        return LinearModel.of(x, y, weights, options.intercept(), used, beta, unscaledVariance, qr.rank(), threads,
                qr, triangle, xMean);
    }
}
