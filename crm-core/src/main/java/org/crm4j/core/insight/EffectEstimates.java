package org.crm4j.core.insight;

import java.util.ArrayList;
import java.util.List;
import org.crm4j.analytics.regression.LinearModel;
import org.crm4j.analytics.regression.LinearRegression;
import org.crm4j.analytics.regression.LogisticModel;
import org.crm4j.analytics.regression.LogisticRegression;
import org.crm4j.analytics.stats.Normal;
import org.crm4j.core.ValidationException;

/**
 * The statistics of a campaign against its control group, computed from one row per member: contacted or held out,
 * converted or not, pre-campaign covariates and revenue in the campaign window.
 *
 * <ul>
 *   <li>Uplift: the difference of the conversion proportions {@code p₁ − p₀} with the Wald interval
 *       {@code ± z √(p₁(1−p₁)/n₁ + p₀(1−p₀)/n₀)} (R's {@code prop.test(correct = FALSE)}).</li>
 *   <li>Adjusted odds ratio: a logistic regression of the conversion on the contact indicator and the standardised
 *       covariates (columns without variance, or that are linear combinations of the columns before them, left out; standardising changes no coefficient of the indicator);
 *       {@code exp(b)} with the Wald interval {@code exp(b ± z se)} and the Wald test's p-value (R's {@code glm}
 *       with {@code confint.default}).</li>
 *   <li>Incremental revenue per contacted customer: the indicator's coefficient in an ordinary least-squares
 *       regression of the window's revenue on the same columns, with its t interval and p-value.</li>
 * </ul>
 *
 * @param contacted            members contacted
 * @param controls             members held out
 * @param contactedConversions conversions among the contacted
 * @param controlConversions   conversions among the held out
 * @param uplift               {@code p₁ − p₀} with its interval
 * @param oddsRatio            the adjusted odds ratio with its interval
 * @param oddsRatioPValue      the two-sided p-value of the odds ratio being 1
 * @param revenuePerCustomer   the adjusted incremental revenue per contacted customer with its interval
 * @param revenuePValue        the two-sided p-value of that being 0
 * @param covariates           the covariates used (those with variance and not collinear with earlier columns)
 * @param conversionModel      the fitted logistic regression's summary
 * @param revenueModel         the fitted linear regression's summary
 */
record EffectEstimates(int contacted, int controls, int contactedConversions, int controlConversions, Interval uplift,
        Interval oddsRatio, double oddsRatioPValue, Interval revenuePerCustomer, double revenuePValue,
        List<String> covariates, String conversionModel, String revenueModel) {

    /** The rule broken when a group lacks conversions or non-conversions (field {@code members}). */
    static final String BOTH_OUTCOMES = "must include converted and unconverted members in both the contacted and"
            + " the control group";

    EffectEstimates {
        covariates = List.copyOf(covariates);
    }

    /**
     * @param contacted  1 for a contacted member, 0 for a held-out one, per member (not modified)
     * @param converted  1 if the member converted, per member (not modified)
     * @param covariates per member, the values of {@code names} (not modified)
     * @param names      the covariates' names
     * @param revenue    per member, the net revenue in the campaign window (not modified)
     * @param level      the confidence level
     * @return the estimates
     * @throws ValidationException on field {@code members} (rule {@link #BOTH_OUTCOMES})
     */
    static EffectEstimates estimate(int[] contacted, int[] converted, double[][] covariates, List<String> names,
            double[] revenue, double level) {
        int n = contacted.length;
        int[] members = new int[2];
        int[] conversions = new int[2];
        for (int i = 0; i < n; i++) {
            members[contacted[i]]++;
            conversions[contacted[i]] += converted[i];
        }
        if (conversions[0] == 0 || conversions[1] == 0 || conversions[0] == members[0]
                || conversions[1] == members[1]) {
            throw new ValidationException("members", BOTH_OUTCOMES, "contacted " + conversions[1] + " of " + members[1]
                    + " converted, control " + conversions[0] + " of " + members[0]);
        }
        double z = Normal.quantile(0.5 + 0.5 * level);
        double p1 = (double) conversions[1] / members[1];
        double p0 = (double) conversions[0] / members[0];
        double se = Math.sqrt(p1 * (1 - p1) / members[1] + p0 * (1 - p0) / members[0]);
        Interval uplift = new Interval(p1 - p0, p1 - p0 - z * se, p1 - p0 + z * se, level);

        List<String> used = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            double[] column = standardised(covariates, j);
            if (column != null && !explained(column, contacted, columns)) {
                used.add(names.get(j));
                columns.add(column);
            }
        }
        double[][] x = new double[n][columns.size() + 1];
        for (int i = 0; i < n; i++) {
            x[i][0] = contacted[i];
            for (int j = 0; j < columns.size(); j++) {
                x[i][j + 1] = columns.get(j)[i];
            }
        }
        LogisticModel logistic = LogisticRegression.fit(x, converted,
                LogisticRegression.Options.defaults().withStrict(true));
        double b = logistic.coefficients()[1];
        double[] ci = logistic.confidenceIntervals(level)[1];
        Interval odds = new Interval(Math.exp(b), Math.exp(ci[0]), Math.exp(ci[1]), level);

        LinearModel ols = LinearRegression.fit(x, revenue);
        double[] revenueCi = ols.confidenceIntervals(level)[1];
        Interval perCustomer = new Interval(ols.coefficients()[1], revenueCi[0], revenueCi[1], level);
        return new EffectEstimates(members[1], members[0], conversions[1], conversions[0], uplift, odds,
                logistic.pValues()[1], perCustomer, ols.pValues()[1], used, logistic.summary(), ols.summary());
    }

    /**
     * Tells whether a covariate is (almost) a linear combination of the contact indicator and the covariates kept
     * so far (R² of their least-squares fit at least {@code 1 − 1e-9}), as purchases and net revenue are when every
     * sale has one price: such a column is left out, as R's {@code glm} would report it {@code NA}.
     */
    private static boolean explained(double[] column, int[] contacted, List<double[]> kept) {
        int n = column.length;
        double[][] x = new double[n][kept.size() + 1];
        for (int i = 0; i < n; i++) {
            x[i][0] = contacted[i];
            for (int j = 0; j < kept.size(); j++) {
                x[i][j + 1] = kept.get(j)[i];
            }
        }
        return LinearRegression.fit(x, column).rSquared() >= 1 - 1e-9;
    }

    /** @return column {@code j} standardised to mean 0 and standard deviation 1, or null if it has no variance */
    private static double[] standardised(double[][] x, int j) {
        int n = x.length;
        double mean = 0;
        for (double[] row : x) {
            mean += row[j];
        }
        mean /= n;
        double ss = 0;
        for (double[] row : x) {
            ss += (row[j] - mean) * (row[j] - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        if (!(sd > 1e-12 * Math.max(1, Math.abs(mean)))) {
            return null;
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = (x[i][j] - mean) / sd;
        }
        return z;
    }
}
