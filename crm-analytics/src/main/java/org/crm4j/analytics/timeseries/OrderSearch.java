package org.crm4j.analytics.timeseries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.crm4j.analytics.AnalyticsException;

/**
 * The model search of forecast 8.20's {@code auto.arima} once d and D are fixed.
 *
 * <p><b>Scoring</b> (forecast's {@code myarima}). Each candidate is fitted by CSS-ML, or by CSS with the
 * approximation; its score is the AICc {@code aic + 2k(k + 1) / (n* - k - 1)} with {@code k} the coefficients
 * plus one and {@code n* = n - d - D m} (the AIC when {@code n <= 3}); a CSS fit's AIC is
 * {@code offset + n* log sigma² + 2k}. As in R, the correction is not guarded: a zero denominator scores
 * {@code +Infinity} and a negative one lowers the score. A candidate scores {@code +Infinity} (never selected) when
 * its fit fails (including a singular or indefinite Hessian, where R's {@code checkarima} finds a NaN standard
 * error), when its likelihood is not finite, or when a root of its expanded AR or MA polynomial (trailing
 * coefficients below 1e-8 dropped) has modulus below 1.01. A fit whose optimiser stopped at its iteration budget
 * is scored like any other, as R keeps {@code optim}'s code-1 fits.
 *
 * <p><b>Stepwise</b> (Hyndman &amp; Khandakar 2008, section 3.2, in forecast's order). Start from
 * (p, q, P, Q) = (2, 2, 1, 1) (or (1, 1, 0, 0) for fewer than 10 values), capped by the limits, with the constant
 * when it is allowed; then the null model with that constant, (1, 0, 1, 0), (0, 1, 0, 1) (each order only when its
 * limit is positive and seasonal orders only for a period above 1) and the null model without constant. Then, from
 * the best model, try in this order P - 1, Q - 1, P + 1, Q + 1, (P - 1, Q - 1), (P - 1, Q + 1), (P + 1, Q - 1),
 * (P + 1, Q + 1), the same eight moves of (p, q), and finally the constant switched (when d + D &lt;= 1), skipping
 * models already fitted and orders outside [0, limit]; the first strict improvement becomes the new best and the
 * moves restart. The search stops when a full round fits nothing new or after {@code maxModels} fits in all
 * (ties keep the earlier model). With the approximation, every fitted candidate is then refitted by CSS-ML in
 * increasing order of its approximate score (ties in fitting order) and the first with a finite score is returned;
 * when none has one, the best CSS fit is returned as forecast does.
 *
 * <p><b>Exhaustive</b> (forecast's {@code search.arima}). Every (p, q, P, Q) with {@code p + q + P + Q <= maxOrder},
 * looping p, q, P, Q then the constant (without, then with), keeping the first strict improvement. With the
 * approximation only the best is refitted by CSS-ML; when that refit scores {@code +Infinity}, the whole exhaustive
 * search is repeated without the approximation.
 *
 * <p><b>Deferred completion</b> (issue 23). A CSS-ML candidate is scored from its estimate alone (coefficients and
 * log-likelihood); the rest of a fit (the numerical Hessian, a third of the cost of a candidate, and the final
 * filter) is run only when the candidate would become the best so far or be returned, and a candidate whose
 * completion fails then scores {@code +Infinity} exactly as if its fit had failed. A candidate that does not beat
 * the best cannot be selected whatever its completion would give, so the selections are those of completing every
 * candidate. CSS candidates (the approximation) are completed at once, since their scores order the refits.
 */
final class OrderSearch {

    /**
     * One scored candidate: its model, or while {@code pending} is not null only its estimate (see the class comment).
     */
    record Candidate(int p, int q, int sp, int sq, boolean constant, double ic, ArimaModel model,
                     ArimaEstimation.Estimate pending) {

        Candidate(int p, int q, int sp, int sq, boolean constant, double ic, ArimaModel model) {
            this(p, q, sp, sq, constant, ic, model, null);
        }
    }

    /**
     * The search limits after forecast's reductions.
     *
     * @param maxP          largest p
     * @param maxQ          largest q
     * @param maxSP         largest P
     * @param maxSQ         largest Q
     * @param maxOrder      largest p + q + P + Q (exhaustive search)
     * @param maxModels     the stepwise budget of fits, forecast's {@code nmodels}
     * @param allowConstant whether a mean (d + D = 0) or a drift (d + D = 1) is considered
     */
    record Limits(int maxP, int maxQ, int maxSP, int maxSQ, int maxOrder, int maxModels, boolean allowConstant) {
    }

