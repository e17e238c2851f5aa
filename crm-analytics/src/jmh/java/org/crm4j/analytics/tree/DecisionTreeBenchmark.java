package org.crm4j.analytics.tree;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fit time of a depth-10 CART (Gini) on {@code rows x 20} numeric features with 2 classes: the exact (presorted)
 * split search of {@link DecisionTree} against the histogram search ({@link SplitSearch}) and against
 * {@link ResortingCart}, which re-sorts every node; and a random forest of {@code forestTrees} depth-10 trees on all
 * cores with either search.
 *
 * <p>The data are seeded: 20 standard normal features, class 1 with probability
 * {@code 1 / (1 + exp(-(x0 + x1 - x2 + 0.5 x3 x4)))}. The setup prints both searches' accuracy on {@code rows}
 * further rows drawn the same way; the tear-down prints the out-of-bag error of the last forest of each search.
 *
 * <p>Run (results in {@code crm-analytics/BENCHMARKS.md}):
 * <pre>{@code
 * mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-f 1 -wi 2 -i 3 DecisionTreeBenchmark"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class DecisionTreeBenchmark {

    @Param({"100000"})
    int rows;

    @Param({"100"})
    int forestTrees;

    private double[][] x;
    private int[] y;
    private DecisionTree.Options depth10;
    private double exactOutOfBag = Double.NaN;
    private double histogramOutOfBag = Double.NaN;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        x = new double[rows][];
        y = new int[rows];
        draw(random, x, y);
        double[][] xTest = new double[rows][];
        int[] yTest = new int[rows];
        draw(random, xTest, yTest);
        depth10 = DecisionTree.Options.defaults().withMaxDepth(10);
        DecisionTreeModel exact = DecisionTree.fit(x, y, depth10.withSplitSearch(SplitSearch.EXACT));
        DecisionTreeModel histogram = DecisionTree.fit(x, y, depth10.withSplitSearch(SplitSearch.HISTOGRAM));
        int resorting = ResortingCart.fitLeafCount(x, y, 2, 10);
        if (exact.leafCount() != resorting) {
            throw new IllegalStateException("the two implementations disagree: " + exact.leafCount() + " vs "
                    + resorting + " leaves");
        }
        System.out.printf("%nrows %d: test accuracy exact %.4f (%d leaves), histogram %.4f (%d leaves)%n", rows,
                accuracy(exact, xTest, yTest), exact.leafCount(), accuracy(histogram, xTest, yTest),
                histogram.leafCount());
    }

    private static void draw(SplittableRandom random, double[][] x, int[] y) {
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[20];
            for (int j = 0; j < 20; j++) {
                x[i][j] = random.nextGaussian();
            }
            double score = x[i][0] + x[i][1] - x[i][2] + 0.5 * x[i][3] * x[i][4];
            y[i] = random.nextDouble() < 1.0 / (1.0 + Math.exp(-score)) ? 1 : 0;
        }
    }

    private static double accuracy(DecisionTreeModel tree, double[][] x, int[] y) {
        int correct = 0;
        for (int i = 0; i < x.length; i++) {
            correct += tree.predict(x[i]) == y[i] ? 1 : 0;
        }
        return (double) correct / x.length;
    }

    @TearDown
    public void tearDown() {
        System.out.printf("%nrows %d, %d trees: out-of-bag error exact %.4f, histogram %.4f%n", rows, forestTrees,
                exactOutOfBag, histogramOutOfBag);
    }

    /** The exact (presorted) search: today's CART before the histogram search existed. */
    @Benchmark
    public DecisionTreeModel cartPresorted() {
        return DecisionTree.fit(x, y, depth10.withSplitSearch(SplitSearch.EXACT));
    }

    @Benchmark
    public DecisionTreeModel cartHistogram() {
        return DecisionTree.fit(x, y, depth10.withSplitSearch(SplitSearch.HISTOGRAM));
    }

    @Benchmark
    public int cartResortingBaseline() {
        return ResortingCart.fitLeafCount(x, y, 2, 10);
    }

    /** All cores, exact search: today's forest before the histogram search existed. */
    @Benchmark
    public RandomForestModel forestExact() {
        RandomForestModel forest = RandomForest.fit(x, y, forest(SplitSearch.EXACT));
        exactOutOfBag = forest.outOfBagError();
        return forest;
    }

    @Benchmark
    public RandomForestModel forestHistogram() {
        RandomForestModel forest = RandomForest.fit(x, y, forest(SplitSearch.HISTOGRAM));
        histogramOutOfBag = forest.outOfBagError();
        return forest;
    }

    private RandomForest.Options forest(SplitSearch search) {
        return RandomForest.Options.defaults().withTrees(forestTrees).withSeed(7L).withThreads(0)
                .withTree(depth10.withSplitSearch(search));
    }
}
