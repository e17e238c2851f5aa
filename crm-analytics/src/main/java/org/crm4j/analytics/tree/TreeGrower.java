package org.crm4j.analytics.tree;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Grows one CART tree depth first on presorted columns (Breiman et al. 1984, chapter 2; the sorted-column layout
 * of SLIQ, Mehta, Agrawal and Rissanen 1996).
 *
 * <p>Every feature keeps its node's samples as a contiguous segment of a sorted array, so the best threshold of a
 * node is found by one linear scan per feature; after a split, each feature's segment is stably partitioned into
 * the left and right children, which keeps both sorted. Fitting costs {@code O(d n)} per tree level plus one
 * initial {@code O(d n log n)} sort.
 *
 * <p>Stopping and tie rules follow scikit-learn's {@code DepthFirstTreeBuilder} and {@code BestSplitter}: a node is
 * a leaf when it reaches {@code maxDepth}, has fewer than {@code minSamplesSplit} or {@code 2 minSamplesLeaf}
 * samples, has impurity {@code <= 2^-52}, or has no valid split; values closer than {@code 1e-7} count as equal;
 * the threshold is the midpoint of two consecutive distinct values; the first best split found wins. Not
 * thread-safe: one grower per tree.
 */
final class TreeGrower {

    /** Growth limits; {@code maxFeatures >= features} examines every feature at every node. */
    record Rules(int maxDepth, int minSamplesSplit, int minSamplesLeaf, int maxFeatures) {
    }

    private final NodeCriterion criterion;
    private final Rules rules;
    private final int[] cardinality;
    private final SplittableRandom random;
    private final double[] weights;
    private final int features;
    private final int[][] idx;
    private final double[][] val;
    private final int[] tmpIdx;
    private final double[] tmpVal;
    private final boolean[] goesLeft;
    private final int[] featureOrder;
    private final CategoricalSplitter categorical;
    private final double[] total;
    private final double[] leftStats;
    private final double[] rightStats;
    private final double[] nodeValue;

    private double bestProxy;
    private int bestFeature;
    private int bestPos;
    private double bestThreshold;
    private final long[] bestWords;

    /**
     * @param data        the presorted training features
     * @param weights     the weight of each row; rows of weight 0 are left out (bootstrap); null for all 1
     * @param criterion   the impurity
     * @param cardinality per feature, 0 for numeric or the number of category codes {@code [0, c)} for categorical
     * @param rules       growth limits
     * @param random      the feature sampler when {@code rules.maxFeatures() < features}, else unused (may be null)
     */
    TreeGrower(Presorted data, double[] weights, NodeCriterion criterion, int[] cardinality, Rules rules,
            SplittableRandom random) {
        this.criterion = criterion;
        this.rules = rules;
        this.cardinality = cardinality;
        this.random = random;
        this.features = data.features;
        int n = data.rows;
        this.weights = weights != null ? weights : filled(n);
        int m = 0;
        for (double w : this.weights) {
            if (w > 0.0) {
                m++;
            }
        }
        idx = new int[features][m];
        val = new double[features][m];
        for (int f = 0; f < features; f++) {
            int[] order = data.order[f];
            double[] column = data.columns[f];
            int k = 0;
            for (int i = 0; i < n; i++) {
                int s = order[i];
                if (this.weights[s] > 0.0) {
                    idx[f][k] = s;
                    val[f][k++] = column[s];
                }
            }
        }
        tmpIdx = new int[m];
        tmpVal = new double[m];
        goesLeft = new boolean[n];
        featureOrder = new int[features];
        for (int f = 0; f < features; f++) {
            featureOrder[f] = f;
        }
        int maxCardinality = 0;
        for (int c : cardinality) {
            maxCardinality = Math.max(maxCardinality, c);
        }
        categorical = maxCardinality > 0 ? new CategoricalSplitter(criterion, this.weights, maxCardinality) : null;
        bestWords = new long[(maxCardinality + 63) >>> 6];
        int width = criterion.width();
        total = new double[width];
        leftStats = new double[width];
        rightStats = new double[width];
        nodeValue = new double[criterion.valueWidth()];
    }

    private static double[] filled(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        return w;
    }

    /** Grows the tree on every row of positive weight. */
    Nodes grow() {
        Nodes.Builder builder = new Nodes.Builder(criterion.valueWidth());
        int m = tmpIdx.length;
        int[] stack = new int[5 * 64];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = m;
        stack[top++] = 0;
        stack[top++] = -1;
        stack[top++] = 0;
        while (top > 0) {
            boolean isLeft = stack[--top] == 1;
            int parent = stack[--top];
            int depth = stack[--top];
            int end = stack[--top];
            int start = stack[--top];
            double w = nodeStatistics(start, end);
            double impurity = criterion.impurity(total, 0, w);
            criterion.value(total, w, nodeValue);
            int n = end - start;
            int id = builder.add(parent, isLeft, impurity, n, w, nodeValue, 0);
            boolean leaf = depth >= rules.maxDepth() || n < rules.minSamplesSplit()
                    || n < 2 * rules.minSamplesLeaf() || impurity <= Tolerances.PURE_IMPURITY;
            if (leaf || !findSplit(start, end, w)) {
                continue;
            }
            int nLeft = applySplit(builder, id, start, end);
            if (top + 10 > stack.length) {
                stack = Arrays.copyOf(stack, stack.length * 2);
            }
            stack[top++] = start + nLeft;
            stack[top++] = end;
            stack[top++] = depth + 1;
            stack[top++] = id;
            stack[top++] = 0;
            stack[top++] = start;
            stack[top++] = start + nLeft;
            stack[top++] = depth + 1;
            stack[top++] = id;
            stack[top++] = 1;
        }
        return builder.build();
    }

