package org.crm4j.analytics.tree;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crm4j.analytics.internal.Checks;

/**
 * Random forests of CART classification trees (Breiman 2001): each tree is grown to full depth on a bootstrap
 * sample of the rows, choosing each split among a random subset of {@code maxFeatures} features; the forest
 * predicts the average of the trees' leaf class distributions.
 *
 * <p>Each tree is grown as {@link DecisionTree} grows one, except that at each node features are drawn without
 * replacement until {@code maxFeatures} were drawn and at least one of them varies on the node (scikit-learn's
 * rule), and the bootstrap multiplicities act as sample weights. The out-of-bag error is the error rate of
 * predicting each row by the average of the trees that did not draw it (rows drawn by every tree are left out),
 * an almost unbiased estimate of the test error (Breiman 1996). These are the rules of scikit-learn's
 * {@code RandomForestClassifier(max_features="sqrt", bootstrap=True, oob_score=True)}.
 *
 * <p>Trees are grown in parallel on {@code threads} threads. Tree {@code i} draws its bootstrap and its features
 * from the {@code i}-th generator split off a {@link SplittableRandom} seeded with {@code seed}, so the fitted
 * forest is the same for a seed whatever the number of threads. The columns are sorted (exact split search) or
 * binned (histogram search, {@link SplitSearch}; the tree options' {@code splitSearch} and {@code maxBins} decide,
 * {@link SplitSearch#AUTO} by the number of rows) once and shared by all trees.
 *
 * <pre>{@code
 * RandomForestModel forest = RandomForest.fit(x, churned, RandomForest.Options.defaults()
 *         .withTrees(200).withSeed(7L).withThreads(2));
 * double[] p = forest.probabilities(customer);
 * double estimatedError = forest.outOfBagError();
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>L. Breiman, "Random forests", Machine Learning 45(1), 5–32, 2001.</li>
 *   <li>L. Breiman, "Out-of-bag estimation", technical report, UC Berkeley, 1996.</li>
 * </ol>
 *
 * @see DecisionTree
 */
public final class RandomForest {

    private RandomForest() {
    }

    /**
     * Hyper-parameters of a random forest. Immutable; {@code withX} methods return validated copies.
     *
     * @param trees       the number of trees, {@code >= 1}
     * @param maxFeatures the features drawn at each split, {@code >= 1}; 0 for {@code max(1, floor(sqrt(d)))}
     * @param tree        the options of each tree (criterion, depth and size limits, categorical features)
     * @param seed        the seed of the bootstrap and feature draws
     * @param threads     the number of threads, {@code >= 1}; 0 for all available processors
     */
    public record Options(int trees, int maxFeatures, DecisionTree.Options tree, long seed, int threads) {

        /** The seed of {@link #defaults()}, the module's default seed: fits are reproducible unless asked. */
        public static final long DEFAULT_SEED = 42L;

        /**
         * Validates the options.
         *
         * @param trees the number of trees
         * @param maxFeatures the features drawn at each split, 0 for sqrt(d)
         * @param tree the options of each tree
         * @param seed the seed of all random draws
         * @param threads the number of threads, 0 for all processors
         * @throws IllegalArgumentException naming the option, the rule and the value
         */
        public Options {
            require(trees >= 1, "trees must be >= 1, was %d", trees);
            require(maxFeatures >= 0, "maxFeatures must be >= 0 (0: sqrt of the number of features), was %d",
                    maxFeatures);
            require(tree != null, "tree must not be null");
            Checks.requireThreads(threads);
        }

        /**
         * @return 100 trees, sqrt(d) features per split, unlimited-depth Gini trees, seed {@value #DEFAULT_SEED}, all
         *         processors
         */
        public static Options defaults() {
            return new Options(100, 0, DecisionTree.Options.defaults(), DEFAULT_SEED, 0);
        }

        /**
         * @param value the number of trees, {@code >= 1}
         * @return a copy with that many trees
         */
        public Options withTrees(int value) {
            return new Options(value, maxFeatures, tree, seed, threads);
        }

        /**
         * @param value the features drawn at each split, {@code >= 1}, at most the number of features; 0 for sqrt
         * @return a copy with that number
         */
        public Options withMaxFeatures(int value) {
            return new Options(trees, value, tree, seed, threads);
        }

        /**
         * @param value the options of each tree
         * @return a copy growing trees with them
         */
        public Options withTree(DecisionTree.Options value) {
            return new Options(trees, maxFeatures, value, seed, threads);
        }

        /**
         * @param value the seed of all random draws
         * @return a copy with that seed
         */
        public Options withSeed(long value) {
            return new Options(trees, maxFeatures, tree, value, threads);
        }

