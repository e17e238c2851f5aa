package org.crm4j.analytics.timeseries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.crm4j.analytics.AnalyticsException;

/**
 * The model search of forecast's {@code auto.arima} once d and D are fixed: the stepwise neighbourhood search of
 * Hyndman &amp; Khandakar (2008, section 3.2) in forecast's exact move order, or the exhaustive search over
 * {@code p + q + P + Q <= maxOrder}; candidates are scored by AICc as forecast's {@code myarima} does (a model is
 * rejected when its fit fails, a standard error is undefined, or an AR or MA root has modulus below 1.01).
 * With the approximation, candidates are fitted by CSS and scored with R's offset, and the best ones are refitted
 * by CSS-ML in AICc order until one is acceptable.
 */
final class OrderSearch {

    /** One scored candidate. */
    record Candidate(int p, int q, int sp, int sq, boolean constant, double ic, ArimaModel model) {
    }

    private final double[] y;
    private final int d;
    private final int seasonalD;
    private final int period;
    private final boolean approximation;
    private final double offset;
    private final List<Candidate> tried = new ArrayList<>();

    OrderSearch(double[] y, int d, int seasonalD, int period, boolean approximation, double offset) {
        this.y = y;
        this.d = d;
        this.seasonalD = seasonalD;
        this.period = period;
        this.approximation = approximation;
        this.offset = offset;
    }

    /** The spec forecast's {@code myarima} fits for these orders. */
    ArimaSpec spec(int p, int q, int sp, int sq, boolean constant, boolean approx) {
        ArimaSpec spec = ArimaSpec.of(p, d, q).withSeasonal(sp, seasonalD, sq, Math.max(period, 1))
                .withMethod(approx ? ArimaMethod.CSS : ArimaMethod.CSS_ML);
        int diffs = d + seasonalD;
        if (diffs == 0) {
            spec = spec.withMean(constant);
        } else if (diffs == 1 && constant) {
            spec = spec.withDrift(true);
        }
        return spec;
    }

    /** Fits and scores one candidate (forecast's {@code myarima}); failures score {@code +Infinity}. */
    Candidate score(int p, int q, int sp, int sq, boolean constant, boolean approx) {
        ArimaSpec spec = spec(p, q, sp, sq, constant, approx);
        if (y.length < Arima.minimumLength(spec)) {
            return new Candidate(p, q, sp, sq, constant, Double.POSITIVE_INFINITY, null);
        }
        try {
            ArimaModel model = Arima.fit(y, spec);
            if (!model.converged()) {
                // a candidate whose optimiser did not converge is not selected (forecast keeps such fits with a
                // warning; this search has always skipped them)
                return new Candidate(p, q, sp, sq, constant, Double.POSITIVE_INFINITY, null);
            }
            int npar = model.coefficientCount() + 1;
            int nstar = model.observationsUsed();
            double aic = approx ? offset + nstar * Math.log(model.sigma2()) + 2 * npar : model.aic();
            double ic = nstar - npar - 1 > 0 ? aic + 2.0 * npar * (npar + 1) / (nstar - npar - 1)
                    : Double.POSITIVE_INFINITY;
            if (minRoot(model) < 1.01 || !Double.isFinite(ic)) {
                ic = Double.POSITIVE_INFINITY;
            }
            return new Candidate(p, q, sp, sq, constant, ic, model);
        } catch (AnalyticsException | IllegalArgumentException e) {
            return new Candidate(p, q, sp, sq, constant, Double.POSITIVE_INFINITY, null);
        }
    }

