package org.crm4j.analytics.tree;

import java.util.Arrays;

/**
 * Minimal cost-complexity pruning (Breiman et al. 1984, chapter 3), with scikit-learn's conventions.
 *
 * <p>The cost of a subtree {@code T} is {@code R_alpha(T) = R(T) + alpha |leaves(T)|}, where {@code R(T)} is the
 * sum over its leaves of {@code (w_leaf / w_root) * impurity(leaf)}. Weakest-link pruning repeatedly collapses the
 * internal node {@code t} with the smallest effective alpha {@code (R(t) - R(T_t)) / (|leaves(T_t)| - 1)} (the
 * first in pre-order on ties) until only the root is left; the sequence of those alphas and of the subtree
 * impurities {@code R(T)} is the pruning path. Pruning at {@code alpha} collapses nodes while their effective
 * alpha is {@code <= alpha}. Each step scans all nodes: {@code O(nodes^2)} in the worst case.
 */
final class CostComplexity {

    private CostComplexity() {
    }

    /** The path of {@code nodes}: {@code [alphas, impurities]}, starting at alpha 0 with the full tree. */
    static double[][] path(Nodes nodes) {
        return run(nodes, Double.POSITIVE_INFINITY, new boolean[nodes.count], true);
    }

    /** The subtree left after pruning with complexity {@code alpha}. */
    static Nodes prune(Nodes nodes, double alpha, int[] cardinality) {
        boolean[] collapsed = new boolean[nodes.count];
        run(nodes, alpha, collapsed, false);
        Nodes.Builder builder = new Nodes.Builder(nodes.width);
        copy(nodes, 0, builder, -1, false, collapsed, cardinality);
        return builder.build();
    }

    private static void copy(Nodes from, int i, Nodes.Builder to, int parent, boolean isLeft, boolean[] collapsed,
            int[] cardinality) {
        int id = Nodes.copyNode(from, i, to, parent, isLeft);
        if (!from.isLeaf(i) && !collapsed[i]) {
            Nodes.copySplit(from, i, to, id, cardinality[from.feature[i]]);
            copy(from, from.left[i], to, id, true, collapsed, cardinality);
            copy(from, from.right[i], to, id, false, collapsed, cardinality);
        }
    }

    /**
     * Weakest-link pruning until the root is a leaf or the next effective alpha exceeds {@code maxAlpha}; marks the
     * collapsed nodes in {@code collapsed}; returns the path when {@code record}.
     */
    private static double[][] run(Nodes nodes, double maxAlpha, boolean[] collapsed, boolean record) {
        int n = nodes.count;
        double[] rNode = new double[n];
        double[] rBranch = new double[n];
        int[] leaves = new int[n];
        int[] parent = new int[n];
        boolean[] candidate = new boolean[n];
        parent[0] = -1;
        for (int i = 0; i < n; i++) {
            rNode[i] = nodes.weight[i] * nodes.impurity[i] / nodes.weight[0];
            if (!nodes.isLeaf(i)) {
                parent[nodes.left[i]] = i;
                parent[nodes.right[i]] = i;
                candidate[i] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (nodes.isLeaf(i)) {
                rBranch[i] = rNode[i];
                leaves[i] = 1;
                for (int a = parent[i]; a >= 0; a = parent[a]) {
                    rBranch[a] += rNode[i];
                    leaves[a]++;
                }
            }
        }
        double[] alphas = new double[n + 1];
        double[] impurities = new double[n + 1];
        int steps = 0;
        alphas[steps] = 0.0;
        impurities[steps++] = rBranch[0];
        while (candidate[0]) {
            double effective = Double.MAX_VALUE;
            int weakest = -1;
            for (int i = 0; i < n; i++) {
                if (candidate[i]) {
                    double g = (rNode[i] - rBranch[i]) / (leaves[i] - 1);
                    if (g < effective) {
                        effective = g;
                        weakest = i;
                    }
                }
            }
            if (effective > maxAlpha) {
                break;
            }
            collapsed[weakest] = true;
            markDescendants(nodes, weakest, candidate);
            int prunedLeaves = leaves[weakest] - 1;
            double increase = rNode[weakest] - rBranch[weakest];
            leaves[weakest] = 1;
            rBranch[weakest] = rNode[weakest];
            for (int a = parent[weakest]; a >= 0; a = parent[a]) {
                leaves[a] -= prunedLeaves;
                rBranch[a] += increase;
            }
            alphas[steps] = effective;
            impurities[steps++] = rBranch[0];
        }
        return record ? new double[][] {Arrays.copyOf(alphas, steps), Arrays.copyOf(impurities, steps)} : null;
    }

    private static void markDescendants(Nodes nodes, int node, boolean[] candidate) {
        int[] stack = new int[nodes.count];
        int top = 0;
        stack[top++] = node;
        while (top > 0) {
            int i = stack[--top];
            candidate[i] = false;
            if (!nodes.isLeaf(i)) {
                stack[top++] = nodes.left[i];
                stack[top++] = nodes.right[i];
            }
        }
    }
}
