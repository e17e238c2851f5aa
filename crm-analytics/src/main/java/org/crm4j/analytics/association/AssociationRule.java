package org.crm4j.analytics.association;

import static org.crm4j.analytics.internal.Checks.message;
import static org.crm4j.analytics.internal.Checks.require;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An association rule {@code X => Y} between two disjoint itemsets, with the counts every measure is computed
 * from. With {@code n} transactions, {@code c(X)} the number containing {@code X}, {@code c(Y)} the number
 * containing {@code Y} and {@code c(XY)} the number containing both:
 * <ul>
 *   <li>{@link #support()} {@code = c(XY) / n}, in (0, 1];</li>
 *   <li>{@link #confidence()} {@code = c(XY) / c(X)}, in (0, 1], an estimate of P(Y | X);</li>
 *   <li>{@link #lift()} {@code = confidence / (c(Y) / n)}, in (0, +inf); 1 when X and Y are independent;</li>
 *   <li>{@link #leverage()} {@code = support - (c(X) / n)(c(Y) / n)}, in [-0.25, 0.25]; 0 under independence;</li>
 *   <li>{@link #conviction()} {@code = (1 - c(Y) / n) / (1 - confidence)}, in [0, +inf]; 1 under independence,
 *       and {@link Double#POSITIVE_INFINITY} whenever the confidence is 1 (including the degenerate case where
 *       Y is in every transaction).</li>
 * </ul>
 * (Agrawal, Imielinski &amp; Swami 1993 for support and confidence; Brin, Motwani, Ullman &amp; Tsur 1997 for lift
 * and conviction; Piatetsky-Shapiro 1991 for leverage.)
 *
 * <p>Immutable: the item sets are copied into unmodifiable sets.
 *
 * @param antecedent        X, not null, not empty, no null item
 * @param consequent        Y, not null, not empty, disjoint from X
 * @param count             {@code c(XY)}, at least 1
 * @param antecedentCount   {@code c(X)}, at least {@code count}
 * @param consequentCount   {@code c(Y)}, at least {@code count}
 * @param transactionCount  {@code n}, at least {@code c(X)} and {@code c(Y)}
 * @param <T>               the item type
 */
public record AssociationRule<T>(Set<T> antecedent, Set<T> consequent, int count, int antecedentCount,
                                 int consequentCount, int transactionCount) {

    /** A measure of a rule's strength or interest, for {@link AssociationRules#filter} and {@link AssociationRules#sort}. */
    public enum Measure {
        /** {@link AssociationRule#support()}. */
        SUPPORT,
        /** {@link AssociationRule#confidence()}. */
        CONFIDENCE,
        /** {@link AssociationRule#lift()}. */
        LIFT,
        /** {@link AssociationRule#leverage()}. */
        LEVERAGE,
        /** {@link AssociationRule#conviction()}. */
        CONVICTION;

        /**
         * The value of this measure for a rule.
         *
         * @param rule the rule, not null
         * @return the measure
         */
        public double of(AssociationRule<?> rule) {
            switch (this) {
                case SUPPORT:
                    return rule.support();
                case CONFIDENCE:
                    return rule.confidence();
                case LIFT:
                    return rule.lift();
                case LEVERAGE:
                    return rule.leverage();
                default:
                    return rule.conviction();
            }
        }
    }

    /**
     * Checks and copies the arguments.
     *
     * @param antecedent       X
     * @param consequent       Y
     * @param count            c(XY)
     * @param antecedentCount  c(X)
     * @param consequentCount  c(Y)
     * @param transactionCount n
     * @throws IllegalArgumentException if a set is null, empty or holds null, the sets overlap, or the counts are
     *                                  inconsistent
     */
    public AssociationRule {
        antecedent = copy(antecedent, "antecedent");
        consequent = copy(consequent, "consequent");
        require(Collections.disjoint(antecedent, consequent),
                "antecedent and consequent must be disjoint, were %s and %s", antecedent, consequent);
        require(count >= 1, "count must be >= 1, was %d", count);
        require(antecedentCount >= count, "antecedentCount must be >= count (%d), was %d", count, antecedentCount);
        require(consequentCount >= count, "consequentCount must be >= count (%d), was %d", count, consequentCount);
        require(transactionCount >= Math.max(antecedentCount, consequentCount),
                "transactionCount must be >= antecedentCount (%d) and consequentCount (%d), was %d",
                antecedentCount, consequentCount, transactionCount);
    }

    private static <T> Set<T> copy(Set<T> items, String name) {
        require(items != null, "%s must not be null", name);
        require(!items.isEmpty(), "%s must not be empty", name);
        for (T item : items) {
            require(item != null, "%s must not contain null, was %s", name, items);
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(items));
    }

    /**
     * The fraction of transactions containing both sides, {@code c(XY) / n}.
     *
     * @return in (0, 1]
     */
    public double support() {
        return count / (double) transactionCount;
    }

    /**
     * The fraction of the transactions containing X that also contain Y, {@code c(XY) / c(X)}.
     *
     * @return in (0, 1]
     */
    public double confidence() {
        return count / (double) antecedentCount;
    }

    /**
     * The confidence divided by the support of Y, {@code c(XY) n / (c(X) c(Y))}.
     *
     * @return in (0, +inf); above 1 when X and Y occur together more often than under independence
     */
    public double lift() {
        return (double) count * transactionCount / ((double) antecedentCount * consequentCount);
    }

    /**
     * The support minus the support expected under independence, {@code c(XY)/n - c(X) c(Y) / n^2}.
     *
     * @return in [-0.25, 0.25]
     */
    public double leverage() {
        double n = transactionCount;
        return count / n - (antecedentCount / n) * (consequentCount / n);
    }

    /**
     * How much more often X would occur without Y if they were independent than it does,
     * {@code (1 - c(Y)/n) / (1 - confidence) = (n - c(Y)) c(X) / (n (c(X) - c(XY)))}.
     *
     * @return in [0, +inf]; {@link Double#POSITIVE_INFINITY} when the confidence is 1 ({@code c(XY) = c(X)})
     */
    public double conviction() {
        if (count == antecedentCount) {
            return Double.POSITIVE_INFINITY;
        }
        return ((double) (transactionCount - consequentCount) * antecedentCount)
                / ((double) transactionCount * (antecedentCount - count));
    }

    @Override
    public String toString() {
        return message("%s => %s (support %.4f, confidence %.4f, lift %.4f)", antecedent, consequent, support(),
                confidence(), lift());
    }
}
