package org.crm4j.analytics.tree;

import java.util.Arrays;

/**
 * A fitted binary tree stored in flat arrays, nodes numbered in depth-first pre-order (a node, its left subtree,
 * its right subtree), as scikit-learn numbers them. Immutable once built; shared by the model classes.
 *
 * <p>Node {@code i} is a leaf when {@code feature[i] < 0}. An internal node sends a row left when
 * {@code row[feature] <= threshold} for a numeric feature, or, for a categorical feature, when bit
 * {@code (int) row[feature]} of the node's category set (words {@code catOffset[i] ..} of {@code catWords}) is set.
 * {@code value} holds {@code width} numbers per node: the weighted class counts for classification, the mean
 * response for regression.
 */
final class Nodes {

    final int count;
    final int width;
    final int[] feature;
    final double[] threshold;
    final int[] left;
    final int[] right;
    final double[] impurity;
    final int[] samples;
    final double[] weight;
    final double[] value;
    final int[] catOffset;
    final long[] catWords;

    private Nodes(Builder b) {
        count = b.count;
        width = b.width;
        feature = Arrays.copyOf(b.feature, count);
        threshold = Arrays.copyOf(b.threshold, count);
        left = Arrays.copyOf(b.left, count);
        right = Arrays.copyOf(b.right, count);
        impurity = Arrays.copyOf(b.impurity, count);
        samples = Arrays.copyOf(b.samples, count);
        weight = Arrays.copyOf(b.weight, count);
        value = Arrays.copyOf(b.value, count * width);
        catOffset = Arrays.copyOf(b.catOffset, count);
        catWords = Arrays.copyOf(b.catWords, b.catWordCount);
    }

    boolean isLeaf(int node) {
        return feature[node] < 0;
    }

    /** @return the leaf a (validated) row falls into */
    int leaf(double[] row) {
        int node = 0;
        while (feature[node] >= 0) {
            node = goesLeft(node, row[feature[node]]) ? left[node] : right[node];
        }
        return node;
    }

    boolean goesLeft(int node, double x) {
        int offset = catOffset[node];
        if (offset < 0) {
            return x <= threshold[node];
        }
        int code = (int) x;
        return (catWords[offset + (code >>> 6)] & (1L << code)) != 0;
    }

    /** @return the category codes sent left by categorical node {@code node}, ascending */
    int[] leftCategories(int node, int cardinality) {
        int offset = catOffset[node];
        int[] out = new int[cardinality];
        int n = 0;
        for (int code = 0; code < cardinality; code++) {
            if ((catWords[offset + (code >>> 6)] & (1L << code)) != 0) {
                out[n++] = code;
            }
        }
        return Arrays.copyOf(out, n);
    }

    int leafCount() {
        int leaves = 0;
        for (int f : feature) {
            if (f < 0) {
                leaves++;
            }
        }
        return leaves;
    }

    /** @return the number of edges on the longest root-to-leaf path */
    int depth() {
        int[] depthOf = new int[count];
        int max = 0;
        for (int i = 0; i < count; i++) {
            if (feature[i] >= 0) {
                depthOf[left[i]] = depthOf[i] + 1;
                depthOf[right[i]] = depthOf[i] + 1;
            }
            max = Math.max(max, depthOf[i]);
        }
        return max;
    }

    /**
     * Mean decrease in impurity: for each feature, the sum over the nodes splitting on it of
     * {@code w * impurity - w_l * impurity_l - w_r * impurity_r}, normalised to sum to 1 (all zeros when no split
     * decreases the impurity), as scikit-learn's {@code feature_importances_}.
     */
    double[] featureImportances(int features) {
        double[] importance = new double[features];
        for (int i = 0; i < count; i++) {
            if (feature[i] >= 0) {
                int l = left[i];
                int r = right[i];
                importance[feature[i]] += weight[i] * impurity[i] - weight[l] * impurity[l] - weight[r] * impurity[r];
            }
        }
        double total = 0.0;
        for (double v : importance) {
            total += v;
        }
        if (total > 0.0) {
            for (int f = 0; f < features; f++) {
                importance[f] /= total;
            }
        }
        return importance;
    }

    /** Collects nodes in pre-order while a tree is grown or pruned. */
    static final class Builder {
        private final int width;
        private int count;
        private int[] feature = new int[64];
        private double[] threshold = new double[64];
        private int[] left = new int[64];
        private int[] right = new int[64];
        private double[] impurity = new double[64];
        private int[] samples = new int[64];
        private double[] weight = new double[64];
        private double[] value;
        private int[] catOffset = new int[64];
        private long[] catWords = new long[16];
        private int catWordCount;

        Builder(int width) {
            this.width = width;
            this.value = new double[64 * width];
        }

        /**
         * Adds a leaf (turned into a split later by {@link #split}) and links it to its parent.
         *
         * @return the new node's id
         */
        int add(int parent, boolean isLeft, double nodeImpurity, int nodeSamples, double nodeWeight,
                double[] nodeValue, int valueOffset) {
            if (count == feature.length) {
                int capacity = count * 2;
                feature = Arrays.copyOf(feature, capacity);
                threshold = Arrays.copyOf(threshold, capacity);
                left = Arrays.copyOf(left, capacity);
                right = Arrays.copyOf(right, capacity);
                impurity = Arrays.copyOf(impurity, capacity);
                samples = Arrays.copyOf(samples, capacity);
                weight = Arrays.copyOf(weight, capacity);
                value = Arrays.copyOf(value, capacity * width);
                catOffset = Arrays.copyOf(catOffset, capacity);
            }
            int id = count++;
            feature[id] = -1;
            threshold[id] = Double.NaN;
            left[id] = -1;
            right[id] = -1;
            impurity[id] = nodeImpurity;
            samples[id] = nodeSamples;
            weight[id] = nodeWeight;
            System.arraycopy(nodeValue, valueOffset, value, id * width, width);
            catOffset[id] = -1;
            if (parent >= 0) {
                if (isLeft) {
                    left[parent] = id;
                } else {
                    right[parent] = id;
                }
            }
            return id;
        }

        void split(int node, int splitFeature, double splitThreshold) {
            feature[node] = splitFeature;
            threshold[node] = splitThreshold;
        }

        void splitCategorical(int node, int splitFeature, long[] words, int wordCount) {
            feature[node] = splitFeature;
            if (catWordCount + wordCount > catWords.length) {
                catWords = Arrays.copyOf(catWords, Math.max(catWords.length * 2, catWordCount + wordCount));
            }
            catOffset[node] = catWordCount;
            System.arraycopy(words, 0, catWords, catWordCount, wordCount);
            catWordCount += wordCount;
        }

        Nodes build() {
            return new Nodes(this);
        }
    }

    /** Copies node {@code i} of {@code from} into {@code to} as a leaf, linking it to {@code parent}. */
    static int copyNode(Nodes from, int i, Builder to, int parent, boolean isLeft) {
        return to.add(parent, isLeft, from.impurity[i], from.samples[i], from.weight[i], from.value, i * from.width);
    }

    /** Copies the split of node {@code i} of {@code from} onto node {@code id} of {@code to}. */
    static void copySplit(Nodes from, int i, Builder to, int id, int cardinality) {
        if (from.catOffset[i] < 0) {
            to.split(id, from.feature[i], from.threshold[i]);
        } else {
            int words = (cardinality + 63) >>> 6;
            to.splitCategorical(id, from.feature[i], Arrays.copyOfRange(from.catWords, from.catOffset[i],
                    from.catOffset[i] + words), words);
        }
    }
}
