package org.crm4j.core.contract;

import java.util.HashMap;
import java.util.Map;

/**
 * The adjusted Rand index of two partitions of the same items (Hubert &amp; Arabie, "Comparing partitions",
 * Journal of Classification 2, 1985): 1 for identical partitions (whatever the label names), about 0 for
 * independent ones. As scikit-learn's {@code adjusted_rand_score}, two partitions that are both a single cluster
 * (or both all singletons) score 1. Checked against scikit-learn in {@code AdjustedRandIndexTest}.
 */
public final class AdjustedRandIndex {

    private AdjustedRandIndex() {
    }

    /**
     * @param truth     the reference labels, one per item
     * @param predicted the labels to compare, one per item, same length
     * @return the adjusted Rand index, at most 1
     * @throws IllegalArgumentException if the lengths differ or there are no items
     */
    public static double of(int[] truth, int[] predicted) {
        if (truth.length != predicted.length || truth.length == 0) {
            throw new IllegalArgumentException("truth and predicted must have the same positive length, were "
                    + truth.length + " and " + predicted.length);
        }
        Map<Long, Long> cells = new HashMap<>();
        Map<Integer, Long> rows = new HashMap<>();
        Map<Integer, Long> columns = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            cells.merge(((long) truth[i] << 32) ^ (predicted[i] & 0xffffffffL), 1L, Long::sum);
            rows.merge(truth[i], 1L, Long::sum);
            columns.merge(predicted[i], 1L, Long::sum);
        }
        double index = cells.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double a = rows.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double b = columns.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double expected = a * b / pairs(truth.length);
        double max = (a + b) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }
}
