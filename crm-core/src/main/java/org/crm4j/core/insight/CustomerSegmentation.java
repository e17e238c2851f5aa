package org.crm4j.core.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.analytics.cluster.KMeansModel;
import org.crm4j.core.customer.CustomerId;

/**
 * The result of {@link InsightService#segment(SegmentationOptions)}: customers grouped by recency, frequency and
 * monetary value with K-means, the segments in original units, and the numbers behind them (the fitted model on
 * the standardised features, the silhouette, the k-selection table). Immutable and thread-safe.
 */
public final class CustomerSegmentation {

    private final SegmentationOptions options;
    private final List<Segment> segments;
    private final Map<CustomerId, Segment> byCustomer;
    private final double silhouette;
    private final List<KCandidate> kSelection;
    private final List<String> logTransformed;
    private final KMeansModel model;
    private final int silhouetteRows;
    private final List<CustomerId> outliers;
    private final double outlierEps;

    CustomerSegmentation(SegmentationOptions options, List<Segment> segments, double silhouette,
            List<KCandidate> kSelection, List<String> logTransformed, KMeansModel model, int silhouetteRows,
            List<CustomerId> outliers, double outlierEps) {
        this.options = Objects.requireNonNull(options, "options");
        this.segments = List.copyOf(segments);
        this.silhouette = silhouette;
        this.kSelection = List.copyOf(kSelection);
        this.logTransformed = List.copyOf(logTransformed);
        this.model = Objects.requireNonNull(model, "model");
        this.silhouetteRows = silhouetteRows;
        this.outliers = List.copyOf(outliers);
        this.outlierEps = outlierEps;
        Map<CustomerId, Segment> map = new HashMap<>();
        for (Segment segment : this.segments) {
            segment.customers().forEach(c -> map.put(c, segment));
        }
        this.byCustomer = Map.copyOf(map);
    }

    /** @return the options of the analysis */
    public SegmentationOptions options() {
        return options;
    }

    /** @return the number of segments, chosen by silhouette or fixed by the options */
    public int k() {
        return segments.size();
    }

    /** @return the segments, by {@link Segment#index()} */
    public List<Segment> segments() {
        return segments;
    }

    /**
     * @param customer a customer, not null
     * @return the customer's segment; empty if the customer bought nothing in the analysed currency before the
     *         analysis moment (such customers are not segmented) or is an outlier
     */
    public Optional<Segment> segmentOf(CustomerId customer) {
        return Optional.ofNullable(byCustomer.get(Objects.requireNonNull(customer, "customer")));
    }

    /**
     * @return the customers DBSCAN marked as outliers (in no segment), in customer order; empty without outlier
     *         detection
     */
    public List<CustomerId> outliers() {
        return outliers;
    }

    /** @return the DBSCAN radius used on the standardised features, or NaN without outlier detection */
    public double outlierEps() {
        return outlierEps;
    }

    /** @return the number of segmented customers (outliers not counted) */
    public int customers() {
        return byCustomer.size();
    }

    /**
     * @return the mean silhouette of the segmentation on the standardised features, in {@code [−1, 1]}; computed
     *         on a seeded sample of {@value DefaultInsightService#SILHOUETTE_SAMPLE} customers when there are more
     */
    public double silhouette() {
        return silhouette;
    }

    /** @return the number of customers the silhouette (and the choice of k) was computed on */
    public int silhouetteCustomers() {
        return silhouetteRows;
    }

    /**
     * @return one row per k tried, ascending; a single row when k was fixed. The chosen k has the largest
     *         silhouette (ties to the smaller k)
     */
    public List<KCandidate> kSelection() {
        return kSelection;
    }

    /** @return the features that were log-transformed because they were skewed ({@code "recency"}, ...) */
    public List<String> logTransformed() {
        return logTransformed;
    }

    /**
     * @return the K-means model on the standardised features (columns recency, frequency, monetary, after the log
     *         transforms of {@link #logTransformed()}); its labels follow the order of the customers in the
     *         segments, its cluster {@code i} is segment {@code i}
     */
    public KMeansModel model() {
        return model;
    }

    /**
     * @return the segmentation in plain language: how many customers, how k was chosen, and per segment its
     *         label, size and average customer
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%d customers who bought in %s before %s form %d segments",
                customers(), options.currency().getCurrencyCode(), options.asOf(), k()));
        if (options.fixedK()) {
            text.append(" (k fixed by the caller)");
        } else {
            text.append(String.format(Locale.ROOT, " (k chosen among %d to %d by the best silhouette)",
                    kSelection.get(0).k(), kSelection.get(kSelection.size() - 1).k()));
        }
        text.append(String.format(Locale.ROOT, "; silhouette %.2f, where 1 is perfectly separated and 0 not at all.",
                silhouette));
        if (options.outlierMinPoints() > 0) {
            text.append(String.format(Locale.ROOT, " %d customers lie in no dense region (DBSCAN, %d neighbours within"
                    + " %.3f standard deviations) and are set aside as outliers.", outliers.size(),
                    options.outlierMinPoints(), outlierEps));
        }
        if (!logTransformed.isEmpty()) {
            text.append(" Skewed features were compared on a log scale: ").append(String.join(", ", logTransformed))
                    .append('.');
        }
        for (Segment s : segments) {
            text.append(String.format(Locale.ROOT,
                    "%nSegment %d, %s: %d customers (%.1f %%) bringing %.1f %% of the revenue; on average their"
                            + " last purchase was %.1f days ago, they bought %.1f times and spent %.2f %s.",
                    s.index(), s.label(), s.size(), 100 * s.customerShare(), 100 * s.revenueShare(),
                    s.meanRecencyDays(), s.meanFrequency(), s.meanMonetary(),
                    options.currency().getCurrencyCode()));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        List<String> labels = new ArrayList<>();
        segments.forEach(s -> labels.add(s.label() + " (" + s.size() + ")"));
        return "CustomerSegmentation[k=" + k() + ", silhouette=" + silhouette + ", segments=" + labels + "]";
    }
}
