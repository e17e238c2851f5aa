package org.crm4j.analytics.association;

import static org.crm4j.analytics.internal.Checks.require;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The checks and threshold arithmetic shared by the miners and the rule generator.
 *
 * <p>A threshold given as a fraction ({@code minSupport}, {@code minConfidence}) is compared with counts exactly:
 * the fraction is read as the decimal it prints as ({@link Double#toString}), so that {@code 0.6} of 5 is 3 and
 * not 3.0000000000000004, and 3 of 5 transactions meet a minimum support of 0.6.
 */
final class Thresholds {

    private Thresholds() {
    }

    static void requireMinSupport(double minSupport) {
        require(minSupport > 0 && minSupport <= 1, "minSupport must be in (0, 1], was %s", minSupport);
    }

    static void requireMinCount(int minCount) {
        require(minCount >= 1, "minCount must be >= 1, was %d", minCount);
    }

    static void requireMaxLength(int maxLength) {
        require(maxLength >= 1, "maxLength must be >= 1, was %d", maxLength);
    }

    static void requireMinConfidence(double minConfidence) {
        require(minConfidence >= 0 && minConfidence <= 1, "minConfidence must be in [0, 1], was %s", minConfidence);
    }

    /**
     * Checks the pair of exclusive thresholds held by an {@code Options} record: exactly one of them is set.
     */
    static void requireOneThreshold(double minSupport, int minCount) {
        if (minCount == 0) {
            requireMinSupport(minSupport);
        } else {
            requireMinCount(minCount);
            require(minSupport == 0,
                    "minSupport and minCount are exclusive (the unused one must be 0), were %s and %d",
                    minSupport, minCount);
        }
    }

    /**
     * The absolute threshold of an {@code Options} record for a database of {@code transactions} transactions.
     *
     * @return {@code minCount} when it is set, else the smallest count {@code c} with
     *         {@code c >= minSupport * transactions}; at least 1
     */
    static int minCount(double minSupport, int minCount, int transactions) {
        return minCount != 0 ? minCount : Math.max(1, ceilOf(minSupport, transactions));
    }

    /**
     * The smallest integer {@code c} with {@code c >= fraction * total}, computed exactly on the decimal value of
     * {@code fraction}.
     *
     * @param fraction a finite number in [0, 1]
     * @param total    a count, at least 0
     * @return the exact ceiling, in [0, total]
     */
    static int ceilOf(double fraction, int total) {
        return BigDecimal.valueOf(fraction).multiply(BigDecimal.valueOf(total))
                .setScale(0, RoundingMode.CEILING).intValueExact();
    }
}
