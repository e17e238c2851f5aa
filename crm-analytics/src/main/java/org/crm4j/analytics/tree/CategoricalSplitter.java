package org.crm4j.analytics.tree;

import java.util.Arrays;

/**
 * Finds the best binary partition of the categories of one categorical feature at one node.
 *
 * <p>The rule (documented on {@link DecisionTree.Options#withCategoricalFeatures}):
 * <ul>
 *   <li>two classes, or regression: the categories present are sorted by the proportion of class 1 (the mean
 *       response) and only the {@code m - 1} splits between consecutive categories in that order are tried. For
 *       Gini, entropy and squared error this finds the optimal partition among all {@code 2^(m-1) - 1}
 *       (Breiman et al. 1984, theorem 4.5; Ripley 1996, p. 218);</li>
 *   <li>three or more classes with at most {@value #EXHAUSTIVE_LIMIT} categories present: every partition is
 *       tried;</li>
 *   <li>more categories: for each class {@code c}, the categories sorted by the proportion of {@code c} and the
 *       {@code m - 1} prefix splits of that order are tried (a heuristic, {@code K (m - 1)} candidates).</li>
 * </ul>
 * Categories absent from the node's training samples go to the child with the larger weight (left on ties), so
 * every code in {@code [0, cardinality)} has a branch. Not thread-safe: owned by one {@link TreeGrower}.
 */
final class CategoricalSplitter {

    static final int EXHAUSTIVE_LIMIT = 10;

    private final NodeCriterion criterion;
    private final double[] weights;
    private final int width;
    private final int[] code;
    private final int[] count;
    private final double[] weight;
    private final double[] stats;
    private final int[] order;
    private final double[] keys;
    private final boolean[] inLeft;
    private final boolean[] bestLeft;
    private final double[] left;
    private final double[] right;
    /** Histogram mode: the rank of each code among the node's codes, -1 when absent (reset after each search). */
    private int[] slot;

    CategoricalSplitter(NodeCriterion criterion, double[] weights, int maxCardinality) {
        this.criterion = criterion;
        this.weights = weights;
        this.width = criterion.width();
        code = new int[maxCardinality];
        count = new int[maxCardinality];
        weight = new double[maxCardinality];
        stats = new double[maxCardinality * width];
        order = new int[maxCardinality];
        keys = new double[maxCardinality];
        inLeft = new boolean[maxCardinality];
        bestLeft = new boolean[maxCardinality];
        left = new double[width];
        right = new double[width];
    }

    /**
     * Searches the partitions of the categories in {@code vals[start, end)} (sorted, so equal codes are adjacent).
     *
     * @return NaN when fewer than two categories are present; otherwise the best proxy found, and when it exceeds
     *         {@code bestSoFar} the left category set is written to {@code words}
     */
    double search(int[] ids, double[] vals, int start, int end, double[] total, double w, int cardinality,
            int minLeaf, double bestSoFar, long[] words) {
        return searchGathered(gather(ids, vals, start, end), start, end, total, w, cardinality, minLeaf, bestSoFar,
                words);
    }

    /**
     * As {@link #search}, for rows in any order: the codes of rows {@code rows[start, end)} are read from
     * {@code column} (indexed by row) and gathered into a per-code histogram, categories in ascending code order as
     * {@link #search} sees them. Used by the histogram grower, which keeps no sorted columns.
     */
    double searchRows(int[] rows, double[] column, int start, int end, double[] total, double w, int cardinality,
            int minLeaf, double bestSoFar, long[] words) {
        return searchGathered(gatherRows(rows, column, start, end), start, end, total, w, cardinality, minLeaf,
                bestSoFar, words);
    }

    private double searchGathered(int m, int start, int end, double[] total, double w, int cardinality,
            int minLeaf, double bestSoFar, long[] words) {
        if (m < 2) {
            return Double.NaN;
        }
        double best = Double.NEGATIVE_INFINITY;
        int n = end - start;
        if (criterion.orderingIsOptimal()) {
            best = scanOrdered(m, 1, total, w, n, minLeaf, best);
        } else if (m <= EXHAUSTIVE_LIMIT) {
            best = scanAll(m, total, w, n, minLeaf, best);
        } else {
            for (int c = 0; c < width; c++) {
                best = scanOrdered(m, c, total, w, n, minLeaf, best);
            }
        }
        if (best > bestSoFar) {
            writeWords(m, cardinality, w, words);
        }
        return best;
    }

