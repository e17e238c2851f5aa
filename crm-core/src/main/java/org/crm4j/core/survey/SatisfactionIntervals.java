package org.crm4j.core.survey;

import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The 95 % confidence intervals of the satisfaction metrics.
 *
 * <p><b>CSAT</b> (the share of answers scoring 4 or 5): the Wilson score interval
 * <pre>
 *   (p + z²/2n ± z √(p(1 − p)/n + z²/4n²)) / (1 + z²/n),   p = satisfied / n
 * </pre>
 * which, unlike the Wald interval, stays inside [0, 1] and keeps its coverage for small n and shares near 0 or 1
 * (Wilson 1927; Brown, Cai and DasGupta 2001). Checked against statsmodels' {@code proportion_confint(method=
 * 'wilson')} ({@code csat-wilson-statsmodels.csv}).
 *
 * <p><b>NPS</b> (promoters 9–10 minus detractors 0–6, in percentage points): each answer scores +1, 0 or −1, the
 * NPS is 100 times their mean, and its interval the normal approximation with the trinomial variance estimated by
 * plug-in:
 * <pre>
 *   NPS/100 ± z √((pP + pD − (pP − pD)²) / n),   pP = promoters / n, pD = detractors / n
 * </pre>
 * clipped to [−100, 100] (Rocks 2016 compares it with better-behaved adjusted intervals, which it approaches for
 * n ≳ 50; with all answers in one class its width is 0). Checked against the same formula evaluated in R 4.2
 * ({@code nps-trinomial-r.csv}).
 *
 * <p>z = Φ⁻¹(0.975) = 1.959963984540054 (R's {@code qnorm(0.975)}, statsmodels' {@code norm.ppf(0.975)}).
 *
 * <p>References: E. B. Wilson, Probable inference, the law of succession, and statistical inference, JASA 22
 * (1927); L. D. Brown, T. T. Cai, A. DasGupta, Interval estimation for a binomial proportion, Statistical Science
 * 16 (2001); B. Rocks, Interval estimation for the "net promoter score", The American Statistician 70 (2016).
 */
public final class SatisfactionIntervals {

    /** Φ⁻¹(0.975), the normal quantile of a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    private SatisfactionIntervals() {
    }

    /**
     * @param satisfied the answers scoring 4 or 5, in [0, n]
     * @param n         the CSAT answers, at least 1
     * @return the Wilson 95 % interval of the CSAT share, within [0, 1]
     * @throws ValidationException {@code n} {@link Require#POSITIVE}; {@code satisfied} {@code must be in [0, n]}
     */
    public static ConfidenceInterval wilson(long satisfied, long n) {
        if (n <= 0) {
            throw new ValidationException("n", Require.POSITIVE, n);
        }
        if (satisfied < 0 || satisfied > n) {
            throw new ValidationException("satisfied", "must be in [0, n]", satisfied);
        }
        double p = (double) satisfied / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double center = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new ConfidenceInterval(Math.max(0, center - half), Math.min(1, center + half));
    }

    /**
     * @param promoters  the answers scoring 9 or 10, not negative
     * @param passives   the answers scoring 7 or 8, not negative
     * @param detractors the answers scoring 0 to 6, not negative
     * @return the 95 % interval of the NPS, in percentage points within [−100, 100]
     * @throws ValidationException a count {@link Require#NOT_NEGATIVE}; {@code n} {@link Require#POSITIVE} when
     *                             all are 0
     */
    public static ConfidenceInterval nps(long promoters, long passives, long detractors) {
        for (long count : new long[] {promoters, passives, detractors}) {
            if (count < 0) {
                throw new ValidationException("count", Require.NOT_NEGATIVE, count);
            }
        }
        long n = promoters + passives + detractors;
        if (n <= 0) {
            throw new ValidationException("n", Require.POSITIVE, n);
        }
        double pP = (double) promoters / n;
        double pD = (double) detractors / n;
        double mean = pP - pD;
        double variance = Math.max(0, pP + pD - mean * mean);
        double half = Z95 * Math.sqrt(variance / n);
        return new ConfidenceInterval(100 * Math.max(-1, mean - half), 100 * Math.min(1, mean + half));
    }
}
