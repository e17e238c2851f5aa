package org.crm4j.analytics.regression;

/**
 * The numerical thresholds of the regression family, each with the reason for its value. Package-private: the
 * defaults are exposed through the {@code Options} records, the rest are properties of the implementation.
 */
final class Tolerances {

    /**
     * Default relative rank-detection threshold of the pivoted QR: far below the 1e-7 of R's {@code lm}, so that
     * ill-conditioned but full-rank designs such as NIST Filip are fitted, yet ten thousand times the unit
     * round-off, so that exact collinearity is always caught.
     */
    static final double DEFAULT_RANK_TOLERANCE = 1e-12;

    /**
     * Largest rank tolerance (and IRLS convergence tolerance) accepted: a column that keeps 1 % of its norm is
     * clearly not a linear combination of the others, and a relative deviance change of 1 % is no convergence;
     * larger values would silently drop good columns or stop far from the optimum.
     */
    static final double MAX_TOLERANCE = 1e-2;

    /**
     * Iterative refinement of the least-squares solution runs when some column keeps less than this fraction of its
     * norm after the others are projected out, i.e. when the condition number of the equilibrated design exceeds
     * about 100 and {@code κ²ε} reaches 1e-12.
     */
    static final double REFINEMENT_THRESHOLD = 1e-2;

    /**
     * OLS tries the normal equations from this many rows on: below, a fit takes microseconds to milliseconds by QR
     * anyway, and the small reference problems (NIST StRD, R, statsmodels) keep the QR's last digits.
     */
    static final int NORMAL_EQUATIONS_MIN_ROWS = 10_000;

    /**
     * The normal-equations factor is kept only when every pivot column keeps at least this fraction of its norm
     * (equilibrated condition number below about 10, so that the squared condition number costs at most about two
     * digits against the QR: κ²ε ≲ 1e-14); otherwise the QR recomputes it.
     */
    static final double NORMAL_EQUATIONS_MIN_RATIO = 0.1;

    /**
     * Default IRLS convergence tolerance on the relative deviance change {@code |D - D_old| / (|D| + 0.1)}: R's
     * {@code glm} uses 1e-8; two more digits make the coefficients agree with R's and statsmodels' to about 1e-9.
     */
    static final double DEFAULT_IRLS_TOLERANCE = 1e-10;

    /**
     * A step of IRLS is accepted when the deviance does not grow by more than this relative amount; larger growth
     * halves the step. Four thousand rounding units: deviance sums of thousands of terms round at about that level,
     * and treating rounding as growth would halve steps needlessly at the optimum.
     */
    static final double DEVIANCE_GROWTH = 1e-12;

    /**
     * |η| beyond which a fitted probability is numerically 0 or 1: {@code 1 / (1 + e^30)} is about 1e-13, the
     * point where the binomial weights {@code μ(1 - μ)} lose all their digits to rounding.
     */
    static final double SEPARATION_ETA = 30;

    /**
     * A deviance below this with every observation classified correctly is complete separation reached before
     * |η| exceeds {@link #SEPARATION_ETA}: a real (non-separated) fit of 0/1 data has a deviance of order 1 or
     * more, and this leaves six orders of magnitude between the two.
     */
    static final double SEPARATED_DEVIANCE = 1e-6;

    private Tolerances() {
    }
}
