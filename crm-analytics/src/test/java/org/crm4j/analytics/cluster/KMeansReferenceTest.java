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

    /**
     * The default seeding scores its candidates on {@link KMeans.Options#DEFAULT_SEEDING_SAMPLE} rows, more than any
     * of these data sets holds, so the fits above score on every row (the exact greedy k-means++). Here the sample
     * is cut to a third of the rows, so that the sampled scoring itself is judged. A single seed is a lottery
     * between local optima for either seeding (at k = 8 the exact one misses scikit-learn's inertia for 2 to 4 of
     * 20 seeds), so the check is over seeds 0 to 9: the sampled fits reach scikit-learn's inertia for at least one
     * seed, and their mean inertia is within 0.2 % of the exact seeding's mean over the same seeds.
     */
    @ParameterizedTest(name = "{0}, k = {1}")
    @CsvSource({
        "iris, 3", "iris, 8",
        "wine, 3", "wine, 8",
        "breast_cancer, 2", "breast_cancer, 8",
        "digits, 10", "digits, 8"
    })
    void fit_seedingScoredOnAThirdOfTheRows_asGoodAsScoringOnEveryRow(String name, int k) {
        Dataset data = References.dataset(name);
        double sklearn = References.value(name, k, "inertia_seed0");
        int sample = data.x().length / 3;
        double best = Double.POSITIVE_INFINITY;
        double sampledMean = 0;
        double exactMean = 0;

        for (long seed = 0; seed < 10; seed++) {
            KMeans.Options options = KMeans.Options.of(k).withSeed(seed);
            double sampled = KMeans.fit(data.x(), options.withSeedingSample(sample)).inertia();
            best = Math.min(best, sampled);
            sampledMean += sampled / 10;
            exactMean += KMeans.fit(data.x(), options.withSeedingSample(KMeans.Options.EXACT_SEEDING)).inertia() / 10;
        }

        double bestSampled = best;
        double mean = sampledMean;
        double exact = exactMean;
        assertTrue(bestSampled <= sklearn * (1 + RELATIVE),
                () -> String.format(Locale.ROOT, "%s k=%d, sample %d: best of 10 seeds %.10g > scikit-learn %.10g",
                        name, k, sample, bestSampled, sklearn));
        assertTrue(mean <= exact * 1.002,
                () -> String.format(Locale.ROOT, "%s k=%d, sample %d: mean inertia %.10g, every row %.10g", name,
                        k, sample, mean, exact));
    }
}
