package org.crm4j.analytics.tree;

import java.util.function.IntFunction;
import org.crm4j.analytics.internal.Checks;

/** Renders a {@link Nodes} tree as indented text (as scikit-learn's {@code export_text}) or Graphviz DOT. */
final class TreeExport {

    private TreeExport() {
    }

    static String text(Nodes nodes, String[] featureNames, int[] cardinality, IntFunction<String> leafLabel) {
        StringBuilder out = new StringBuilder();
        text(nodes, 0, 0, featureNames, cardinality, leafLabel, out);
        return out.toString();
    }

    private static void text(Nodes nodes, int node, int depth, String[] names, int[] cardinality,
            IntFunction<String> leafLabel, StringBuilder out) {
        String indent = "|   ".repeat(depth) + "|--- ";
        if (nodes.isLeaf(node)) {
            out.append(indent).append(leafLabel.apply(node)).append('\n');
            return;
        }
        out.append(indent).append(condition(nodes, node, names, cardinality, true)).append('\n');
        text(nodes, nodes.left[node], depth + 1, names, cardinality, leafLabel, out);
        out.append(indent).append(condition(nodes, node, names, cardinality, false)).append('\n');
        text(nodes, nodes.right[node], depth + 1, names, cardinality, leafLabel, out);
    }

    private static String condition(Nodes nodes, int node, String[] names, int[] cardinality, boolean left) {
        int f = nodes.feature[node];
        String name = names != null ? names[f] : "feature_" + f;
        if (nodes.catOffset[node] < 0) {
            return name + (left ? " <= " : " >  ") + number(nodes.threshold[node]);
        }
        int[] codes = nodes.leftCategories(node, cardinality[f]);
        StringBuilder set = new StringBuilder("{");
        for (int i = 0; i < codes.length; i++) {
            set.append(i == 0 ? "" : ", ").append(codes[i]);
        }
        return name + (left ? " in " : " not in ") + set.append('}');
    }

    static String number(double v) {
        return Checks.message("%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
                .replaceAll("\\.$", "");
    }

    static String dot(Nodes nodes, String[] featureNames, int[] cardinality, String impurityName,
            IntFunction<String> nodeLabel) {
        StringBuilder out = new StringBuilder("digraph Tree {\nnode [shape=box, fontname=\"helvetica\"];\n");
        for (int i = 0; i < nodes.count; i++) {
            StringBuilder label = new StringBuilder();
            if (!nodes.isLeaf(i)) {
                label.append(condition(nodes, i, featureNames, cardinality, true)).append("\\n");
            }
            label.append(impurityName).append(" = ").append(number(nodes.impurity[i])).append("\\n")
                    .append("samples = ").append(nodes.samples[i]).append("\\n").append(nodeLabel.apply(i));
            out.append(i).append(" [label=\"").append(escape(label.toString())).append("\"];\n");
            if (!nodes.isLeaf(i)) {
                out.append(i).append(" -> ").append(nodes.left[i]).append(" [label=\"true\"];\n");
                out.append(i).append(" -> ").append(nodes.right[i]).append(" [label=\"false\"];\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static String escape(String s) {
        return s.replace("\"", "\\\"");
    }
}