        /**
         * @param value the number of threads, {@code >= 1}; 0 for all available processors. The result does not
         *              depend on it.
         * @return a copy with that many threads
         */
        public Options withThreads(int value) {
            return new Options(trees, maxFeatures, tree, seed, value);
        }
    }

    /**
     * Grows a random forest with {@link Options#defaults()}.
     *
     * @param x the features, as for {@link DecisionTree#fit(double[][], int[], DecisionTree.Options)} (not modified)
     * @param y the class index of each row, in {@code [0, 65536)} (not modified)
     * @return the fitted forest
     * @throws IllegalArgumentException on invalid data (as {@link DecisionTree#fit})
     */
    public static RandomForestModel fit(double[][] x, int[] y) {
        return fit(x, y, Options.defaults());
    }

    /**
     * Grows a random forest.
     *
     * @param x       the features, as for {@link DecisionTree#fit(double[][], int[], DecisionTree.Options)} (not
     *                modified)
     * @param y       the class index of each row, in {@code [0, 65536)} (not modified)
     * @param options the hyper-parameters
     * @return the fitted forest
     * @throws IllegalArgumentException on invalid data (as {@link DecisionTree#fit}) or {@code maxFeatures}
     *                                  larger than the number of features
     */
    public static RandomForestModel fit(double[][] x, int[] y, Options options) {
        require(options != null, "options must not be null");
        int features = TreeInputs.features(x);
        int classes = TreeInputs.classes(y, x.length);
        DecisionTree.Options treeOptions = options.tree();
        int[] cardinality = TreeInputs.cardinalities(x, features, treeOptions.categoricalFeatures());
        require(options.maxFeatures() <= features, "maxFeatures must be <= %d (the number of features), was %d",
                features, options.maxFeatures());
        int maxFeatures = options.maxFeatures() > 0 ? options.maxFeatures() : Math.max(1, (int) Math.sqrt(features));
        boolean histogram = treeOptions.splitSearch().usesHistogram(x.length);
        Presorted data = histogram ? null : Presorted.of(x);
        Binned binned = histogram ? Binned.of(x, treeOptions.maxBins(), cardinality) : null;
        NodeCriterion criterion = NodeCriterion.classification(treeOptions.criterion(), y.clone(), classes);
        TreeGrower.Rules rules = new TreeGrower.Rules(treeOptions.maxDepth(), treeOptions.minSamplesSplit(),
                treeOptions.minSamplesLeaf(), maxFeatures);
        SplittableRandom root = new SplittableRandom(options.seed());
        SplittableRandom[] generators = new SplittableRandom[options.trees()];
        for (int t = 0; t < generators.length; t++) {
            generators[t] = root.split();
        }
        Nodes[] trees = new Nodes[options.trees()];
        long[][] inBag = new long[options.trees()][];
        int threads = Math.min(options.trees(), Checks.resolveThreads(options.threads()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "crm4j-random-forest");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < trees.length; t++) {
                int index = t;
                futures.add(pool.submit(() -> {
                    double[] weights = bootstrap(x.length, generators[index]);
                    inBag[index] = mask(weights);
                    trees[index] = histogram
                            ? new HistogramGrower(binned, weights, criterion, cardinality, rules, generators[index])
                                    .grow()
                            : new TreeGrower(data, weights, criterion, cardinality, rules, generators[index]).grow();
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("random forest fit interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("random forest tree failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new RandomForestModel(trees, features, classes, cardinality, treeOptions.criterion(),
                outOfBagError(trees, inBag, x, y, classes));
    }

    /** Draws {@code n} rows with replacement; returns each row's multiplicity. */
    private static double[] bootstrap(int n, SplittableRandom random) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[random.nextInt(n)]++;
        }
        return weights;
    }

    private static long[] mask(double[] weights) {
        long[] bits = new long[(weights.length + 63) >>> 6];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        return bits;
    }

    /** The out-of-bag error rate; NaN when every row was drawn by every tree. */
    private static double outOfBagError(Nodes[] trees, long[][] inBag, double[][] x, int[] y, int classes) {
        double[] votes = new double[classes];
        int counted = 0;
        int wrong = 0;
        for (int i = 0; i < x.length; i++) {
            Arrays.fill(votes, 0.0);
            boolean any = false;
            for (int t = 0; t < trees.length; t++) {
                if ((inBag[t][i >>> 6] & (1L << i)) == 0) {
                    any = true;
                    Nodes nodes = trees[t];
                    int leaf = nodes.leaf(x[i]);
                    for (int k = 0; k < classes; k++) {
                        votes[k] += nodes.value[leaf * classes + k] / nodes.weight[leaf];
                    }
                }
            }
            if (any) {
                counted++;
                if (DecisionTreeModel.argMax(votes, 0, classes) != y[i]) {
                    wrong++;
                }
            }
        }
        return counted == 0 ? Double.NaN : (double) wrong / counted;
    }
}
