package org.crm4j.analytics.association;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The radix sort of coded rows orders exactly as a comparison sort with {@link Arrays#compare(int[], int[])} on
 * the keys: rows of every length (prefixes of each other included), duplicates, and ranges large enough to be
 * bucketed several levels deep.
 */
class CodeRowsTest {

    private static final long SEED = 20261204L;

    @Test
    void sort_randomRows_sameOrderAsAComparisonSort() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(longs().all(), integers().between(0, 400), integers().between(1, 70), integers().between(0, 1))
                .checkAssert(CodeRowsTest::sameOrder);
    }

    private static void sameOrder(long seed, int n, int items, int tail) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] rows = new int[n][];
        for (int i = 0; i < n; i++) {
            // short ascending rows over few codes, so that many share prefixes or are equal
            int length = random.nextInt(Math.min(items, 6) + 1);
            int[] row = random.ints(0, items).distinct().limit(length).sorted().toArray();
            rows[i] = tail == 0 ? row : Arrays.copyOf(row, row.length + 1);
            if (tail == 1) {
                rows[i][row.length] = random.nextInt(1000);
            }
        }
        int[][] expected = rows.clone();
        Arrays.sort(expected, (a, b) -> Arrays.compare(a, 0, a.length - tail, b, 0, b.length - tail));
        int[][] sorted = rows.clone();

        CodeRows.sort(sorted, 0, n, items, tail);

        for (int i = 0; i < n; i++) {
            assertArrayEquals(Arrays.copyOf(expected[i], expected[i].length - tail),
                    Arrays.copyOf(sorted[i], sorted[i].length - tail), "row " + i);
        }
    }
}
