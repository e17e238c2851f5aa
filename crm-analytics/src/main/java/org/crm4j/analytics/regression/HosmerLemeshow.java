package org.crm4j.analytics.regression;

import java.util.Arrays;
import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.stats.ChiSquared;
import org.crm4j.analytics.stats.TestResult;

/** The Hosmer–Lemeshow statistic from fitted probabilities (see {@link LogisticModel#hosmerLemeshow}). */
final class HosmerLemeshow {

    private HosmerLemeshow() {
    }

    /**
     * @param mu     the fitted probabilities, n values in (0, 1) (not modified)
     * @param y      the labels, 0 or 1 (not modified)
     * @param groups the number of quantile groups g, in [3, n]
     * @return C on (groups formed - 2) degrees of freedom
     */
    static TestResult test(double[] mu, int[] y, int groups) {
        int n = mu.length;
        double[] sorted = mu.clone();
        Arrays.sort(sorted);
        // type-7 quantiles at k/g: position (n - 1) k / g, in exact integer arithmetic
        double[] breaks = new double[groups + 1];
        int distinct = 0;
        for (int k = 0; k <= groups; k++) {
            long scaled = (long) (n - 1) * k;
            int lo = (int) (scaled / groups);
            double h = (double) (scaled % groups) / groups;
            double q = h == 0 ? sorted[lo] : (1 - h) * sorted[lo] + h * sorted[lo + 1];
            if (distinct == 0 || q != breaks[distinct - 1]) {
                breaks[distinct++] = q;
            }
        }
        int formed = distinct - 1;
        double[] observed1 = new double[formed];
        double[] expected1 = new double[formed];
        int[] count = new int[formed];
        for (int i = 0; i < n; i++) {
            // the group k with breaks[k] < mu <= breaks[k + 1]; the smallest value joins group 0
            int at = Arrays.binarySearch(breaks, 0, distinct, mu[i]);
            int k = at >= 0 ? Math.max(at - 1, 0) : -at - 2;
            observed1[k] += y[i];
            expected1[k] += mu[i];
            count[k]++;
        }
        double c = 0;
        int nonEmpty = 0;
        for (int k = 0; k < formed; k++) {
            if (count[k] == 0) {
                continue; // two boundaries between the same two neighbouring probabilities (g close to n)
            }
            nonEmpty++;
            double d1 = observed1[k] - expected1[k];
            double expected0 = count[k] - expected1[k];
            c += d1 * d1 / expected1[k] + d1 * d1 / expected0; // O0 - E0 = -(O1 - E1)
        }
        Checks.require(nonEmpty >= 3, "the fitted probabilities must form at least 3 groups, their %d quantiles "
                + "give %d (too many tied probabilities)", groups, nonEmpty);
        int df = nonEmpty - 2;
        return new TestResult("Hosmer-Lemeshow", c, df, ChiSquared.survival(c, df));
    }
}
