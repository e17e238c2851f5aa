package org.crm4j.analytics.tree;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Arrays;

/**
 * CART classification trees (Breiman, Friedman, Olshen and Stone 1984) with Gini or entropy splits, numeric and
 * declared-categorical features, and minimal cost-complexity pruning.
 *
 * <p>The tree is grown greedily, depth first: at each node every feature is scanned for the binary split that
 * most decreases the weighted impurity of the children ({@link SplitCriterion}), and the node is split on the
 * best one. A numeric split sends a row left when {@code x <= threshold}, the threshold lying halfway between two
 * consecutive distinct training values; a categorical split sends a set of category codes left (see
 * {@link Options#withCategoricalFeatures}). Growing stops at {@code maxDepth}, below {@code minSamplesSplit} samples,
 * when a child would have fewer than {@code minSamplesLeaf} samples, or when the node is pure. A leaf predicts
 * the class with the largest training count there (the smallest class index on ties).
 *
 * <p>These rules are scikit-learn's {@code DecisionTreeClassifier}'s, so the two grow the same tree up to ties
 * between equally good splits (scikit-learn visits features in random order; this class in column order) and to
 * scikit-learn's rounding of {@code x} to single precision, when the exact split search is used. Each feature is
 * sorted once; fitting costs {@code O(n d log n)} for that sort plus {@code O(n d K)} per level of the tree. From
 * {@value SplitSearch#AUTO_HISTOGRAM_ROWS} rows on the default ({@link SplitSearch#AUTO}) bins each numeric feature
 * into at most {@code maxBins} (256) quantile bins and searches per-node histograms instead (about 3× faster on
 * 100 000 × 20 rows, see {@code crm-analytics/BENCHMARKS.md}), with thresholds restricted to bin edges when a
 * feature has more distinct values than bins (see {@link SplitSearch}).
 *
 * <p>Weaknesses: a single deep tree has high variance; prune it ({@link DecisionTreeModel#prune}) or use a
 * {@link RandomForest}. Missing values are not supported: {@code NaN} is rejected.
 *
 * <pre>{@code
 * DecisionTreeModel tree = DecisionTree.fit(x, y, DecisionTree.Options.defaults()
 *         .withCriterion(SplitCriterion.ENTROPY).withMaxDepth(5));
 * int churns = tree.predict(customer);
 * double[] p = tree.probabilities(customer);
 * System.out.println(tree.toText(featureNames, new String[] {"stays", "churns"}));
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>L. Breiman, J. H. Friedman, R. A. Olshen, C. J. Stone, Classification and Regression Trees, Wadsworth,
 *       1984 (chapters 2–4: splitting rules, categorical splits, minimal cost-complexity pruning).</li>
 *   <li>J. R. Quinlan, "Induction of decision trees", Machine Learning 1(1), 81–106, 1986 (information gain).</li>
 *   <li>M. Mehta, R. Agrawal, J. Rissanen, "SLIQ: a fast scalable classifier for data mining", EDBT 1996
 *       (presorted attribute lists).</li>
 * </ol>
 *
 * @see Id3
 * @see RegressionTree
 * @see RandomForest
 */
public final class DecisionTree {

    private DecisionTree() {
    }

