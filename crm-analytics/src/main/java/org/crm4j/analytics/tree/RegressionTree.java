package org.crm4j.analytics.tree;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Arrays;
import org.crm4j.analytics.internal.Checks;

/**
 * CART regression trees (Breiman et al. 1984, chapter 8): least-squares splits, leaves predicting the mean
 * response.
 *
 * <p>The tree is grown like {@link DecisionTree}'s, with the node impurity the mean squared deviation from the
 * node mean, {@code sum w (y - mean)^2 / sum w}; a split is chosen to minimise the weighted impurity of the
 * children. Categorical features are split by ordering their categories by mean response, which finds the
 * optimal partition (Breiman et al. 1984, section 8.8; Fisher 1958). These are the rules of scikit-learn's
 * {@code DecisionTreeRegressor(criterion="squared_error")}. Numeric splits are searched exactly or on per-node
 * histograms of binned features as for {@link DecisionTree} (see {@link SplitSearch}).
 *
 * <pre>{@code
 * RegressionTreeModel model = RegressionTree.fit(x, revenue, RegressionTree.Options.defaults().withMaxDepth(4));
 * double expected = model.predict(customer);
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>L. Breiman, J. H. Friedman, R. A. Olshen, C. J. Stone, Classification and Regression Trees, Wadsworth,
 *       1984, chapter 8.</li>
 *   <li>W. D. Fisher, "On grouping for maximum homogeneity", JASA 53, 789–798, 1958.</li>
 * </ol>
 *
 * @see DecisionTree
 */
public final class RegressionTree {

    private RegressionTree() {
    }

