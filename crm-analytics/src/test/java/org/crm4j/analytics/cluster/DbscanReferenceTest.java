package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;

/**
 * DBSCAN against scikit-learn 1.2.1's {@code DBSCAN} on standardised iris, wine and breast cancer over three
 * (eps, minPoints) each ({@code src/test/resources/cluster/dbscan_references.csv}, made by
 * {@code make_dbscan_references.py} next to it): the same core points, the same partition of the core points, and
 * every border point in a cluster that has a core point within eps of it.
 */
class DbscanReferenceTest {

    /** One clustering of the reference file: its labels and core flags, by row. */
    private record Case(String dataset, double eps, int minPoints, List<Integer> labels, List<Boolean> core) {
    }

    @Test
    void fit_standardisedClassics_sameCorePointsAndPartitionAsScikitLearn() throws IOException {
        Map<String, Case> cases = load();
        assertEquals(9, cases.size());
        int borderRows = 0;
        int borderLabelsAsScikitLearn = 0;
        for (Case c : cases.values()) {
            double[][] x = Datasets.load(c.dataset()).x();
            double[][] z = Standardizer.fit(x).transform(x);
            DbscanModel m = Dbscan.fit(z, Dbscan.Options.of(c.eps(), c.minPoints()));
            int[] labels = m.labels();
            String where = c.dataset() + " eps " + c.eps() + " minPoints " + c.minPoints();

            List<Integer> expectedCore = new ArrayList<>();
            for (int i = 0; i < z.length; i++) {
                if (c.core().get(i)) {
                    expectedCore.add(i);
                }
            }
            assertArrayEquals(expectedCore.stream().mapToInt(Integer::intValue).toArray(), m.coreIndices(), where);
            assertEquals(c.labels().stream().filter(l -> l >= 0).distinct().count(), m.clusterCount(), where);
            assertSamePartition(expectedCore, c.labels(), labels, where);
            for (int i = 0; i < z.length; i++) {
                if (c.core().get(i)) {
                    continue;
                }
                assertEquals(c.labels().get(i) == Dbscan.NOISE, labels[i] == Dbscan.NOISE, where + " row " + i);
                if (labels[i] != Dbscan.NOISE) {
                    borderRows++;
                    assertTrue(hasCoreNeighbour(z, m.coreIndices(), labels, i, c.eps()), where + " border row " + i);
                    if (labels[i] == c.labels().get(i)) {
                        borderLabelsAsScikitLearn++;
                    }
                }
            }
        }
        // The documented border rule (the lowest-numbered adjacent cluster) is scikit-learn's, so even the border
        // labels agree; the assertions above are what DBSCAN itself guarantees.
        assertTrue(borderRows > 50, "border rows " + borderRows);
        assertEquals(borderRows, borderLabelsAsScikitLearn);
    }

    /** Core labels equal up to a one-to-one renaming of clusters (here the numbering is also the same). */
    private static void assertSamePartition(List<Integer> core, List<Integer> expected, int[] actual, String where) {
        Map<Integer, Integer> forward = new LinkedHashMap<>();
        Map<Integer, Integer> backward = new LinkedHashMap<>();
        for (int i : core) {
            int e = expected.get(i);
            assertTrue(actual[i] >= 0, where + " core row " + i + " is noise");
            assertEquals(e, forward.computeIfAbsent(actual[i], a -> e), where + " core row " + i);
            assertEquals(actual[i], backward.computeIfAbsent(e, a -> actual[i]), where + " core row " + i);
        }
    }

    private static boolean hasCoreNeighbour(double[][] z, int[] coreIndices, int[] labels, int row, double eps) {
        for (int c : coreIndices) {
            double sum = 0;
            for (int j = 0; j < z[row].length; j++) {
                double e = z[row][j] - z[c][j];
                sum += e * e;
            }
            if (labels[c] == labels[row] && Math.sqrt(sum) <= eps) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Case> load() throws IOException {
        Map<String, Case> cases = new LinkedHashMap<>();
        try (InputStream in = DbscanReferenceTest.class.getResourceAsStream("/cluster/dbscan_references.csv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.startsWith("dataset,")) {
                    continue;
                }
                String[] cells = line.split(",");
                String key = cells[0] + "," + cells[1] + "," + cells[2];
                Case c = cases.computeIfAbsent(key, k -> new Case(cells[0], Double.parseDouble(cells[1]),
                        Integer.parseInt(cells[2]), new ArrayList<>(), new ArrayList<>()));
                assertEquals(c.labels().size(), Integer.parseInt(cells[3]));
                c.labels().add(Integer.parseInt(cells[4]));
                c.core().add("1".equals(cells[5]));
            }
        }
        return cases;
    }
}
