package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.crm4j.analytics.datasets.Datasets.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inertia with the default options (10 restarts, seed {@link KMeans#DEFAULT_SEED}) against scikit-learn 1.2.1's
 * {@code KMeans(init="k-means++", n_init=10, random_state=0)} on the classic data sets, for k = the true class
 * count and k = 8. Ours must be equal or lower, to 1e-6 relative. References: {@code cluster/references.csv}.
 */
class KMeansReferenceTest {

    private static final double RELATIVE = 1e-6;

    @ParameterizedTest(name = "{0}, k = {1}")
    @CsvSource({
        "iris, 3", "iris, 8",
        "wine, 3", "wine, 8",
        "breast_cancer, 2", "breast_cancer, 8",
        "digits, 10", "digits, 8"
    })
    void fit_defaultOptions_inertiaAtMostScikitLearns(String name, int k) {
        Dataset data = References.dataset(name);
        double sklearn = References.value(name, k, "inertia_seed0");

        double ours = KMeans.fit(data.x(), k).inertia();

        assertTrue(ours <= sklearn * (1 + RELATIVE),
                () -> String.format(Locale.ROOT, "%s k=%d: ours %.10g > scikit-learn %.10g (best of 5 seeds %.10g)",
                        name, k, ours, sklearn, References.value(name, k, "inertia_best")));
    }
}