    private final double[] y;
    private final int d;
    private final int seasonalD;
    private final int period;
    private final double offset;
    private final boolean aicOnly;
    private final int maxIterations;
    private final List<Candidate> tried = new ArrayList<>();

    /**
     * @param offset        forecast's approximation offset
     * @param aicOnly       score by AIC instead of AICc (forecast does for at most 3 values)
     * @param maxIterations the BFGS budget of each fit
     */
    OrderSearch(double[] y, int d, int seasonalD, int period, double offset, boolean aicOnly, int maxIterations) {
        this.y = y;
        this.d = d;
        this.seasonalD = seasonalD;
        this.period = period;
        this.offset = offset;
        this.aicOnly = aicOnly;
        this.maxIterations = maxIterations;
    }

    /** The spec forecast's {@code myarima} fits for these orders. */
    ArimaSpec spec(int p, int q, int sp, int sq, boolean constant, boolean approx) {
        ArimaSpec spec = ArimaSpec.of(p, d, q).withSeasonal(sp, seasonalD, sq, Math.max(period, 1))
                .withMethod(approx ? ArimaMethod.CSS : ArimaMethod.CSS_ML).withMaxIterations(maxIterations);
        int diffs = d + seasonalD;
        if (diffs == 0) {
            spec = spec.withMean(constant);
        } else if (diffs == 1 && constant) {
            spec = spec.withDrift(true);
        }
        return spec;
    }

    /**
     * Fits and scores one candidate (forecast's {@code myarima}); failures score {@code +Infinity}. A CSS-ML
     * candidate comes back {@code pending} (not completed, see the class comment); pass it to {@link #complete}
     * before selecting it.
     */
    Candidate score(int p, int q, int sp, int sq, boolean constant, boolean approx) {
        ArimaSpec spec = spec(p, q, sp, sq, constant, approx);
        if (y.length < Arima.minimumLength(spec)) {
            return failed(p, q, sp, sq, constant);
        }
        try {
            if (approx) {
                ArimaModel model = Arima.fit(y, spec);
                double ic = ic(offset + nstar() * Math.log(model.sigma2()) + 2 * (model.coefficientCount() + 1),
                        model.coefficientCount() + 1, model.spec(), model.coefficients()::get);
                return new Candidate(p, q, sp, sq, constant, ic, model);
            }
            ArimaEstimation.Estimate estimate = Arima.estimate(y, spec);
            double[] coef = estimate.coefficients();
            String[] names = estimate.problem.names();
            // ArimaModel.aic() of the completed model, from the same log-likelihood
            double aic = -2 * estimate.logLikelihood() + 2 * (coef.length + 1);
            double ic = ic(aic, coef.length + 1, estimate.problem.spec, name -> coef[indexOf(names, name)]);
            return new Candidate(p, q, sp, sq, constant, ic, null, estimate);
        } catch (AnalyticsException | IllegalArgumentException e) {
            return failed(p, q, sp, sq, constant);
        }
    }

    /**
     * Completes a pending candidate into its model; a completion that fails (singular or indefinite Hessian, failed
     * final filter) scores {@code +Infinity}, as the whole fit failing did.
     *
     * @param c a scored candidate
     * @return {@code c} itself when it is not pending, otherwise the completed (or failed) candidate
     */
    Candidate complete(Candidate c) {
        if (c.pending() == null) {
            return c;
        }
        try {
            return new Candidate(c.p, c.q, c.sp, c.sq, c.constant, c.ic, ArimaEstimation.complete(c.pending()));
        } catch (AnalyticsException | IllegalArgumentException e) {
            return failed(c.p, c.q, c.sp, c.sq, c.constant);
        }
    }

    private static Candidate failed(int p, int q, int sp, int sq, boolean constant) {
        return new Candidate(p, q, sp, sq, constant, Double.POSITIVE_INFINITY, null);
    }

    private int nstar() {
        return y.length - d - seasonalD * period;
    }

