package org.crm4j.analytics.tree;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Grows one CART tree depth first on binned features ({@link SplitSearch#HISTOGRAM}): each node that may be split
 * holds a histogram (per feature and bin: row count, weight and criterion statistics), the best split of a numeric
 * feature is found by one scan over its bins, and after a split the histogram of the child with fewer rows is
 * built from its rows while the other child's is the parent's minus it, in the parent's buffer (Ke et al. 2017).
 *
 * <p>Nodes are numbered, stopped, and tied as by {@link TreeGrower} (the same stopping rules, features in the same
 * order, drawn by the same calls to the generator, candidates in ascending order and the first best kept), so the
 * two give the same tree when every bin holds one distinct value and the statistics are sums of integers
 * (classification with unit or bootstrap weights). The node's rows are kept as one index array, partitioned at
 * each split; the threshold of a numeric split is the midpoint of the largest value sent left and the smallest sent
 * right among the node's rows, as in exact mode. Not thread-safe: one grower per tree.
 */
final class HistogramGrower {

    /** A histogram over every numeric feature's bins. */
    static final class Histogram {
        final int[] count;
        final double[] weight;
        final double[] stats;

        Histogram(int slots, int width) {
            count = new int[slots];
            weight = new double[slots];
            stats = new double[slots * width];
        }

        void clear() {
            Arrays.fill(count, 0);
            Arrays.fill(weight, 0.0);
            Arrays.fill(stats, 0.0);
        }

        /** this -= other, slot by slot. */
        void subtract(Histogram other) {
            for (int i = 0; i < count.length; i++) {
                count[i] -= other.count[i];
                weight[i] -= other.weight[i];
            }
            for (int i = 0; i < stats.length; i++) {
                stats[i] -= other.stats[i];
            }
        }
    }

    private final Binned data;
    private final NodeCriterion criterion;
    private final TreeGrower.Rules rules;
    private final int[] cardinality;
    private final SplittableRandom random;
    private final double[] weights;
    private final int features;
    private final int width;
    private final int[] labels;
    private final int[] rows;
    private final int[] tmpRows;
    private final int[] nodeLabels;
    private final double[] nodeWeights;
    private final int[] featureOrder;
    /** The first numeric feature, whose bins give a node's statistics from its histogram; -1 when none. */
    private final int firstNumeric;
    private final CategoricalSplitter categorical;
    private final double[] total;
    private final double[] leftStats;
    private final double[] rightStats;
    private final double[] nodeValue;
    private final ArrayDeque<Histogram> free = new ArrayDeque<>();

    private double bestProxy;
    private int bestFeature;
    private int bestBin;
    private final long[] bestWords;

    /**
     * @param data        the binned training features
     * @param weights     the weight of each row; rows of weight 0 are left out (bootstrap); null for all 1
     * @param criterion   the impurity
     * @param cardinality per feature, 0 for numeric or the number of category codes for categorical
     * @param rules       growth limits
     * @param random      the feature sampler when {@code rules.maxFeatures() < features}, else unused (may be null)
     */
    HistogramGrower(Binned data, double[] weights, NodeCriterion criterion, int[] cardinality,
            TreeGrower.Rules rules, SplittableRandom random) {
        this.data = data;
        this.criterion = criterion;
        this.rules = rules;
        this.cardinality = cardinality;
        this.random = random;
        this.features = data.features;
        this.width = criterion.width();
        this.labels = criterion.labels();
        int n = data.rows;
        if (weights == null) {
            weights = new double[n];
            Arrays.fill(weights, 1.0);
        }
        this.weights = weights;
        int m = 0;
        for (double w : weights) {
            if (w > 0.0) {
                m++;
            }
        }
        rows = new int[m];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (weights[i] > 0.0) {
                rows[k++] = i;
            }
        }
        tmpRows = new int[m];
        nodeLabels = new int[m];
        nodeWeights = new double[m];
        featureOrder = new int[features];
        for (int f = 0; f < features; f++) {
            featureOrder[f] = f;
        }
        int numeric = -1;
        for (int f = features - 1; f >= 0; f--) {
            if (cardinality[f] == 0) {
                numeric = f;
            }
        }
        firstNumeric = numeric;
        int maxCardinality = 0;
        for (int c : cardinality) {
            maxCardinality = Math.max(maxCardinality, c);
        }
        categorical = maxCardinality > 0 ? new CategoricalSplitter(criterion, weights, maxCardinality) : null;
        bestWords = new long[(maxCardinality + 63) >>> 6];
        total = new double[width];
        leftStats = new double[width];
        rightStats = new double[width];
        nodeValue = new double[criterion.valueWidth()];
    }

    /** Grows the tree on every row of positive weight. */
    Nodes grow() {
        Nodes.Builder builder = new Nodes.Builder(criterion.valueWidth());
        int m = rows.length;
        int[] stack = new int[5 * 64];
        Histogram[] histograms = new Histogram[64];
        int top = 0;
        int entries = 0;
        stack[top++] = 0;
        stack[top++] = m;
        stack[top++] = 0;
        stack[top++] = -1;
        stack[top++] = 0;
        histograms[entries++] = mayBeSplit(m, 0) ? build(0, m) : null;
        while (top > 0) {
            boolean isLeft = stack[--top] == 1;
            int parent = stack[--top];
            int depth = stack[--top];
            int end = stack[--top];
            int start = stack[--top];
            Histogram histogram = histograms[--entries];
            histograms[entries] = null;
            double w = histogram != null && firstNumeric >= 0 ? nodeStatistics(histogram)
                    : nodeStatistics(start, end);
            double impurity = criterion.impurity(total, 0, w);
            criterion.value(total, w, nodeValue);
            int n = end - start;
            int id = builder.add(parent, isLeft, impurity, n, w, nodeValue, 0);
            boolean leaf = !mayBeSplit(n, depth) || impurity <= Tolerances.PURE_IMPURITY;
            if (leaf || !findSplit(histogram, start, end, w)) {
                release(histogram);
                continue;
            }
            int nLeft = applySplit(builder, histogram, id, start, end);
            int nRight = n - nLeft;
            boolean splitLeft = mayBeSplit(nLeft, depth + 1);
            boolean splitRight = mayBeSplit(nRight, depth + 1);
            Histogram left = null;
            Histogram right = null;
            boolean leftSmaller = nLeft <= nRight;
            if (splitLeft && splitRight) {
                // the parent's buffer becomes the larger child's by subtracting the smaller child's
                Histogram small = leftSmaller ? build(start, start + nLeft) : build(start + nLeft, end);
                histogram.subtract(small);
                left = leftSmaller ? small : histogram;
                right = leftSmaller ? histogram : small;
            } else if (splitLeft || splitRight) {
                Histogram needed;
                if (splitLeft == leftSmaller) {
                    release(histogram);
                    needed = splitLeft ? build(start, start + nLeft) : build(start + nLeft, end);
                } else {
                    Histogram small = splitLeft ? build(start + nLeft, end) : build(start, start + nLeft);
                    histogram.subtract(small);
                    release(small);
                    needed = histogram;
                }
                left = splitLeft ? needed : null;
                right = splitLeft ? null : needed;
            } else {
                release(histogram);
            }
            if (top + 10 > stack.length) {
                stack = Arrays.copyOf(stack, stack.length * 2);
            }
            if (entries + 2 > histograms.length) {
                histograms = Arrays.copyOf(histograms, histograms.length * 2);
            }
            stack[top++] = start + nLeft;
            stack[top++] = end;
            stack[top++] = depth + 1;
            stack[top++] = id;
            stack[top++] = 0;
            histograms[entries++] = right;
            stack[top++] = start;
            stack[top++] = start + nLeft;
            stack[top++] = depth + 1;
            stack[top++] = id;
            stack[top++] = 1;
            histograms[entries++] = left;
        }
        return builder.build();
    }

    /** @return false when the stopping rules make a node of {@code n} rows at {@code depth} a leaf whatever its rows */
    private boolean mayBeSplit(int n, int depth) {
        return depth < rules.maxDepth() && n >= rules.minSamplesSplit() && n >= 2 * rules.minSamplesLeaf();
    }

    private void release(Histogram histogram) {
        if (histogram != null) {
            free.push(histogram);
        }
    }

    /** @return the histogram of rows {@code rows[start, end)}, built directly */
    Histogram build(int start, int end) {
        Histogram h = free.isEmpty() ? new Histogram(data.offset[features], width) : free.pop();
        h.clear();
        int[] count = h.count;
        double[] weight = h.weight;
        double[] stats = h.stats;
        int n = end - start;
        for (int p = 0; p < n; p++) {
            int s = rows[start + p];
            nodeWeights[p] = weights[s];
            if (labels != null) {
                nodeLabels[p] = labels[s];
            }
        }
        for (int f = 0; f < features; f++) {
            byte[] codes = data.codes[f];
            if (codes == null) {
                continue;
            }
            int offset = data.offset[f];
            if (labels != null) {
                for (int p = 0; p < n; p++) {
                    int slot = offset + (codes[rows[start + p]] & 0xFF);
                    double ws = nodeWeights[p];
                    count[slot]++;
                    weight[slot] += ws;
                    stats[slot * width + nodeLabels[p]] += ws;
                }
            } else {
                for (int p = 0; p < n; p++) {
                    int s = rows[start + p];
                    int slot = offset + (codes[s] & 0xFF);
                    double ws = nodeWeights[p];
                    count[slot]++;
                    weight[slot] += ws;
                    criterion.add(stats, slot * width, s, ws);
                }
            }
        }
        return h;
    }

    /** The node's statistics summed over the bins of its histogram's first numeric feature. */
    private double nodeStatistics(Histogram h) {
        Arrays.fill(total, 0.0);
        double w = 0.0;
        int from = data.offset[firstNumeric];
        int to = from + data.bins[firstNumeric];
        for (int slot = from; slot < to; slot++) {
            if (h.count[slot] > 0) {
                w += h.weight[slot];
                for (int k = 0; k < width; k++) {
                    total[k] += h.stats[slot * width + k];
                }
            }
        }
        return w;
    }

    private double nodeStatistics(int start, int end) {
        Arrays.fill(total, 0.0);
        double w = 0.0;
        for (int p = start; p < end; p++) {
            int s = rows[p];
            criterion.add(total, 0, s, weights[s]);
            w += weights[s];
        }
        return w;
    }

    /** As {@link TreeGrower}'s: every feature, or sampled features until one varies on the node. */
    private boolean findSplit(Histogram histogram, int start, int end, double w) {
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
            boolean varies = cardinality[f] > 0 ? searchCategorical(f, start, end, w)
                    : searchNumeric(histogram, f, end - start, w);
            if (varies) {
                nonConstant++;
            }
        }
        return bestFeature >= 0;
    }

    /** @return false when the node's rows of feature {@code f} all lie in one bin */
    private boolean searchNumeric(Histogram h, int f, int n, double w) {
        int offset = data.offset[f];
        int bins = data.bins[f];
        int[] count = h.count;
        double[] weight = h.weight;
        double[] stats = h.stats;
        Arrays.fill(leftStats, 0.0);
        double wl = 0.0;
        int nl = 0;
        int minLeaf = rules.minSamplesLeaf();
        for (int b = 0; b < bins; b++) {
            int slot = offset + b;
            int c = count[slot];
            if (c == 0) {
                continue;
            }
            if (c == n) {
                return false;
            }
            for (int k = 0; k < width; k++) {
                leftStats[k] += stats[slot * width + k];
            }
            wl += weight[slot];
            nl += c;
            if (nl == n) {
                break;
            }
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
                bestBin = b;
            }
        }
        return true;
    }

    /** @return false when fewer than two categories are present on the node */
    private boolean searchCategorical(int f, int start, int end, double w) {
        double proxy = categorical.searchRows(rows, data.categories[f], start, end, total, w, cardinality[f],
                rules.minSamplesLeaf(), bestProxy, bestWords);
        if (Double.isNaN(proxy)) {
            return false;
        }
        if (proxy > bestProxy) {
            bestProxy = proxy;
            bestFeature = f;
            bestBin = -1;
        }
        return true;
    }

    /**
     * Records the best split on node {@code id} and partitions the node's rows, stably; returns the left size. The
     * threshold needs the raw values of only two bins: the largest value left lies in the chosen bin, the smallest
     * right in the next bin the node's histogram has rows in.
     */
    private int applySplit(Nodes.Builder builder, Histogram h, int id, int start, int end) {
        int f = bestFeature;
        int l = start;
        int r = 0;
        if (cardinality[f] == 0) {
            byte[] codes = data.codes[f];
            int next = bestBin + 1;
            while (h.count[data.offset[f] + next] == 0) {
                next++;
            }
            double[][] x = data.x;
            double maxLeft = Double.NEGATIVE_INFINITY;
            double minRight = Double.POSITIVE_INFINITY;
            for (int p = start; p < end; p++) {
                int s = rows[p];
                int c = codes[s] & 0xFF;
                if (c <= bestBin) {
                    rows[l++] = s;
                    if (c == bestBin) {
                        maxLeft = Math.max(maxLeft, x[s][f]);
                    }
                } else {
                    tmpRows[r++] = s;
                    if (c == next) {
                        minRight = Math.min(minRight, x[s][f]);
                    }
                }
            }
            double t = maxLeft / 2.0 + minRight / 2.0;
            builder.split(id, f, (t == minRight || Double.isInfinite(t)) ? maxLeft : t);
        } else {
            int words = (cardinality[f] + 63) >>> 6;
            builder.splitCategorical(id, f, bestWords, words);
            double[] column = data.categories[f];
            for (int p = start; p < end; p++) {
                int s = rows[p];
                int code = (int) column[s];
                if ((bestWords[code >>> 6] & (1L << code)) != 0) {
                    rows[l++] = s;
                } else {
                    tmpRows[r++] = s;
                }
            }
        }
        System.arraycopy(tmpRows, 0, rows, l, r);
        return l - start;
    }
}