    /**
     * Hyper-parameters of a classification tree. Immutable; {@code withX} methods return validated copies.
     *
     * @param criterion           the impurity to minimise
     * @param maxDepth            the largest depth (edges from the root), {@code >= 1}; {@link Integer#MAX_VALUE}
     *                            for no limit
     * @param minSamplesSplit     the fewest samples a node needs to be split, {@code >= 2}
     * @param minSamplesLeaf      the fewest samples each child of a split must keep, {@code >= 1}
     * @param categoricalFeatures the columns holding category codes, distinct and ascending, each {@code >= 0}
     * @param splitSearch         how numeric splits are searched: {@link SplitSearch#AUTO} (histograms from
     *                            {@value SplitSearch#AUTO_HISTOGRAM_ROWS} rows on), {@link SplitSearch#EXACT} or
     *                            {@link SplitSearch#HISTOGRAM}
     * @param maxBins             the most histogram bins per numeric feature, in {@code [2, 256]}; used only when
     *                            histograms are searched
     */
    public record Options(SplitCriterion criterion, int maxDepth, int minSamplesSplit, int minSamplesLeaf,
            int[] categoricalFeatures, SplitSearch splitSearch, int maxBins) {

        /**
         * Validates the options.
         *
         * @param criterion the impurity to minimise
         * @param maxDepth the largest depth
         * @param minSamplesSplit the fewest samples a node needs to be split
         * @param minSamplesLeaf the fewest samples each child must keep
         * @param categoricalFeatures the categorical columns
         * @param splitSearch how numeric splits are searched
         * @param maxBins the most histogram bins per numeric feature
         * @throws IllegalArgumentException naming the option, the rule and the value
         */
        public Options {
            require(criterion != null, "criterion must not be null");
            require(splitSearch != null, "splitSearch must not be null (AUTO, EXACT or HISTOGRAM)");
            require(maxBins >= 2 && maxBins <= SplitSearch.MAX_BINS, "maxBins must be in [2, %d], was %d",
                    SplitSearch.MAX_BINS, maxBins);
            require(maxDepth >= 1, "maxDepth must be >= 1, was %d", maxDepth);
            require(minSamplesSplit >= 2, "minSamplesSplit must be >= 2, was %d", minSamplesSplit);
            require(minSamplesLeaf >= 1, "minSamplesLeaf must be >= 1, was %d", minSamplesLeaf);
            require(categoricalFeatures != null, "categoricalFeatures must not be null");
            categoricalFeatures = categoricalFeatures.clone();
            Arrays.sort(categoricalFeatures);
            for (int i = 0; i < categoricalFeatures.length; i++) {
                require(categoricalFeatures[i] >= 0, "categoricalFeatures must be >= 0, was %d",
                        categoricalFeatures[i]);
                require(i == 0 || categoricalFeatures[i] != categoricalFeatures[i - 1],
                        "categoricalFeatures must be distinct, %d is repeated", categoricalFeatures[i]);
            }
        }

        /**
         * Options with the default split search, {@link SplitSearch#AUTO} with 256 bins.
         *
         * @param criterion the impurity to minimise
         * @param maxDepth the largest depth, {@code >= 1}
         * @param minSamplesSplit the fewest samples a node needs to be split, {@code >= 2}
         * @param minSamplesLeaf the fewest samples each child must keep, {@code >= 1}
         * @param categoricalFeatures the categorical columns
         * @throws IllegalArgumentException naming the option, the rule and the value
         */
        public Options(SplitCriterion criterion, int maxDepth, int minSamplesSplit, int minSamplesLeaf,
                int[] categoricalFeatures) {
            this(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, categoricalFeatures, SplitSearch.AUTO,
                    SplitSearch.MAX_BINS);
        }

        /**
         * @return Gini, no depth limit, {@code minSamplesSplit} 2, {@code minSamplesLeaf} 1, all features numeric,
         *         {@link SplitSearch#AUTO} with 256 bins
         */
        public static Options defaults() {
            return new Options(SplitCriterion.GINI, Integer.MAX_VALUE, 2, 1, new int[0]);
        }

        /** @return a copy of the categorical columns, ascending */
        @Override
        public int[] categoricalFeatures() {
            return categoricalFeatures.clone();
        }

        /**
         * @param value the impurity to minimise
         * @return a copy with that criterion
         */
        public Options withCriterion(SplitCriterion value) {
            return new Options(value, maxDepth, minSamplesSplit, minSamplesLeaf, categoricalFeatures, splitSearch,
                    maxBins);
        }

        /**
         * @param value the largest depth, {@code >= 1} ({@link Integer#MAX_VALUE}: unlimited)
         * @return a copy with that depth limit
         */
        public Options withMaxDepth(int value) {
            return new Options(criterion, value, minSamplesSplit, minSamplesLeaf, categoricalFeatures, splitSearch,
                    maxBins);
        }

        /**
         * @param value the fewest samples a node needs to be split, {@code >= 2}
         * @return a copy with that limit
         */
        public Options withMinSamplesSplit(int value) {
            return new Options(criterion, maxDepth, value, minSamplesLeaf, categoricalFeatures, splitSearch, maxBins);
        }

        /**
         * @param value the fewest samples each child must keep, {@code >= 1}
         * @return a copy with that limit
         */
        public Options withMinSamplesLeaf(int value) {
            return new Options(criterion, maxDepth, minSamplesSplit, value, categoricalFeatures, splitSearch, maxBins);
        }

        /**
         * Declares columns as categorical. Their values must be category codes: integers in {@code [0, 65536)};
         * the codes seen in training, {@code 0 .. max}, are the valid codes at prediction.
         *
         * <p>A categorical split sends a set of categories left. The set is chosen by this rule: with two classes,
         * the categories present at the node are ordered by their proportion of class 1 and only the splits
         * between consecutive categories in that order are tried, which finds the optimal partition (Breiman et
         * al. 1984, theorem 4.5); with three or more classes, every partition is tried when at most 10 categories
         * are present, otherwise the prefix splits of the orderings by the proportion of each class in turn
         * (a heuristic). A category absent from the node's training samples follows the heavier child.
         *
         * @param columns the categorical columns, distinct, each {@code >= 0} (checked against {@code x} at fit)
         * @return a copy with those categorical columns (replacing any declared before)
         */
        public Options withCategoricalFeatures(int... columns) {
            require(columns != null, "categoricalFeatures must not be null");
            return new Options(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, columns, splitSearch, maxBins);
        }

        /**
         * @param value how numeric splits are searched ({@link SplitSearch#EXACT} gives the trees of the presorted
         *              search exactly)
         * @return a copy with that split search
         */
        public Options withSplitSearch(SplitSearch value) {
            return new Options(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, categoricalFeatures, value,
                    maxBins);
        }

        /**
         * @param value the most histogram bins per numeric feature, in {@code [2, 256]}: fewer bins are faster and
         *              coarser; ignored when the exact search is used
         * @return a copy with that bin limit
         */
        public Options withMaxBins(int value) {
            return new Options(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, categoricalFeatures, splitSearch,
                    value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Options other && criterion == other.criterion && maxDepth == other.maxDepth
                    && minSamplesSplit == other.minSamplesSplit && minSamplesLeaf == other.minSamplesLeaf
                    && Arrays.equals(categoricalFeatures, other.categoricalFeatures)
                    && splitSearch == other.splitSearch && maxBins == other.maxBins;
        }

        @Override
        public int hashCode() {
            return ((criterion.hashCode() * 31 + maxDepth) * 31 + minSamplesSplit) * 31 + minSamplesLeaf
                    + 7 * Arrays.hashCode(categoricalFeatures) + 11 * splitSearch.hashCode() + 13 * maxBins;
        }

        @Override
        public String toString() {
            return "Options[criterion=" + criterion + ", maxDepth="
                    + (maxDepth == Integer.MAX_VALUE ? "unlimited" : maxDepth) + ", minSamplesSplit="
                    + minSamplesSplit + ", minSamplesLeaf=" + minSamplesLeaf + ", categoricalFeatures="
                    + Arrays.toString(categoricalFeatures) + ", splitSearch=" + splitSearch + ", maxBins=" + maxBins
                    + "]";
        }
    }

    /**
     * Grows a classification tree with the default options (Gini, unlimited depth, all features numeric).
     *
     * @param x the features, one row per sample (not modified)
     * @param y the class index of each row, {@code >= 0} (not modified)
     * @return the fitted tree
     * @throws IllegalArgumentException as {@link #fit(double[][], int[], Options)}
     */
    public static DecisionTreeModel fit(double[][] x, int[] y) {
        return fit(x, y, Options.defaults());
    }

    /**
     * Grows a classification tree.
     *
     * @param x       the features, one row per sample: non-empty, rectangular, finite; categorical columns hold
     *                integer codes in {@code [0, 65536)} (not modified)
     * @param y       the class index of each row, in {@code [0, 65536)}; the model has {@code max(y) + 1} classes
     *                (not modified)
     * @param options the hyper-parameters
     * @return the fitted tree
     * @throws IllegalArgumentException when {@code x} is null, empty, ragged or not finite, {@code y} has the wrong
     *                                  length or a negative label, or a categorical column is out of range or holds
     *                                  a value that is not a category code
     */
    public static DecisionTreeModel fit(double[][] x, int[] y, Options options) {
        require(options != null, "options must not be null");
        int features = TreeInputs.features(x);
        int classes = TreeInputs.classes(y, x.length);
        int[] cardinality = TreeInputs.cardinalities(x, features, options.categoricalFeatures);
        NodeCriterion criterion = NodeCriterion.classification(options.criterion(), y.clone(), classes);
        TreeGrower.Rules rules = new TreeGrower.Rules(options.maxDepth(), options.minSamplesSplit(),
                options.minSamplesLeaf(), features);
        Nodes nodes = options.splitSearch().usesHistogram(x.length)
                ? new HistogramGrower(Binned.of(x, options.maxBins(), cardinality), null, criterion, cardinality,
                        rules, null).grow()
                : new TreeGrower(Presorted.of(x), null, criterion, cardinality, rules, null).grow();
        return new DecisionTreeModel(nodes, features, classes, cardinality, options.criterion());
    }
}
