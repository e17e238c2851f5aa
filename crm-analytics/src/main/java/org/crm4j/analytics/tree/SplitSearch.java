package org.crm4j.analytics.tree;

/**
 * How a CART grower ({@link DecisionTree}, {@link RegressionTree}, {@link RandomForest}) searches a node for its
 * best split on the numeric features.
 *
 * <ul>
 *   <li>{@link #EXACT}: every feature is sorted once and each node scans its rows in sorted order, trying every
 *       threshold between two consecutive distinct values (Breiman et al. 1984; the presorted lists of SLIQ,
 *       Mehta, Agrawal and Rissanen 1996). Cost per tree level {@code O(n d)}: every feature's sorted list is
 *       partitioned at every split.</li>
 *   <li>{@link #HISTOGRAM}: every numeric feature is binned once into at most {@code maxBins} quantile bins (one
 *       byte per value; the edges are quantiles of the column, or of 32 768 evenly spaced rows on larger data);
 *       a node accumulates per-bin statistics and tries only the thresholds between bins. Of the
 *       two children of a split, the histogram of the one with fewer rows is built from its rows and the other's is
 *       the parent's minus it (Ke et al. 2017, LightGBM; Chen and Guestrin 2016, XGBoost {@code hist}). Cost per
 *       tree level about {@code n d / 2} additions plus {@code O(maxBins d)} per node. When a feature has at most
 *       {@code maxBins} distinct values (after values closer than {@code 1e-7} are merged, as exact mode treats
 *       them as equal) every bin is one value and a classification tree is split for split the exact mode's, same
 *       thresholds included (each threshold is the midpoint of the node's largest value left and smallest value
 *       right, as in exact mode); a regression tree can differ where sums rounded in another order break a tie.
 *       With more distinct values the thresholds are restricted to the bin edges, an approximation.</li>
 *   <li>{@link #AUTO} (the default): {@link #HISTOGRAM} when the training set has at least
 *       {@value #AUTO_HISTOGRAM_ROWS} rows, else {@link #EXACT}. The threshold was chosen by measurement
 *       ({@code SplitSearchCpuTime} and {@code DecisionTreeBenchmark}, {@code crm-analytics/BENCHMARKS.md}): on
 *       20 features the two searches break even near 3 000 rows; below the threshold the histogram search would
 *       gain little or lose, and the exact search tries every threshold.</li>
 * </ul>
 * Categorical features are searched the same way in every mode: their codes are already a histogram's bins.
 *
 * <p>References: G. Ke et al., "LightGBM: a highly efficient gradient boosting decision tree", NeurIPS 2017;
 * T. Chen, C. Guestrin, "XGBoost: a scalable tree boosting system", KDD 2016.
 */
public enum SplitSearch {
    /** {@link #HISTOGRAM} from {@value #AUTO_HISTOGRAM_ROWS} training rows on, {@link #EXACT} below. */
    AUTO,
    /** Every threshold between consecutive distinct values, on presorted columns. */
    EXACT,
    /** Thresholds between quantile bins, on per-node histograms built by subtraction. */
    HISTOGRAM;

    /** The fewest training rows from which {@link #AUTO} searches histograms. */
    public static final int AUTO_HISTOGRAM_ROWS = 4096;

    /** The largest {@code maxBins}: bin codes are stored in one byte. */
    public static final int MAX_BINS = 256;

    /** @return true when a fit on {@code rows} training rows searches histograms */
    boolean usesHistogram(int rows) {
        return this == HISTOGRAM || (this == AUTO && rows >= AUTO_HISTOGRAM_ROWS);
    }
}
