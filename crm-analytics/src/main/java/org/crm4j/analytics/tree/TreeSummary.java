package org.crm4j.analytics.tree;

import java.util.Arrays;
import java.util.Comparator;
import org.crm4j.analytics.internal.Checks;

/** The parts of the tree models' {@code summary()} reports that they share: the size and the importances. */
final class TreeSummary {

    private TreeSummary() {
    }

    /** Appends the node counts, the depth and the root's sample count and impurity of one tree. */
    static void appendSize(StringBuilder out, Nodes nodes, String criterion) {
        int leaves = nodes.leafCount();
        out.append(Checks.message("Nodes: %d (%d internal, %d leaves), depth %d%n", nodes.count,
                nodes.count - leaves, leaves, nodes.depth()));
        out.append(Checks.message("Root: %d samples, %s impurity %.6g%n", nodes.samples[0], criterion,
                nodes.impurity[0]));
    }

    /**
     * Appends the mean-decrease-in-impurity importances, largest first (the lowest feature index on ties), features
     * of zero importance left out.
     */
    static void appendImportances(StringBuilder out, double[] importances) {
        Integer[] order = new Integer[importances.length];
        for (int f = 0; f < order.length; f++) {
            order[f] = f;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer f) -> -importances[f]).thenComparingInt(f -> f));
        out.append(Checks.message("Feature importances (mean decrease in impurity):%n%-10s %10s%n", "feature",
                "importance"));
        int shown = 0;
        for (int f : order) {
            if (importances[f] > 0) {
                out.append(Checks.message("%-10s %10.4f%n", "x" + f, importances[f]));
                shown++;
            }
        }
        if (shown == 0) {
            out.append(Checks.message("(no split decreases the impurity)%n"));
        }
    }
}