    private int gather(int[] ids, double[] vals, int start, int end) {
        int m = -1;
        double previous = Double.NaN;
        for (int p = start; p < end; p++) {
            if (vals[p] != previous) {
                m++;
                previous = vals[p];
                code[m] = (int) previous;
                count[m] = 0;
                weight[m] = 0.0;
                Arrays.fill(stats, m * width, (m + 1) * width, 0.0);
            }
            int s = ids[p];
            count[m]++;
            weight[m] += weights[s];
            criterion.add(stats, m * width, s, weights[s]);
        }
        return m + 1;
    }

    private int gatherRows(int[] rows, double[] column, int start, int end) {
        if (slot == null) {
            slot = new int[code.length];
            Arrays.fill(slot, -1);
        }
        int m = 0;
        for (int p = start; p < end; p++) {
            int c = (int) column[rows[p]];
            if (slot[c] < 0) {
                slot[c] = 0;
                code[m++] = c;
            }
        }
        Arrays.sort(code, 0, m);
        for (int g = 0; g < m; g++) {
            slot[code[g]] = g;
            count[g] = 0;
            weight[g] = 0.0;
        }
        Arrays.fill(stats, 0, m * width, 0.0);
        for (int p = start; p < end; p++) {
            int s = rows[p];
            int g = slot[(int) column[s]];
            count[g]++;
            weight[g] += weights[s];
            criterion.add(stats, g * width, s, weights[s]);
        }
        for (int g = 0; g < m; g++) {
            slot[code[g]] = -1;
        }
        return m;
    }

    private double scanOrdered(int m, int c, double[] total, double w, int n, int minLeaf, double best) {
        for (int g = 0; g < m; g++) {
            order[g] = g;
            keys[g] = criterion.orderKey(stats, g * width, weight[g], c);
        }
        for (int i = 1; i < m; i++) {
            int g = order[i];
            int j = i - 1;
            while (j >= 0 && keys[order[j]] > keys[g]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = g;
        }
        Arrays.fill(left, 0.0);
        double wl = 0.0;
        int nl = 0;
        for (int i = 0; i < m - 1; i++) {
            int g = order[i];
            for (int k = 0; k < width; k++) {
                left[k] += stats[g * width + k];
            }
            wl += weight[g];
            nl += count[g];
            double proxy = evaluate(total, w, wl, nl, n, minLeaf);
            if (proxy > best) {
                best = proxy;
                Arrays.fill(bestLeft, 0, m, false);
                for (int q = 0; q <= i; q++) {
                    bestLeft[order[q]] = true;
                }
            }
        }
        return best;
    }

    private double scanAll(int m, double[] total, double w, int n, int minLeaf, double best) {
        int subsets = 1 << (m - 1);
        for (int mask = 1; mask < subsets; mask++) {
            Arrays.fill(left, 0.0);
            double wl = 0.0;
            int nl = 0;
            for (int g = 0; g < m; g++) {
                inLeft[g] = (mask & (1 << g)) != 0;
                if (inLeft[g]) {
                    for (int k = 0; k < width; k++) {
                        left[k] += stats[g * width + k];
                    }
                    wl += weight[g];
                    nl += count[g];
                }
            }
            double proxy = evaluate(total, w, wl, nl, n, minLeaf);
            if (proxy > best) {
                best = proxy;
                System.arraycopy(inLeft, 0, bestLeft, 0, m);
            }
        }
        return best;
    }

    private double evaluate(double[] total, double w, double wl, int nl, int n, int minLeaf) {
        if (nl < minLeaf || n - nl < minLeaf) {
            return Double.NEGATIVE_INFINITY;
        }
        for (int k = 0; k < width; k++) {
            right[k] = total[k] - left[k];
        }
        return criterion.proxy(left, wl, right, w - wl);
    }

    private void writeWords(int m, int cardinality, double w, long[] words) {
        double wl = 0.0;
        for (int g = 0; g < m; g++) {
            if (bestLeft[g]) {
                wl += weight[g];
            }
        }
        boolean absentGoLeft = wl >= w - wl;
        int wordCount = (cardinality + 63) >>> 6;
        Arrays.fill(words, 0, wordCount, 0L);
        if (absentGoLeft) {
            for (int c = 0; c < cardinality; c++) {
                words[c >>> 6] |= 1L << c;
            }
        }
        for (int g = 0; g < m; g++) {
            long bit = 1L << code[g];
            if (bestLeft[g]) {
                words[code[g] >>> 6] |= bit;
            } else {
                words[code[g] >>> 6] &= ~bit;
            }
        }
    }
}
