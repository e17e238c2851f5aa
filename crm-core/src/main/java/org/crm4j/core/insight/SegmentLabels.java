package org.crm4j.core.insight;

/**
 * The policy that names a segment from its centroid on the standardised (and possibly log-transformed) features,
 * where 0 is the mean of all segmented customers and 1 one standard deviation, and from its members' mean number of
 * purchases in original units. With {@code r}, {@code f} and {@code m} the centroid's recency, frequency and
 * monetary coordinates (a low recency is a recent purchase) and {@code purchases} the mean purchases per member,
 * the first rule that holds gives the label:
 * <ol>
 *   <li>{@value #CHAMPIONS}: {@code r < 0}, {@code f >= 0.5} and {@code m >= 0.5} (recent, frequent and big
 *       spenders);</li>
 *   <li>{@value #LOYAL}: {@code r < 0} and {@code f >= 0} (recent, at least averagely frequent);</li>
 *   <li>{@value #NEW}: {@code r < 0} and {@code purchases < 1.5} (recent, and most members have bought only
 *       once so far);</li>
 *   <li>{@value #OCCASIONAL}: {@code r < 0} (recent, repeat buyers, but less often than the average
 *       customer);</li>
 *   <li>{@value #AT_RISK}: {@code f >= 0} or {@code m >= 0} (used to buy often or much, not lately);</li>
 *   <li>{@value #HIBERNATING}: otherwise (long ago, rarely, little).</li>
 * </ol>
 * A segment of recent but infrequent customers is "New" only when its members have mostly a single purchase: a
 * below-average frequency alone does not make a customer new (customers who buy a few times a year are
 * "Occasional"). Two segments may get the same label.
 */
final class SegmentLabels {

    static final String CHAMPIONS = "Champions";
    static final String LOYAL = "Loyal";
    static final String NEW = "New";
    static final String OCCASIONAL = "Occasional";
    static final String AT_RISK = "At risk";
    static final String HIBERNATING = "Hibernating";

    /** Half a standard deviation above the mean: clearly better than the typical customer, not only above it. */
    static final double HIGH = 0.5;

    /**
     * The mean purchases per member below which a recent segment is "New": half-way between one purchase (every
     * member new) and two (every member a repeat buyer).
     */
    static final double NEW_PURCHASES = 1.5;

    private SegmentLabels() {
    }

    /**
     * @param recency   the centroid's standardised recency
     * @param frequency the centroid's standardised frequency
     * @param monetary  the centroid's standardised monetary value
     * @param purchases the members' mean number of purchases, original units ({@code >= 1})
     * @return the label
     */
    static String of(double recency, double frequency, double monetary, double purchases) {
        if (recency < 0) {
            if (frequency >= HIGH && monetary >= HIGH) {
                return CHAMPIONS;
            }
            if (frequency >= 0) {
                return LOYAL;
            }
            return purchases < NEW_PURCHASES ? NEW : OCCASIONAL;
        }
        return frequency >= 0 || monetary >= 0 ? AT_RISK : HIBERNATING;
    }
}
