package org.crm4j.analytics.tree;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ID3 decision trees on categorical attributes with information gain (Quinlan 1986).
 *
 * <p>At each node ID3 computes, for every attribute not yet used on the path from the root, the information gain
 * <pre>{@code Gain(S, A) = H(S) - sum over values v of A of |S_v| / |S| * H(S_v)}</pre>
 * where {@code H} is the Shannon entropy of the class labels in bits ({@code log2}). It splits on the attribute
 * with the largest gain (the first such attribute, in column order, on ties) into one branch per value of that
 * attribute seen anywhere in the training data. Growing stops when a node is pure or no attribute is left; such a
 * leaf predicts the majority label (on ties, the label that appears first in the training labels). A branch for a
 * value that has no training row at that node becomes a leaf predicting the parent's majority label, as in
 * Mitchell (1997, Table 3.1).
 *
 * <p>Weaknesses: ID3 does not prune, so it overfits noisy data, and information gain favours attributes with many
 * values. For numeric features, pruning or ensembles use {@link DecisionTree} and {@link RandomForest}.
 *
 * <pre>{@code
 * Id3Model model = Id3.fit(rows, labels, new String[] {"Outlook", "Temperature", "Humidity", "Wind"});
 * String decision = model.predict(new String[] {"Sunny", "Cool", "High", "Strong"});   // "No"
 * System.out.println(model.toText());
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>J. R. Quinlan, "Induction of decision trees", Machine Learning 1(1), 81–106, 1986.</li>
 *   <li>T. M. Mitchell, Machine Learning, McGraw-Hill, 1997, chapter 3.</li>
 * </ol>
 *
 * @see DecisionTree
 */
public final class Id3 {

    private Id3() {
    }

    /**
     * Growth limits of {@link Id3#fit(String[][], String[], String[], Options)}. The defaults grow Quinlan's full
     * tree; the limits stop earlier, which keeps small samples from being memorised.
     *
     * @param maxDepth        the largest number of attribute tests on a root-to-leaf path, {@code ≥ 1}
     *                        ({@link Integer#MAX_VALUE}: unlimited; a path never tests more attributes than exist)
     * @param minSamplesSplit the fewest examples a node must hold to be split, {@code ≥ 2}; smaller nodes become
     *                        leaves predicting their majority label
     */
    public record Options(int maxDepth, int minSamplesSplit) {

        /**
         * Validates the limits.
         *
         * @param maxDepth        the depth limit, {@code ≥ 1}
         * @param minSamplesSplit the split limit, {@code ≥ 2}
         * @throws IllegalArgumentException naming the option out of range, its rule and value
         */
        public Options {
            require(maxDepth >= 1, "maxDepth must be >= 1, was %d", maxDepth);
            require(minSamplesSplit >= 2, "minSamplesSplit must be >= 2, was %d", minSamplesSplit);
        }

        /** @return Quinlan's ID3: unlimited depth, every node of two or more examples may be split */
        public static Options defaults() {
            return new Options(Integer.MAX_VALUE, 2);
        }

        /**
         * @param value the depth limit, {@code ≥ 1}
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withMaxDepth(int value) {
            return new Options(value, minSamplesSplit);
        }

        /**
         * @param value the split limit, {@code ≥ 2}
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withMinSamplesSplit(int value) {
            return new Options(maxDepth, value);
        }
    }

    /**
     * Grows Quinlan's full ID3 tree ({@link Options#defaults()}).
     *
     * @param rows           the attribute values, one row per example, all rows as long as {@code attributeNames}
     *                       (not modified)
     * @param labels         the class label of each row (not modified)
     * @param attributeNames the attribute names, used by {@link Id3Model#toText()} (not modified)
     * @return the fitted tree
     * @throws IllegalArgumentException when an argument is null or empty, a row is ragged, a value or label is
     *                                  null, or {@code labels} and {@code rows} differ in length
     */
    public static Id3Model fit(String[][] rows, String[] labels, String[] attributeNames) {
        return fit(rows, labels, attributeNames, Options.defaults());
    }

    /**
     * Grows an ID3 tree within the limits of {@code options}.
     *
     * @param rows           the attribute values, one row per example, all rows as long as {@code attributeNames}
     *                       (not modified)
     * @param labels         the class label of each row (not modified)
     * @param attributeNames the attribute names, used by {@link Id3Model#toText()} (not modified)
     * @param options        the growth limits
     * @return the fitted tree
     * @throws IllegalArgumentException when an argument is null or empty, a row is ragged, a value or label is
     *                                  null, or {@code labels} and {@code rows} differ in length
     */
    public static Id3Model fit(String[][] rows, String[] labels, String[] attributeNames, Options options) {
        require(options != null, "options must not be null");
        require(attributeNames != null, "attributeNames must not be null");
        Encoded data = Encoded.of(rows, labels, attributeNames.length);
        for (int a = 0; a < attributeNames.length; a++) {
            require(attributeNames[a] != null, "attributeNames[%d] must not be null", a);
        }
        Id3Model.Builder builder = new Id3Model.Builder(attributeNames, data.values, data.classes);
        int[] all = new int[data.y.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        grow(data, all, new boolean[attributeNames.length], majority(data, all), builder, 0, options);
        return builder.build();
    }

    /**
     * The information gain, in bits, of splitting all of {@code rows} on one attribute.
     *
     * @param rows      the attribute values (not modified)
     * @param labels    the class label of each row (not modified)
     * @param attribute the attribute's column, in {@code [0, columns)}
     * @return {@code H(labels) - sum_v |S_v|/|S| H(labels of S_v)}, in {@code [0, log2(classes)]}
     * @throws IllegalArgumentException on invalid data (as {@link #fit}) or an attribute out of range
     */
    public static double informationGain(String[][] rows, String[] labels, int attribute) {
        require(rows != null && rows.length > 0 && rows[0] != null, "rows must not be null or empty");
        int columns = rows[0].length;
        require(attribute >= 0 && attribute < columns, "attribute must be in [0, %d), was %d", columns, attribute);
        Encoded data = Encoded.of(rows, labels, columns);
        int[] all = new int[data.y.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return gain(data, all, attribute);
    }

    private static void grow(Encoded data, int[] subset, boolean[] used, int parentMajority,
            Id3Model.Builder builder, int depth, Options options) {
        if (subset.length == 0) {
            builder.leaf(parentMajority);
            return;
        }
        int majority = majority(data, subset);
        int best = -1;
        double bestGain = Double.NEGATIVE_INFINITY;
        if (depth < options.maxDepth() && subset.length >= options.minSamplesSplit() && !isPure(data, subset)) {
            for (int a = 0; a < used.length; a++) {
                if (!used[a]) {
                    double g = gain(data, subset, a);
                    if (g > bestGain) {
                        bestGain = g;
                        best = a;
                    }
                }
            }
        }
        if (best < 0) {
            builder.leaf(majority);
            return;
        }
        int valueCount = data.values[best].length;
        builder.split(best, valueCount, majority);
        used[best] = true;
        for (int v = 0; v < valueCount; v++) {
            grow(data, select(data, subset, best, v), used, majority, builder, depth + 1, options);
        }
        used[best] = false;
    }

    private static boolean isPure(Encoded data, int[] subset) {
        for (int i : subset) {
            if (data.y[i] != data.y[subset[0]]) {
                return false;
            }
        }
        return true;
    }

    private static int majority(Encoded data, int[] subset) {
        int[] counts = new int[data.classes.length];
        for (int i : subset) {
            counts[data.y[i]]++;
        }
        int best = 0;
        for (int c = 1; c < counts.length; c++) {
            if (counts[c] > counts[best]) {
                best = c;
            }
        }
        return best;
    }

    private static int[] select(Encoded data, int[] subset, int attribute, int value) {
        int count = 0;
        for (int i : subset) {
            if (data.x[i][attribute] == value) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int i : subset) {
            if (data.x[i][attribute] == value) {
                out[k++] = i;
            }
        }
        return out;
    }

    private static double gain(Encoded data, int[] subset, int attribute) {
        int classes = data.classes.length;
        int values = data.values[attribute].length;
        int[] total = new int[classes];
        int[][] byValue = new int[values][classes];
        for (int i : subset) {
            total[data.y[i]]++;
            byValue[data.x[i][attribute]][data.y[i]]++;
        }
        double remainder = 0.0;
        for (int[] counts : byValue) {
            int n = 0;
            for (int c : counts) {
                n += c;
            }
            if (n > 0) {
                remainder += (double) n / subset.length * entropyBits(counts, n);
            }
        }
        return entropyBits(total, subset.length) - remainder;
    }

    /** Shannon entropy in bits of a count vector whose sum is {@code n > 0}. */
    static double entropyBits(int[] counts, int n) {
        double h = 0.0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / n;
                h -= p * Math.log(p);
            }
        }
        return h / Math.log(2.0);
    }

    /** The training data with every string replaced by its index in first-appearance order. */
    private static final class Encoded {
        final int[][] x;
        final int[] y;
        final String[][] values;
        final String[] classes;

        private Encoded(int[][] x, int[] y, String[][] values, String[] classes) {
            this.x = x;
            this.y = y;
            this.values = values;
            this.classes = classes;
        }

        static Encoded of(String[][] rows, String[] labels, int columns) {
            require(rows != null, "rows must not be null");
            require(rows.length > 0, "rows must have at least one row, was empty");
            require(labels != null, "labels must not be null");
            require(labels.length == rows.length, "labels must have length %d (the number of rows), was %d",
                    rows.length, labels.length);
            require(columns > 0, "rows must have at least one attribute, was 0");
            List<Map<String, Integer>> codes = new ArrayList<>();
            for (int a = 0; a < columns; a++) {
                codes.add(new HashMap<>());
            }
            Map<String, Integer> classCodes = new HashMap<>();
            int[][] x = new int[rows.length][columns];
            int[] y = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                String[] row = rows[i];
                require(row != null, "rows[%d] must not be null", i);
                require(row.length == columns, "rows must be rectangular: rows[%d] has %d values, expected %d",
                        i, row.length, columns);
                for (int a = 0; a < columns; a++) {
                    require(row[a] != null, "rows[%d][%d] must not be null", i, a);
                    Map<String, Integer> m = codes.get(a);
                    x[i][a] = m.computeIfAbsent(row[a], k -> m.size());
                }
                require(labels[i] != null, "labels[%d] must not be null", i);
                y[i] = classCodes.computeIfAbsent(labels[i], k -> classCodes.size());
            }
            String[][] values = new String[columns][];
            for (int a = 0; a < columns; a++) {
                values[a] = inverse(codes.get(a));
            }
            return new Encoded(x, y, values, inverse(classCodes));
        }

        private static String[] inverse(Map<String, Integer> codes) {
            String[] out = new String[codes.size()];
            codes.forEach((k, v) -> out[v] = k);
            return out;
        }
    }
}