    /** forecast's score from the AIC of a fit with {@code npar} parameters (the coefficients plus sigma²). */
    private double ic(double aic, int npar, ArimaSpec spec, java.util.function.ToDoubleFunction<String> coefficient) {
        int nstar = nstar();
        // R divides without a guard: 0 gives +Infinity, a negative denominator a smaller score
        double ic = aicOnly ? aic : aic + 2.0 * npar * (npar + 1) / (double) (nstar - npar - 1);
        if (Double.isNaN(ic) || ic == Double.NEGATIVE_INFINITY
                || minRoot(spec, coefficient) < Tolerances.MIN_ROOT_MODULUS) {
            ic = Double.POSITIVE_INFINITY;
        }
        return ic;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no coefficient " + name);
    }

    private double minRoot(ArimaSpec s, java.util.function.ToDoubleFunction<String> c) {
        double[] ar = new double[s.p()];
        double[] sar = new double[s.seasonalP()];
        double[] ma = new double[s.q()];
        double[] sma = new double[s.seasonalQ()];
        for (int i = 0; i < ar.length; i++) {
            ar[i] = c.applyAsDouble("ar" + (i + 1));
        }
        for (int i = 0; i < sar.length; i++) {
            sar[i] = c.applyAsDouble("sar" + (i + 1));
        }
        for (int i = 0; i < ma.length; i++) {
            ma[i] = c.applyAsDouble("ma" + (i + 1));
        }
        for (int i = 0; i < sma.length; i++) {
            sma[i] = c.applyAsDouble("sma" + (i + 1));
        }
        int per = s.effectivePeriod();
        double min = 2;
        min = Math.min(min, rootOf(Polynomials.expand(ar, sar, per, -1), -1));
        min = Math.min(min, rootOf(Polynomials.expand(ma, sma, per, 1), 1));
        return min;
    }

