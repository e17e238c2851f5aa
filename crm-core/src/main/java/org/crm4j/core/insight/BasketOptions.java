package org.crm4j.core.insight;

import java.time.Instant;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * What {@link InsightService#baskets(BasketOptions)} mines. Valid by construction: the compact constructor refuses
 * bad values with a {@link ValidationException} naming the field and the rule.
 *
 * @param from          the start of the sales analysed, inclusive, not null
 * @param to            the end, exclusive, not null, not before {@code from}
 * @param minSupport    the smallest share of baskets a rule's products must appear in together, in {@code (0, 1]}
 * @param minConfidence the smallest share of the baskets holding a rule's antecedent that also hold its
 *                      consequent, in {@code (0, 1]}
 * @param maxItems      the most products in one rule (antecedent and consequent together), in {@code [2, 10]}
 */
public record BasketOptions(Instant from, Instant to, double minSupport, double minConfidence, int maxItems) {

    /**
     * Checks the options.
     *
     * @throws ValidationException on field {@code from} or {@code to} ({@code must not be null}), {@code to}
     *                             ({@code must not be before from}), {@code minSupport} or {@code minConfidence}
     *                             ({@code must be in (0, 1]}) or {@code maxItems} ({@code must be in [2, 10]})
     */
    public BasketOptions {
        if (from == null) {
            throw new ValidationException("from", "must not be null", null);
        }
        if (to == null) {
            throw new ValidationException("to", "must not be null", null);
        }
        if (to.isBefore(from)) {
            throw new ValidationException("to", Require.notBefore("from"), to);
        }
        if (!(minSupport > 0 && minSupport <= 1)) {
            throw new ValidationException("minSupport", "must be in (0, 1]", minSupport);
        }
        if (!(minConfidence > 0 && minConfidence <= 1)) {
            throw new ValidationException("minConfidence", "must be in (0, 1]", minConfidence);
        }
        if (maxItems < 2 || maxItems > 10) {
            throw new ValidationException("maxItems", "must be in [2, 10]", maxItems);
        }
    }

    /**
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return support 1 %, confidence 30 %, at most 3 products per rule
     * @throws ValidationException as the constructor
     */
    public static BasketOptions of(Instant from, Instant to) {
        return new BasketOptions(from, to, 0.01, 0.3, 3);
    }

    /**
     * @param support    the smallest support
     * @param confidence the smallest confidence
     * @return a copy with them
     * @throws ValidationException on field {@code minSupport} or {@code minConfidence} if out of range
     */
    public BasketOptions withThresholds(double support, double confidence) {
        return new BasketOptions(from, to, support, confidence, maxItems);
    }

    /**
     * @param value the most products in one rule
     * @return a copy with it
     * @throws ValidationException on field {@code maxItems} if out of range
     */
    public BasketOptions withMaxItems(int value) {
        return new BasketOptions(from, to, minSupport, minConfidence, value);
    }
}