    /**
     * Hyper-parameters of a regression tree. Immutable; {@code withX} methods return validated copies.
     *
     * @param maxDepth            the largest depth (edges from the root), {@code >= 1}; {@link Integer#MAX_VALUE}
     *                            for no limit
     * @param minSamplesSplit     the fewest samples a node needs to be split, {@code >= 2}
     * @param minSamplesLeaf      the fewest samples each child of a split must keep, {@code >= 1}
     * @param categoricalFeatures the columns holding category codes (see
     *                            {@link DecisionTree.Options#withCategoricalFeatures}), distinct, each {@code >= 0}
     * @param splitSearch         how numeric splits are searched ({@link SplitSearch}; default
     *                            {@link SplitSearch#AUTO})
     * @param maxBins             the most histogram bins per numeric feature, in {@code [2, 256]}; used only when
     *                            histograms are searched
     */
    public record Options(int maxDepth, int minSamplesSplit, int minSamplesLeaf, int[] categoricalFeatures,
            SplitSearch splitSearch, int maxBins) {

        /**
         * Validates the options.
         *
         * @param maxDepth the largest depth
         * @param minSamplesSplit the fewest samples a node needs to be split
         * @param minSamplesLeaf the fewest samples each child must keep
         * @param categoricalFeatures the categorical columns
         * @param splitSearch how numeric splits are searched
         * @param maxBins the most histogram bins per numeric feature
         * @throws IllegalArgumentException naming the option, the rule and the value
         */
        public Options {
            DecisionTree.Options checked = new DecisionTree.Options(SplitCriterion.GINI, maxDepth, minSamplesSplit,
                    minSamplesLeaf, categoricalFeatures, splitSearch, maxBins);
            categoricalFeatures = checked.categoricalFeatures();
        }

        /**
         * Options with the default split search, {@link SplitSearch#AUTO} with 256 bins.
         *
         * @param maxDepth the largest depth, {@code >= 1}
         * @param minSamplesSplit the fewest samples a node needs to be split, {@code >= 2}
         * @param minSamplesLeaf the fewest samples each child must keep, {@code >= 1}
         * @param categoricalFeatures the categorical columns
         * @throws IllegalArgumentException naming the option, the rule and the value
         */
        public Options(int maxDepth, int minSamplesSplit, int minSamplesLeaf, int[] categoricalFeatures) {
            this(maxDepth, minSamplesSplit, minSamplesLeaf, categoricalFeatures, SplitSearch.AUTO,
                    SplitSearch.MAX_BINS);
        }

        /**
         * @return no depth limit, {@code minSamplesSplit} 2, {@code minSamplesLeaf} 1, all features numeric,
         *         {@link SplitSearch#AUTO} with 256 bins
         */
        public static Options defaults() {
            return new Options(Integer.MAX_VALUE, 2, 1, new int[0]);
        }

        /** @return a copy of the categorical columns, ascending */
        @Override
        public int[] categoricalFeatures() {
            return categoricalFeatures.clone();
        }

        /**
         * @param value the largest depth, {@code >= 1} ({@link Integer#MAX_VALUE}: unlimited)
         * @return a copy with that depth limit
         */
        public Options withMaxDepth(int value) {
            return new Options(value, minSamplesSplit, minSamplesLeaf, categoricalFeatures, splitSearch, maxBins);
        }

        /**
         * @param value the fewest samples a node needs to be split, {@code >= 2}
         * @return a copy with that limit
         */
        public Options withMinSamplesSplit(int value) {
            return new Options(maxDepth, value, minSamplesLeaf, categoricalFeatures, splitSearch, maxBins);
        }

        /**
         * @param value the fewest samples each child must keep, {@code >= 1}
         * @return a copy with that limit
         */
        public Options withMinSamplesLeaf(int value) {
            return new Options(maxDepth, minSamplesSplit, value, categoricalFeatures, splitSearch, maxBins);
        }

        /**
         * @param columns the categorical columns, holding integer codes in {@code [0, 65536)}
         * @return a copy with those categorical columns
         */
        public Options withCategoricalFeatures(int... columns) {
            require(columns != null, "categoricalFeatures must not be null");
            return new Options(maxDepth, minSamplesSplit, minSamplesLeaf, columns, splitSearch, maxBins);
        }

        /**
         * @param value how numeric splits are searched ({@link SplitSearch#EXACT}: the presorted search)
         * @return a copy with that split search
         */
        public Options withSplitSearch(SplitSearch value) {
            return new Options(maxDepth, minSamplesSplit, minSamplesLeaf, categoricalFeatures, value, maxBins);
        }

        /**
         * @param value the most histogram bins per numeric feature, in {@code [2, 256]}
         * @return a copy with that bin limit
         */
        public Options withMaxBins(int value) {
            return new Options(maxDepth, minSamplesSplit, minSamplesLeaf, categoricalFeatures, splitSearch, value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Options other && maxDepth == other.maxDepth && minSamplesSplit == other.minSamplesSplit
                    && minSamplesLeaf == other.minSamplesLeaf
                    && Arrays.equals(categoricalFeatures, other.categoricalFeatures)
                    && splitSearch == other.splitSearch && maxBins == other.maxBins;
        }

        @Override
        public int hashCode() {
            return (maxDepth * 31 + minSamplesSplit) * 31 + minSamplesLeaf + 7 * Arrays.hashCode(categoricalFeatures)
                    + 11 * splitSearch.hashCode() + 13 * maxBins;
        }

        @Override
        public String toString() {
            return "Options[maxDepth=" + (maxDepth == Integer.MAX_VALUE ? "unlimited" : maxDepth)
                    + ", minSamplesSplit=" + minSamplesSplit + ", minSamplesLeaf=" + minSamplesLeaf
                    + ", categoricalFeatures=" + Arrays.toString(categoricalFeatures) + ", splitSearch=" + splitSearch
                    + ", maxBins=" + maxBins + "]";
        }
    }

    /**
     * Grows a regression tree with {@link Options#defaults()} (unlimited depth).
     *
     * @param x the features, one row per sample: non-empty, rectangular, finite (not modified)
     * @param y the response of each row, finite (not modified)
     * @return the fitted tree
     * @throws IllegalArgumentException when {@code x} or {@code y} is invalid, as for
     *                                  {@link #fit(double[][], double[], Options)}
     */
    public static RegressionTreeModel fit(double[][] x, double[] y) {
        return fit(x, y, Options.defaults());
    }

    /**
     * Grows a regression tree.
     *
     * @param x       the features, one row per sample: non-empty, rectangular, finite; categorical columns hold
     *                integer codes in {@code [0, 65536)} (not modified)
     * @param y       the response of each row, finite (not modified)
     * @param options the hyper-parameters
     * @return the fitted tree
     * @throws IllegalArgumentException when {@code x} is null, empty, ragged or not finite, {@code y} is null, has
     *                                  the wrong length or a non-finite value, or a categorical column is invalid
     */
    public static RegressionTreeModel fit(double[][] x, double[] y, Options options) {
        require(options != null, "options must not be null");
        int features = TreeInputs.features(x);
        Checks.requireFiniteVector(y, "y");
        Checks.requireLength(y.length, x.length, "y", "the number of rows of x");
        int[] cardinality = TreeInputs.cardinalities(x, features, options.categoricalFeatures);
        TreeGrower.Rules rules = new TreeGrower.Rules(options.maxDepth(), options.minSamplesSplit(),
                options.minSamplesLeaf(), features);
        NodeCriterion criterion = NodeCriterion.squaredError(y.clone());
        Nodes nodes = options.splitSearch().usesHistogram(x.length)
                ? new HistogramGrower(Binned.of(x, options.maxBins(), cardinality), null, criterion, cardinality,
                        rules, null).grow()
                : new TreeGrower(Presorted.of(x), null, criterion, cardinality, rules, null).grow();
        return new RegressionTreeModel(nodes, features, cardinality);
    }
}
