package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sampled seeding draws its scoring rows for ascending targets in one sweep ({@code Cumulative.drawSorted});
 * every row it returns must be the row the one-at-a-time D² draw ({@code Cumulative.draw}) returns for the same
 * target, including weights of zero (rows at a centre) and blocks the sweep skips.
 */
class KMeansPlusPlusDrawTest {

    @Test
    void drawSorted_anyWeightsAndTargets_sameRowsAsDrawingOneByOne() {
        qt().withFixedSeed(20261206L).withExamples(300)
                .forAll(longs().all(), integers().between(1, 700), integers().between(1, 400))
                .checkAssert((seed, n, m) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    double[] weights = new double[n];
                    for (int i = 0; i < n; i++) {
                        // about a third of the rows at weight 0, the others spread over six orders of magnitude
                        weights[i] = random.nextInt(3) == 0 ? 0 : Math.pow(10, random.nextDouble(-3, 3));
                    }
                    weights[random.nextInt(n)] = 1;
                    KMeansPlusPlus.Cumulative cumulative = new KMeansPlusPlus.Cumulative(n);
                    double total = cumulative.sum(weights);
                    double[] targets = new double[m];
                    for (int j = 0; j < m; j++) {
                        targets[j] = random.nextDouble() * total;
                    }
                    Arrays.sort(targets);
                    int[] rows = new int[m];

                    cumulative.drawSorted(weights, targets, rows);

                    for (int j = 0; j < m; j++) {
                        assertEquals(cumulative.draw(weights, targets[j]), rows[j], "target " + j);
                        assertTrue(weights[rows[j]] > 0, "drawn row " + rows[j] + " has weight 0");
                    }
                });
    }
}
