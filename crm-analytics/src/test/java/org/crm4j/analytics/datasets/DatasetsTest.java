package org.crm4j.analytics.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The committed data sets load with the shapes and class counts their documentation gives. */
class DatasetsTest {

    private static int[] classCounts(Datasets.Dataset d) {
        int[] counts = new int[d.classCount()];
        Arrays.stream(d.y()).forEach(c -> counts[c]++);
        return counts;
    }

    @Test
    void iris_shapeAndClasses() {
        var d = Datasets.iris();
        assertEquals(150, d.x().length);
        assertEquals(4, d.x()[0].length);
        assertArrayEquals(new int[] {50, 50, 50}, classCounts(d));
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, d.x()[0]);
    }

    @Test
    void wine_shapeAndClasses() {
        var d = Datasets.wine();
        assertEquals(13, d.x()[0].length);
        assertArrayEquals(new int[] {59, 71, 48}, classCounts(d));
    }

    @Test
    void breastCancer_shapeAndClasses() {
        var d = Datasets.breastCancer();
        assertEquals(30, d.x()[0].length);
        assertArrayEquals(new int[] {212, 357}, classCounts(d));
    }

    @Test
    void digits_shapeAndClasses() {
        var d = Datasets.digits();
        assertEquals(1797, d.x().length);
        assertEquals(64, d.x()[0].length);
        assertEquals(10, d.classCount());
        assertEquals(178, classCounts(d)[0]);
    }
}
