package org.crm4j.core.insight;

import java.util.List;
import java.util.Objects;
import org.crm4j.core.Money;
import org.crm4j.core.customer.CustomerId;

/**
 * One segment of a {@link CustomerSegmentation}: its customers and what they have in common, in original units.
 *
 * @param index           the segment's number, {@code 0 … k − 1} (the K-means cluster label)
 * @param label           the name given by {@link SegmentLabels} from the segment's centroid: {@code "Champions"},
 *                        {@code "Loyal"}, {@code "New"}, {@code "Occasional"}, {@code "At risk"} or
 *                        {@code "Hibernating"}
 * @param customers       the members, in the order of the analysis (ascending unsigned customer id), not empty
 * @param customerShare   the members' share of the segmented customers, in {@code (0, 1]}
 * @param revenueShare    the segment's share of the net revenue of all segmented customers (in {@code [0, 1]}
 *                        when no customer's returns exceed their purchases; NaN when the total revenue is zero)
 * @param meanRecencyDays the mean number of days (fractional) from a member's latest purchase to the analysis
 *                        moment, {@code >= 0}
 * @param meanFrequency   the mean number of purchases (sales, not returns) per member, {@code >= 1}
 * @param meanMonetary    the mean net revenue per member (purchases minus returns) in the analysed currency
 * @param revenue         the segment's net revenue, exact
 */
public record Segment(int index, String label, List<CustomerId> customers, double customerShare,
        double revenueShare, double meanRecencyDays, double meanFrequency, double meanMonetary, Money revenue) {

    /** Copies the member list; the values are checked by the analysis that computes them. */
    public Segment {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(revenue, "revenue");
        customers = List.copyOf(customers);
    }

    /** @return the number of members */
    public int size() {
        return customers.size();
    }
}
