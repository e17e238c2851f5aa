package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.crm4j.analytics.datasets.Datasets.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Silhouette, Davies–Bouldin and Calinski–Harabasz against scikit-learn 1.2.1's {@code silhouette_score},
 * {@code davies_bouldin_score} and {@code calinski_harabasz_score} (references: {@code cluster/references.csv}),
 * for the true classes and for the labelling {@code i mod 8}.
 */
class ClusterQualityReferenceTest {

    private static final double SILHOUETTE_TOLERANCE = 1e-9;
    private static final double RELATIVE = 1e-9;

    @ParameterizedTest
    @ValueSource(strings = {"iris", "wine", "breast_cancer", "digits"})
    void silhouette_trueClasses_matchesScikitLearn(String name) {
        Dataset data = References.dataset(name);
        assertEquals(References.value(name, data.classCount(), "silhouette_true"),
                ClusterQuality.silhouette(data.x(), data.y()), SILHOUETTE_TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iris", "wine", "breast_cancer", "digits"})
    void silhouette_modEight_matchesScikitLearn(String name) {
        Dataset data = References.dataset(name);
        assertEquals(References.value(name, 8, "silhouette_mod"),
                ClusterQuality.silhouette(data.x(), modEight(data.x().length)), SILHOUETTE_TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iris", "wine", "breast_cancer", "digits"})
    void daviesBouldin_trueClassesAndModEight_matchScikitLearn(String name) {
        Dataset data = References.dataset(name);
        assertRelative(References.value(name, data.classCount(), "davies_bouldin_true"),
                ClusterQuality.daviesBouldin(data.x(), data.y()));
        assertRelative(References.value(name, 8, "davies_bouldin_mod"),
                ClusterQuality.daviesBouldin(data.x(), modEight(data.x().length)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iris", "wine", "breast_cancer", "digits"})
    void calinskiHarabasz_trueClassesAndModEight_matchScikitLearn(String name) {
        Dataset data = References.dataset(name);
        assertRelative(References.value(name, data.classCount(), "calinski_harabasz_true"),
                ClusterQuality.calinskiHarabasz(data.x(), data.y()));
        assertRelative(References.value(name, 8, "calinski_harabasz_mod"),
                ClusterQuality.calinskiHarabasz(data.x(), modEight(data.x().length)));
    }

    private static int[] modEight(int n) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 8;
        }
        return labels;
    }

    private static void assertRelative(double expected, double actual) {
        assertEquals(expected, actual, RELATIVE * Math.abs(expected));
    }
}
