package org.crm4j.analytics.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** TSQR over several segments: each centred on its own first block, then moved to the global mean and merged. */
class TallQrSegmentsTest {

    @Test
    void of_centredAcrossSegmentsReproducesCentredGramMatrix() {
        int n = 90_000; // m = 6: blocks of 1 365 rows, four segments
        int p = 4;
        Random random = new Random(3);
        double[][] x = new double[n][p];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i][j] = 1e3 * (j + 1) + random.nextGaussian() * (1 + j) + i * 1e-4; // drifting means
            }
            y[i] = random.nextGaussian() + 0.5 * x[i][0];
            w[i] = i % 50 == 0 ? 0.0 : 0.5 + random.nextDouble();
        }
        TallQR tall = TallQR.of(x, y, w, true, 2);
        double sumW = 0;
        double[] mean = new double[p + 1];
        for (int i = 0; i < n; i++) {
            sumW += w[i];
            for (int j = 0; j < p; j++) {
                mean[j] += w[i] * x[i][j];
            }
            mean[p] += w[i] * y[i];
        }
        for (int j = 0; j <= p; j++) {
            mean[j] /= sumW;
        }
        double[] xMean = tall.xMean();
        for (int j = 0; j < p; j++) {
            assertEquals(mean[j], xMean[j], 1e-12 * Math.abs(mean[j]), "mean of column " + j);
        }
        assertEquals(mean[p], tall.yMean(), 1e-12 * Math.abs(mean[p]), "mean of y");
        int m = p + 2;
        double[] r = tall.triangle();
        double[][] gram = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                for (int i = 0; i < n; i++) {
                    gram[a][b] += w[i] * centred(x, y, mean, i, a) * centred(x, y, mean, i, b);
                }
            }
        }
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                double rtr = 0;
                for (int k = 0; k < m; k++) {
                    rtr += r[k * m + a] * r[k * m + b];
                }
                // relative to the Cauchy–Schwarz scale: the off-diagonal sums of centred columns cancel to ~0
                double scale = Math.sqrt(gram[a][a] * gram[b][b]);
                assertEquals(gram[a][b], rtr, 1e-10 * scale, "RᵀR at " + a + "," + b);
            }
        }
        assertArrayEquals(r, TallQR.of(x, y, w, true, 1).triangle(), 0.0, "the same bits on one thread");
    }

    private static double centred(double[][] x, double[] y, double[] mean, int i, int column) {
        int p = mean.length - 1;
        if (column == 0) {
            return 1;
        }
        return column <= p ? x[i][column - 1] - mean[column - 1] : y[i] - mean[p];
    }
}