    private double nodeStatistics(int start, int end) {
        Arrays.fill(total, 0.0);
        double w = 0.0;
        int[] ids = idx[0];
        for (int p = start; p < end; p++) {
            int s = ids[p];
            criterion.add(total, 0, s, weights[s]);
            w += weights[s];
        }
        return w;
    }

    /**
     * Searches every feature, or, when {@code maxFeatures < features}, features drawn without replacement until at
     * least {@code maxFeatures} were drawn and one of them is not constant on the node (scikit-learn's rule).
     */
    private boolean findSplit(int start, int end, double w) {
        bestProxy = Double.NEGATIVE_INFINITY;
        bestFeature = -1;
        boolean sampled = rules.maxFeatures() < features;
        int nonConstant = 0;
        for (int j = 0; j < features; j++) {
            if (sampled) {
                if (j >= rules.maxFeatures() && nonConstant > 0) {
                    break;
                }
                int r = j + random.nextInt(features - j);
                int swap = featureOrder[j];
                featureOrder[j] = featureOrder[r];
                featureOrder[r] = swap;
            }
            int f = featureOrder[j];
            boolean varies = cardinality[f] > 0 ? searchCategorical(f, start, end, w) : searchNumeric(f, start, end, w);
            if (varies) {
                nonConstant++;
            }
        }
        return bestFeature >= 0;
    }

    /** @return false when the feature is constant on the node */
    private boolean searchNumeric(int f, int start, int end, double w) {
        double[] v = val[f];
        int[] ids = idx[f];
        if (v[end - 1] <= v[start] + Tolerances.FEATURE_THRESHOLD) {
            return false;
        }
        Arrays.fill(leftStats, 0.0);
        double wl = 0.0;
        int n = end - start;
        int minLeaf = rules.minSamplesLeaf();
        int width = leftStats.length;
        for (int p = start; p < end - 1; p++) {
            int s = ids[p];
            double ws = weights[s];
            criterion.add(leftStats, 0, s, ws);
            wl += ws;
            if (v[p + 1] <= v[p] + Tolerances.FEATURE_THRESHOLD) {
                continue;
            }
            int nl = p + 1 - start;
            if (nl < minLeaf) {
                continue;
            }
            if (n - nl < minLeaf) {
                break;
            }
            for (int k = 0; k < width; k++) {
                rightStats[k] = total[k] - leftStats[k];
            }
            double proxy = criterion.proxy(leftStats, wl, rightStats, w - wl);
            if (proxy > bestProxy) {
                bestProxy = proxy;
                bestFeature = f;
                bestPos = p + 1;
                double t = v[p] / 2.0 + v[p + 1] / 2.0;
                bestThreshold = (t == v[p + 1] || Double.isInfinite(t)) ? v[p] : t;
            }
        }
        return true;
    }

    /** @return false when fewer than two categories are present on the node */
    private boolean searchCategorical(int f, int start, int end, double w) {
        double proxy = categorical.search(idx[f], val[f], start, end, total, w, cardinality[f],
                rules.minSamplesLeaf(), bestProxy, bestWords);
        if (Double.isNaN(proxy)) {
            return false;
        }
        if (proxy > bestProxy) {
            bestProxy = proxy;
            bestFeature = f;
            bestPos = -1;
        }
        return true;
    }

    /** Records the best split on node {@code id}, partitions every feature's segment; returns the left size. */
    private int applySplit(Nodes.Builder builder, int id, int start, int end) {
        int f = bestFeature;
        int[] ids = idx[f];
        int nLeft = 0;
        if (cardinality[f] == 0) {
            builder.split(id, f, bestThreshold);
            for (int p = start; p < end; p++) {
                goesLeft[ids[p]] = p < bestPos;
            }
            nLeft = bestPos - start;
        } else {
            int words = (cardinality[f] + 63) >>> 6;
            builder.splitCategorical(id, f, bestWords, words);
            double[] v = val[f];
            for (int p = start; p < end; p++) {
                int code = (int) v[p];
                boolean left = (bestWords[code >>> 6] & (1L << code)) != 0;
                goesLeft[ids[p]] = left;
                if (left) {
                    nLeft++;
                }
            }
        }
        for (int g = 0; g < features; g++) {
            partition(idx[g], val[g], start, end);
        }
        return nLeft;
    }

    private void partition(int[] ids, double[] v, int start, int end) {
        int l = start;
        int r = 0;
        for (int p = start; p < end; p++) {
            int s = ids[p];
            if (goesLeft[s]) {
                ids[l] = s;
                v[l++] = v[p];
            } else {
                tmpIdx[r] = s;
                tmpVal[r++] = v[p];
            }
        }
        System.arraycopy(tmpIdx, 0, ids, l, r);
        System.arraycopy(tmpVal, 0, v, l, r);
    }
}