    private static double rootOf(double[] coef, int sign) {
        int last = coef.length;
        while (last > 0 && Math.abs(coef[last - 1]) <= Tolerances.NEGLIGIBLE_COEFFICIENT) {
            last--;
        }
        if (last == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Polynomials.minRootModulus(Polynomials.withOne(java.util.Arrays.copyOf(coef, last), sign));
    }

    private boolean isNew(int p, int q, int sp, int sq, boolean constant) {
        for (Candidate c : tried) {
            if (c.p == p && c.q == q && c.sp == sp && c.sq == sq && c.constant == constant) {
                return false;
            }
        }
        return true;
    }

    private Candidate record(Candidate c) {
        tried.add(c);
        return c;
    }

    /** Completes the candidate just recorded and records the completed one in its place. */
    private Candidate completeRecorded(Candidate c) {
        Candidate completed = complete(c);
        tried.set(tried.size() - 1, completed);
        return completed;
    }

        /** Counts fits against forecast's {@code nmodels}. */
    private boolean budgetLeft(Limits limits) {
        return tried.size() < limits.maxModels();
    }

    /**
     * Stepwise search as forecast's {@code auto.arima(stepwise = TRUE)}, refits included.
     *
     * @param limits the limits
     * @param approx whether candidates are fitted by CSS
     * @param tiny   fewer than 10 values: start from (1, 1, 0, 0)
     * @return the selected candidate (possibly with an infinite score or without a model)
     */
    Candidate stepwise(Limits limits, boolean approx, boolean tiny) {
        boolean constant = limits.allowConstant();
        int[] o = {Math.min(tiny ? 1 : 2, limits.maxP()), Math.min(tiny ? 1 : 2, limits.maxQ()),
            Math.min(tiny ? 0 : 1, limits.maxSP()), Math.min(tiny ? 0 : 1, limits.maxSQ())};
        Candidate best = record(complete(score(o[0], o[1], o[2], o[3], constant, approx)));
        List<int[]> starts = new ArrayList<>();
        starts.add(new int[] {0, 0, 0, 0});
        if (limits.maxP() > 0 || limits.maxSP() > 0) {
            starts.add(new int[] {limits.maxP() > 0 ? 1 : 0, 0, period > 1 && limits.maxSP() > 0 ? 1 : 0, 0});
        }
        if (limits.maxQ() > 0 || limits.maxSQ() > 0) {
            starts.add(new int[] {0, limits.maxQ() > 0 ? 1 : 0, 0, period > 1 && limits.maxSQ() > 0 ? 1 : 0});
        }
        for (int[] s : starts) {
            Candidate fit = record(score(s[0], s[1], s[2], s[3], constant, approx));
            if (fit.ic < best.ic && (fit = completeRecorded(fit)).ic < best.ic) {
                best = fit;
                o = s;
            }
        }
        if (constant) {
            Candidate fit = record(score(0, 0, 0, 0, false, approx));
            if (fit.ic < best.ic && (fit = completeRecorded(fit)).ic < best.ic) {
                best = fit;
                o = new int[] {0, 0, 0, 0};
            }
        }
        int fitted = -1;
        while (fitted < tried.size() && budgetLeft(limits)) {
            fitted = tried.size();
            Candidate moved = move(best, o, constant, limits, approx, 2);
            if (moved == null) {
                moved = move(best, o, constant, limits, approx, 0);
            }
            if (moved != null) {
                best = moved;
                o = new int[] {moved.p, moved.q, moved.sp, moved.sq};
                continue;
            }
            if (limits.allowConstant() && isNew(o[0], o[1], o[2], o[3], !constant) && budgetLeft(limits)) {
                Candidate fit = record(score(o[0], o[1], o[2], o[3], !constant, approx));
                if (fit.ic < best.ic && (fit = completeRecorded(fit)).ic < best.ic) {
                    best = fit;
                    constant = !constant;
                }
            }
        }
        if (approx && best.model() != null) {
            Candidate exact = refitInOrder();
            if (exact != null) {
                best = exact;
            }
        }
        return best;
    }

    /** forecast's eight moves of an order pair, in its order. */
    private static final int[][] MOVES = {{-1, 0}, {0, -1}, {1, 0}, {0, 1}, {-1, -1}, {-1, 1}, {1, -1}, {1, 1}};

    /**
     * Tries the eight moves of the pair at {@code at} (2: seasonal P, Q; 0: p, q) around {@code o}.
     *
     * @return the first candidate strictly better than {@code best}, or null
     */
    private Candidate move(Candidate best, int[] o, boolean constant, Limits limits, boolean approx, int at) {
        int limitA = at == 2 ? limits.maxSP() : limits.maxP();
        int limitB = at == 2 ? limits.maxSQ() : limits.maxQ();
        for (int[] mv : MOVES) {
            int[] c = o.clone();
            c[at] += mv[0];
            c[at + 1] += mv[1];
            if (c[at] < 0 || c[at + 1] < 0 || c[at] > limitA || c[at + 1] > limitB
                    || !isNew(c[0], c[1], c[2], c[3], constant)) {
                continue;
            }
            if (!budgetLeft(limits)) {
                return null;
            }
            Candidate fit = record(score(c[0], c[1], c[2], c[3], constant, approx));
            if (fit.ic < best.ic && (fit = completeRecorded(fit)).ic < best.ic) {
                return fit;
            }
        }
        return null;
    }

    /**
     * Exhaustive search as forecast's {@code search.arima}, refit included.
     *
     * @param limits the limits
     * @param approx whether candidates are fitted by CSS
     * @return the best candidate, or null when none has a finite score
     */
    Candidate exhaustive(Limits limits, boolean approx) {
        Candidate best = null;
        for (int i = 0; i <= limits.maxP(); i++) {
            for (int j = 0; j <= limits.maxQ(); j++) {
                for (int si = 0; si <= limits.maxSP(); si++) {
                    for (int sj = 0; sj <= limits.maxSQ(); sj++) {
                        if (i + j + si + sj > limits.maxOrder()) {
                            continue;
                        }
                        for (int k = 0; k <= (limits.allowConstant() ? 1 : 0); k++) {
                            Candidate c = record(score(i, j, si, sj, k == 1, approx));
                            double bar = best == null ? Double.POSITIVE_INFINITY : best.ic;
                            if (c.ic < bar && (c = completeRecorded(c)).ic < bar) {
                                best = c;
                            }
                        }
                    }
                }
            }
        }
        if (approx && best != null) {
            Candidate exact = complete(score(best.p, best.q, best.sp, best.sq, best.constant, false));
            best = Double.isFinite(exact.ic) ? exact : exhaustive(limits, false);
        }
        return best;
    }

    /**
     * With the approximation: refits the candidates by CSS-ML in increasing order of their approximate score
     * (a stable sort: ties in fitting order) and returns the first with a finite score.
     *
     * @return the refitted candidate, or null when none is acceptable
     */
    private Candidate refitInOrder() {
        List<Candidate> order = new ArrayList<>(tried);
        order.sort(Comparator.comparingDouble(Candidate::ic));
        for (Candidate c : order) {
            Candidate exact = complete(score(c.p, c.q, c.sp, c.sq, c.constant, false));
            if (Double.isFinite(exact.ic)) {
                return exact;
            }
        }
        return null;
    }
}