    private double minRoot(ArimaModel model) {
        var c = model.coefficients();
        ArimaSpec s = model.spec();
        double[] ar = new double[s.p()];
        double[] sar = new double[s.seasonalP()];
        double[] ma = new double[s.q()];
        double[] sma = new double[s.seasonalQ()];
        for (int i = 0; i < ar.length; i++) {
            ar[i] = c.get("ar" + (i + 1));
        }
        for (int i = 0; i < sar.length; i++) {
            sar[i] = c.get("sar" + (i + 1));
        }
        for (int i = 0; i < ma.length; i++) {
            ma[i] = c.get("ma" + (i + 1));
        }
        for (int i = 0; i < sma.length; i++) {
            sma[i] = c.get("sma" + (i + 1));
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

    /**
     * Stepwise search as forecast's {@code auto.arima(stepwise = TRUE)}.
     *
     * @return the best candidate by the search criterion (possibly with infinite score)
     */
    Candidate stepwise(AutoArima.Options o, int maxP, int maxQ, int maxSP, int maxSQ, boolean allowConstant,
            int startP, int startQ, int startSP, int startSQ) {
        boolean constant = allowConstant;
        int p = Math.min(startP, maxP);
        int q = Math.min(startQ, maxQ);
        int sp = Math.min(startSP, maxSP);
        int sq = Math.min(startSQ, maxSQ);
        Candidate best = record(score(p, q, sp, sq, constant, approximation));
        Candidate fit = record(score(0, 0, 0, 0, constant, approximation));
        if (fit.ic < best.ic) {
            best = fit;
            p = q = sp = sq = 0;
        }
        if (maxP > 0 || maxSP > 0) {
            int ip = maxP > 0 ? 1 : 0;
            int isp = period > 1 && maxSP > 0 ? 1 : 0;
            fit = record(score(ip, 0, isp, 0, constant, approximation));
            if (fit.ic < best.ic) {
                best = fit;
                p = ip;
                sp = isp;
                q = sq = 0;
            }
        }
        if (maxQ > 0 || maxSQ > 0) {
            int iq = maxQ > 0 ? 1 : 0;
            int isq = period > 1 && maxSQ > 0 ? 1 : 0;
            fit = record(score(0, iq, 0, isq, constant, approximation));
            if (fit.ic < best.ic) {
                best = fit;
                p = sp = 0;
                sq = isq;
                q = iq;
            }
        }
        if (constant) {
            fit = record(score(0, 0, 0, 0, false, approximation));
            if (fit.ic < best.ic) {
                best = fit;
                p = q = sp = sq = 0;
            }
        }
        int[][] seasonalMoves = {{-1, 0}, {0, -1}, {1, 0}, {0, 1}, {-1, -1}, {-1, 1}, {1, -1}, {1, 1}};
        int startk = -1;
        while (startk < tried.size() && tried.size() < o.maxModels()) {
            startk = tried.size();
            boolean improved = false;
            for (int[] mv : seasonalMoves) {
                int nsp = sp + mv[0];
                int nsq = sq + mv[1];
                if (nsp < 0 || nsq < 0 || nsp > maxSP || nsq > maxSQ || !isNew(p, q, nsp, nsq, constant)) {
                    continue;
                }
                fit = record(score(p, q, nsp, nsq, constant, approximation));
                if (fit.ic < best.ic) {
                    best = fit;
                    sp = nsp;
                    sq = nsq;
                    improved = true;
                    break;
                }
            }
            if (improved) {
                continue;
            }
            for (int[] mv : seasonalMoves) {
                int np = p + mv[0];
                int nq = q + mv[1];
                if (np < 0 || nq < 0 || np > maxP || nq > maxQ || !isNew(np, nq, sp, sq, constant)) {
                    continue;
                }
                fit = record(score(np, nq, sp, sq, constant, approximation));
                if (fit.ic < best.ic) {
                    best = fit;
                    p = np;
                    q = nq;
                    improved = true;
                    break;
                }
            }
            if (improved) {
                continue;
            }
            if (allowConstant && isNew(p, q, sp, sq, !constant)) {
                fit = record(score(p, q, sp, sq, !constant, approximation));
                if (fit.ic < best.ic) {
                    best = fit;
                    constant = !constant;
                }
            }
        }
        return best;
    }

    /**
     * Exhaustive search as forecast's {@code search.arima}.
     *
     * @return the best candidate
     */
    Candidate exhaustive(int maxP, int maxQ, int maxSP, int maxSQ, int maxOrder, boolean allowConstant) {
        Candidate best = null;
        for (int i = 0; i <= maxP; i++) {
            for (int j = 0; j <= maxQ; j++) {
                for (int si = 0; si <= maxSP; si++) {
                    for (int sj = 0; sj <= maxSQ; sj++) {
                        if (i + j + si + sj > maxOrder) {
                            continue;
                        }
                        for (int k = 0; k <= (allowConstant ? 1 : 0); k++) {
                            Candidate c = record(score(i, j, si, sj, k == 1, approximation));
                            if (best == null || c.ic < best.ic) {
                                best = c;
                            }
                        }
                    }
                }
            }
        }
        return best;
    }

    /**
     * With the approximation: refits the candidates by CSS-ML in increasing order of their approximate score
     * and returns the first acceptable one.
     *
     * @return the refitted candidate, or null when none is acceptable
     */
    Candidate refitInOrder() {
        List<Candidate> order = new ArrayList<>(tried);
        order.sort(Comparator.comparingDouble(Candidate::ic));
        for (Candidate c : order) {
            Candidate exact = score(c.p, c.q, c.sp, c.sq, c.constant, false);
            if (Double.isFinite(exact.ic)) {
                return exact;
            }
        }
        return null;
    }
}
