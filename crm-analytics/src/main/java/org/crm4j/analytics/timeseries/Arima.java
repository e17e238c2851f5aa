package org.crm4j.analytics.timeseries;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.SingularMatrixException;
import org.crm4j.analytics.internal.Checks;

/**
 * Seasonal ARIMA(p, d, q)(P, D, Q)[s] by exact Gaussian maximum likelihood, the method and conventions of R's
 * {@code stats::arima} (and {@code forecast::Arima} for the drift).
 *
 * <p><b>Model.</b> {@code phi(B) Phi(B^s) (1-B)^d (1-B^s)^D (y_t - mu - delta t) = theta(B) Theta(B^s) e_t} with
 * Gaussian white noise {@code e_t} of variance sigma²; see {@link ArimaSpec}.
 *
 * <p><b>Method.</b> The series (and the regression column) is differenced, which is the exact form of R's diffuse
 * prior on the integrated components. The differenced ARMA is put in the state-space form of Gardner, Harvey and
 * Phillips (1980) and its exact likelihood, concentrated over sigma², is computed by the Kalman filter started
 * from the stationary state covariance (Gardner's Q0). With the default {@link ArimaMethod#CSS_ML}, conditional
 * sum-of-squares estimates give the starting values; AR blocks are then optimised in Jones' (1980)
 * unconstrained partial-autocorrelation form, which keeps them stationary, by BFGS with numerical gradients;
 * MA blocks are made invertible before and after the optimisation (R's {@code maInvert}). Standard errors come
 * from the numerical Hessian in the unconstrained coordinates mapped back by the Jacobian of the transform, and
 * sigma² is the likelihood estimate {@code S / m}. See {@link ArimaModel} for AIC, AICc and BIC.
 *
 * <p><b>Convergence.</b> Every model reports {@link ArimaModel#converged()} and {@link ArimaModel#iterations()}.
 * When BFGS exhausts {@link ArimaSpec#maxIterations()}, the best point found is returned with
 * {@code converged() == false} (R warns with {@code optim} code 1), unless {@link ArimaSpec#strict()} asks for a
 * {@link ConvergenceException}. A singular or indefinite Hessian at the optimum (no standard errors) is always a
 * {@link SingularMatrixException} naming the parameter.
 *
 * <p><b>Limitations.</b> No missing values (remove or impute them first); no external regressors other than
 * the mean and the drift; no fixed coefficients. The CSS-ML path fails, as R does, when the CSS estimate of an
 * AR block is not stationary (use {@link ArimaMethod#ML} then).
 *
 * <pre>{@code
 * ArimaModel airline = Arima.fit(logPassengers, ArimaSpec.of(0, 1, 1).withSeasonal(0, 1, 1, 12));
 * double theta = airline.coefficients().get("ma1");       // about -0.40
 * Forecast next = airline.forecast(12);                    // 80 % and 95 % intervals
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>G. Gardner, A. C. Harvey, G. D. A. Phillips (1980), Algorithm AS 154: An algorithm for exact maximum
 *       likelihood estimation of autoregressive-moving average models by means of Kalman filtering, Applied
 *       Statistics 29, 311–322.</li>
 *   <li>R. H. Jones (1980), Maximum likelihood fitting of ARMA models to time series with missing observations,
 *       Technometrics 22, 389–395.</li>
 *   <li>J. Durbin, S. J. Koopman (2012), Time Series Analysis by State Space Methods, 2nd ed., Oxford.</li>
 *   <li>R Core Team, {@code stats::arima} (R 4.2.2), and R. J. Hyndman et al., {@code forecast::Arima} (8.20).</li>
 * </ol>
 *
 * @see ArimaSpec
 */
public final class Arima {

    private Arima() {
    }

