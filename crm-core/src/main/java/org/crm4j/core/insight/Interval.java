package org.crm4j.core.insight;

import java.util.Locale;

/**
 * A point estimate with its confidence interval, as the insights report effects.
 *
 * @param estimate the point estimate
 * @param lower    the lower bound, not above {@code estimate} (NaN if undefined)
 * @param upper    the upper bound, not below {@code estimate} (NaN if undefined)
 * @param level    the confidence level, in {@code (0, 1)}
 */
public record Interval(double estimate, double lower, double upper, double level) {

    /**
     * @param value a value
     * @return whether the interval contains it (bounds included); false if a bound is NaN
     */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.4g [%.4g, %.4g]", estimate, lower, upper);
    }
}
