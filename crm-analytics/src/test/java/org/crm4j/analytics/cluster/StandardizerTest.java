package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;

class StandardizerTest {

    private static final double[][] DATA = {{1, 10, 5}, {3, 20, 5}, {5, 60, 5}};

    @Test
    void fit_threeRows_populationMeanAndDeviation() {
        Standardizer s = Standardizer.fit(DATA);

        assertArrayEquals(new double[] {3, 30, 5}, s.mean(), 1e-15);
        // population deviations: sqrt(8/3), sqrt(1400/3); a constant column gets 1
        assertArrayEquals(new double[] {Math.sqrt(8.0 / 3), Math.sqrt(1400.0 / 3), 1}, s.scale(), 1e-12);
    }

    @Test
    void transform_row_zScores() {
        Standardizer s = Standardizer.fit(DATA);

        assertArrayEquals(new double[] {-2 / Math.sqrt(8.0 / 3), -20 / Math.sqrt(1400.0 / 3), 0},
                s.transform(DATA[0]), 1e-12);
    }

    @Test
    void inverse_ofTransform_givesTheData() {
        double[][] x = Datasets.wine().x();
        Standardizer s = Standardizer.fit(x);

        double[][] back = s.inverse(s.transform(x));

        for (int i = 0; i < x.length; i++) {
            assertArrayEquals(x[i], back[i], 1e-9);
        }
    }

    @Test
    void transform_wrongWidth() {
        Standardizer s = Standardizer.fit(DATA);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.transform(new double[][] {{1, 2}}));
        assertEquals("data must have 3 columns (the number of features fitted), was 2", e.getMessage());
    }

    @Test
    void inverse_rowOfWrongLength() {
        Standardizer s = Standardizer.fit(DATA);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.inverse(new double[] {1}));
        assertEquals("row must have length 3 (the number of features fitted), was 1", e.getMessage());
    }

    @Test
    void fit_nullData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(null));
        assertEquals("data must not be null", e.getMessage());
    }
}