    /**
     * Fits the model.
     *
     * @param y    the series in time order, finite (not modified)
     * @param spec the model (validated here)
     * @return the fitted model
     * @throws IllegalArgumentException when {@code y} is null, has a non-finite value, is too short for the order
     *                                  (see {@link #minimumLength}) or is constant (after differencing), or
     *                                  {@code spec} is null
     * @throws ConvergenceException     when {@code spec.strict()} and BFGS exhausts {@code spec.maxIterations()}, or
     *                                  the CSS AR estimate is not stationary (CSS-ML)
     * @throws SingularMatrixException  when the Hessian at the optimum is singular or not positive definite (the
     *                                  message names the parameter)
     */
    public static ArimaModel fit(double[] y, ArimaSpec spec) {
        return ArimaEstimation.complete(estimate(y, spec));
    }

    /**
     * The checks and the estimation of {@link #fit(double[], ArimaSpec)}, without the completion (Hessian,
     * standard errors, final filter) that {@link ArimaEstimation#complete} adds; {@code AutoArima} completes only
     * the candidates it may select.
     *
     * @throws IllegalArgumentException as {@link #fit(double[], ArimaSpec)}
     * @throws ConvergenceException     as {@link #fit(double[], ArimaSpec)}, except the final filter's failure
     */
    static ArimaEstimation.Estimate estimate(double[] y, ArimaSpec spec) {
        Checks.require(spec != null, "spec must not be null");
        checkSeries(y, spec);
        ArimaEstimation.Estimate estimate = ArimaEstimation.estimate(y.clone(), spec);
        if (spec.strict() && !estimate.converged) {
            throw new ConvergenceException(Checks.message(
                    "%s: BFGS did not converge in %d iterations (maxIterations %d, relative tolerance %s); raise "
                            + "maxIterations or fit with strict = false to accept the best point found",
                    spec.label(), estimate.iterations, spec.maxIterations(), Tolerances.BFGS_REL_TOLERANCE));
        }
        return estimate;
    }

    /**
     * Fits a non-seasonal ARIMA(p, d, q) with R's defaults ({@link ArimaSpec#of}).
     *
     * @param y the series in time order, finite (not modified)
     * @param p AR order
     * @param d differences
     * @param q MA order
     * @return the fitted model
     * @throws IllegalArgumentException as {@link #fit(double[], ArimaSpec)}
     * @throws ConvergenceException     as {@link #fit(double[], ArimaSpec)}
     */
    public static ArimaModel fit(double[] y, int p, int d, int q) {
        return fit(y, ArimaSpec.of(p, d, q));
    }

    /**
     * The shortest series {@link #fit} accepts for a spec: the observations lost to differencing and to the CSS
     * conditioning, {@code d + sD + p + sP}, plus the number of coefficients plus 2 (so that the AICc is
     * defined).
     *
     * @param spec the spec
     * @return the minimum length
     */
    public static int minimumLength(ArimaSpec spec) {
        int s = spec.effectivePeriod();
        return spec.d() + s * spec.seasonalD() + spec.p() + s * spec.seasonalP() + spec.coefficientCount() + 2;
    }

    static void checkSeries(double[] y, ArimaSpec spec) {
        int n = Checks.requireFiniteVector(y, "y");
        int min = minimumLength(spec);
        Checks.require(n >= min,
                "y must have at least %d observations for %s (d + sD + p + sP + coefficients + 2), was %d",
                min, spec.label(), n);
        boolean constant = true;
        for (int i = 1; i < n && constant; i++) {
            constant = y[i] == y[0];
        }
        Checks.require(!constant, "y must not be constant, all %d values were %s", n, y[0]);
        double[] dy = ArimaProblem.difference(y,
                ArimaProblem.differencingPolynomial(spec.d(), spec.seasonalD(), spec.effectivePeriod()));
        boolean flat = true;
        for (int i = 1; i < dy.length && flat; i++) {
            flat = Math.abs(dy[i] - dy[0]) <= Tolerances.FLAT_SERIES * Math.max(1, Math.abs(dy[0]));
        }
        boolean regression = spec.hasMean() || spec.includeDrift();
        Checks.require(!flat || !(regression || dy[0] == 0),
                "y must not be constant after differencing (d = %d, D = %d): every differenced value was %s, "
                        + "so %s fits exactly",
                spec.d(), spec.seasonalD(), dy[0], spec.label());
    }
}
