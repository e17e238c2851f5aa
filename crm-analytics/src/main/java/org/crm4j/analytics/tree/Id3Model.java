package org.crm4j.analytics.tree;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crm4j.analytics.internal.Checks;

/**
 * An ID3 tree fitted by {@link Id3#fit}: immutable and safe to share between threads.
 *
 * <p>Nodes are stored in flat arrays in depth-first (pre-)order; an internal node has one child per value of its
 * attribute, in the order the values first appear in the training rows.
 */
public final class Id3Model {

    private final String[] attributeNames;
    private final String[][] values;
    private final List<Map<String, Integer>> valueCodes;
    private final String[] classes;
    private final int[] attribute;
    private final int[] label;
    private final int[] childStart;
    private final int[] children;

    private Id3Model(Builder b) {
        this.attributeNames = b.attributeNames.clone();
        this.values = new String[b.values.length][];
        List<Map<String, Integer>> codes = new ArrayList<>();
        for (int a = 0; a < values.length; a++) {
            values[a] = b.values[a].clone();
            Map<String, Integer> m = new HashMap<>();
            for (int v = 0; v < values[a].length; v++) {
                m.put(values[a][v], v);
            }
            codes.add(Map.copyOf(m));
        }
        this.valueCodes = List.copyOf(codes);
        this.classes = b.classes.clone();
        this.attribute = Arrays.copyOf(b.attribute, b.nodes);
        this.label = Arrays.copyOf(b.label, b.nodes);
        this.childStart = Arrays.copyOf(b.childStart, b.nodes);
        this.children = Arrays.copyOf(b.children, b.childCount);
    }

    /**
     * Classifies one example.
     *
     * @param row the attribute values, in the training column order (not modified)
     * @return the predicted label
     * @throws IllegalArgumentException when {@code row} is null, has the wrong length, or holds (on the path the
     *                                  tree follows) a null value or a value never seen for that attribute in training
     */
    public String predict(String[] row) {
        require(row != null, "row must not be null");
        require(row.length == attributeNames.length, "row must have length %d (the number of attributes), was %d",
                attributeNames.length, row.length);
        int node = 0;
        while (attribute[node] >= 0) {
            int a = attribute[node];
            require(row[a] != null, "row[%d] (%s) must not be null", a, attributeNames[a]);
            Integer code = valueCodes.get(a).get(row[a]);
            require(code != null, "row[%d] = \"%s\" is not a value of attribute %s seen in training %s",
                    a, row[a], attributeNames[a], Arrays.toString(values[a]));
            node = children[childStart[node] + code];
        }
        return classes[label[node]];
    }

    /** @return the number of leaves */
    public int leafCount() {
        int leaves = 0;
        for (int a : attribute) {
            if (a < 0) {
                leaves++;
            }
        }
        return leaves;
    }

    /** @return the number of edges on the longest root-to-leaf path (0 for a single leaf) */
    public int depth() {
        return depth(0);
    }

    private int depth(int node) {
        if (attribute[node] < 0) {
            return 0;
        }
        int max = 0;
        int count = values[attribute[node]].length;
        for (int v = 0; v < count; v++) {
            max = Math.max(max, depth(children[childStart[node] + v]));
        }
        return max + 1;
    }

    /** @return the number of nodes, attribute tests and leaves */
    public int nodeCount() {
        return attribute.length;
    }

    /**
     * A report of the fitted tree: node, test and leaf counts, depth, the attribute tested at the root and the
     * classes, followed by the rules of {@link #toText()}.
     *
     * @return the report, several lines
     */
    public String summary() {
        int leaves = leafCount();
        StringBuilder out = new StringBuilder(256);
        out.append(Checks.message("ID3 tree (information gain): %d attributes, %d classes (%s)%n",
                attributeNames.length, classes.length, String.join(", ", classes)));
        out.append(Checks.message("Nodes: %d (%d tests, %d leaves), depth %d%n", nodeCount(), nodeCount() - leaves,
                leaves, depth()));
        out.append(Checks.message("Root test: %s%n", attribute[0] < 0 ? "(none, a single leaf)"
                : attributeNames[attribute[0]]));
        out.append("Rules:\n").append(toText());
        return out.toString();
    }

    /**
     * The tree as rules, one line per leaf in depth-first order, for example
     * {@code "Outlook = Sunny AND Humidity = High -> No"}; a tree that is a single leaf prints {@code "-> label"}.
     *
     * @return the rules, lines separated by {@code '\n'}
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        appendRules(0, "", out);
        return out.toString();
    }

    private void appendRules(int node, String path, StringBuilder out) {
        if (attribute[node] < 0) {
            out.append(path.isEmpty() ? "" : path + " ").append("-> ").append(classes[label[node]]).append('\n');
            return;
        }
        int a = attribute[node];
        for (int v = 0; v < values[a].length; v++) {
            String condition = attributeNames[a] + " = " + values[a][v];
            appendRules(children[childStart[node] + v], path.isEmpty() ? condition : path + " AND " + condition, out);
        }
    }

    @Override
    public String toString() {
        return toText();
    }

    /** Collects nodes in depth-first order while {@link Id3} grows the tree. */
    static final class Builder {
        private final String[] attributeNames;
        private final String[][] values;
        private final String[] classes;
        private int[] attribute = new int[16];
        private int[] label = new int[16];
        private int[] childStart = new int[16];
        private int[] children = new int[16];
        private int nodes;
        private int childCount;
        private final Deque<int[]> open = new ArrayDeque<>();

        Builder(String[] attributeNames, String[][] values, String[] classes) {
            this.attributeNames = attributeNames;
            this.values = values;
            this.classes = classes;
        }

        void leaf(int majority) {
            add(-1, 0, majority);
        }

        void split(int attr, int valueCount, int majority) {
            add(attr, valueCount, majority);
        }

        private void add(int attr, int valueCount, int majority) {
            if (nodes == attribute.length) {
                attribute = Arrays.copyOf(attribute, nodes * 2);
                label = Arrays.copyOf(label, nodes * 2);
                childStart = Arrays.copyOf(childStart, nodes * 2);
            }
            int id = nodes++;
            attribute[id] = attr;
            label[id] = majority;
            if (!open.isEmpty()) {
                int[] parent = open.peek();
                children[childStart[parent[0]] + parent[1]++] = id;
                if (parent[1] == values[attribute[parent[0]]].length) {
                    open.pop();
                }
            }
            if (attr >= 0) {
                if (childCount + valueCount > children.length) {
                    children = Arrays.copyOf(children, Math.max(children.length * 2, childCount + valueCount));
                }
                childStart[id] = childCount;
                childCount += valueCount;
                open.push(new int[] {id, 0});
            }
        }

        Id3Model build() {
            return new Id3Model(this);
        }
    }
}
