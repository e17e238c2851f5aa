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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fit time of a depth-10 CART (Gini) on {@code rows x 20} numeric features with 2 classes: the presorted grower
 * of {@link DecisionTree} against {@link ResortingCart}, which re-sorts every node; and a random forest of depth-10
 * trees on one thread and on all cores.
 *
 * <p>The data are seeded: 20 standard normal features, class 1 with probability
 * {@code 1 / (1 + exp(-(x0 + x1 - x2 + 0.5 x3 x4)))}.
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

    @Param({"20"})
    int forestTrees;

    private double[][] x;
    private int[] y;
    private DecisionTree.Options depth10;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        x = new double[rows][20];
        y = new int[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < 20; j++) {
                x[i][j] = random.nextGaussian();
            }
            double score = x[i][0] + x[i][1] - x[i][2] + 0.5 * x[i][3] * x[i][4];
            y[i] = random.nextDouble() < 1.0 / (1.0 + Math.exp(-score)) ? 1 : 0;
        }
        depth10 = DecisionTree.Options.defaults().withMaxDepth(10);
        int presorted = DecisionTree.fit(x, y, depth10).leafCount();
        int resorting = ResortingCart.fitLeafCount(x, y, 2, 10);
        if (presorted != resorting) {
            throw new IllegalStateException("the two implementations disagree: " + presorted + " vs " + resorting
                    + " leaves");
        }
    }

    @Benchmark
    public DecisionTreeModel cartPresorted() {
        return DecisionTree.fit(x, y, depth10);
    }

    @Benchmark
    public int cartResortingBaseline() {
        return ResortingCart.fitLeafCount(x, y, 2, 10);
    }

    @Benchmark
    public RandomForestModel forestOneThread() {
        return RandomForest.fit(x, y, forest().withThreads(1));
    }

    @Benchmark
    public RandomForestModel forestAllCores() {
        return RandomForest.fit(x, y, forest().withThreads(0));
    }

    private RandomForest.Options forest() {
        return RandomForest.Options.defaults().withTrees(forestTrees).withSeed(7L).withTree(depth10);
    }
}
