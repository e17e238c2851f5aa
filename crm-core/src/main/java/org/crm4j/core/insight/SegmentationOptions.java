package org.crm4j.core.insight;

import java.time.Instant;
import java.util.Currency;
import org.crm4j.core.ValidationException;

/**
 * What {@link InsightService#segment(SegmentationOptions)} segments: the customers who bought in one currency
 * before a moment, and how many segments to look for.
 *
 * <p>With {@code kMin < kMax} the number of segments is chosen by the mean silhouette over {@code [kMin, kMax]}
 * (the default {@code 2…8}); with {@code kMin == kMax} ({@link #withK(int)}) it is fixed. Valid by construction:
 * the compact constructor refuses bad values with a {@link ValidationException} naming the field and the rule.
 *
 * <p>With {@code outlierMinPoints > 0} ({@link #withOutliers(int)}), DBSCAN first marks as outliers the customers
 * that lie in no dense region of the standardised features (fewer than {@code outlierMinPoints} customers within
 * the radius that {@code Dbscan.suggestEps} reads from the knee of the k-distance curve); they are left out of the
 * segments and listed by {@link CustomerSegmentation#outliers()}.
 *
 * @param currency the one currency whose sales and returns are analysed, not null; sales in other currencies are
 *                 ignored
 * @param asOf     the moment of the analysis: sales and returns in {@code [1970-01-01T00:00Z, asOf)} count and
 *                 recency is measured up to it; not null, after the epoch
 * @param kMin     the smallest number of segments, in {@code [2, MAX_K]}
 * @param kMax     the largest number of segments, in {@code [kMin, MAX_K]}
 * @param seed     the seed of K-means' initialisation (results are reproducible for a given seed)
 * @param outlierMinPoints 0 for no outlier detection, else DBSCAN's {@code minPoints}, in {@code [2, 100]}
 */
public record SegmentationOptions(Currency currency, Instant asOf, int kMin, int kMax, long seed,
        int outlierMinPoints) {

    /** The largest number of segments that may be asked for. */
    public static final int MAX_K = 20;
    /** The default smallest number of segments. */
    public static final int DEFAULT_K_MIN = 2;
    /** The default largest number of segments. */
    public static final int DEFAULT_K_MAX = 8;
    /** The default seed. */
    public static final long DEFAULT_SEED = 42L;

    /**
     * Checks the options.
     *
     * @throws ValidationException on field {@code currency} or {@code asOf} ({@code must not be null},
     *                             {@code must be after 1970-01-01T00:00:00Z}), {@code kMin}
     *                             ({@code must be in [2, 20]}), {@code kMax} ({@code must be in [kMin, 20]}) or
     *                             {@code outlierMinPoints} ({@code must be 0 or in [2, 100]})
     */
    public SegmentationOptions {
        if (currency == null) {
            throw new ValidationException("currency", "must not be null", null);
        }
        if (asOf == null) {
            throw new ValidationException("asOf", "must not be null", null);
        }
        if (!asOf.isAfter(Instant.EPOCH)) {
            throw new ValidationException("asOf", "must be after 1970-01-01T00:00:00Z", asOf);
        }
        if (kMin < 2 || kMin > MAX_K) {
            throw new ValidationException("kMin", "must be in [2, " + MAX_K + "]", kMin);
        }
        if (kMax < kMin || kMax > MAX_K) {
            throw new ValidationException("kMax", "must be in [kMin, " + MAX_K + "] (kMin = " + kMin + ")", kMax);
        }
        if (outlierMinPoints != 0 && (outlierMinPoints < 2 || outlierMinPoints > 100)) {
            throw new ValidationException("outlierMinPoints", "must be 0 or in [2, 100]", outlierMinPoints);
        }
    }

    /**
     * @param currency the currency analysed
     * @param asOf     the moment of the analysis
     * @return options choosing {@code k} in {@code 2…8} by silhouette, seed 42, no outlier detection
     * @throws ValidationException as the constructor
     */
    public static SegmentationOptions of(Currency currency, Instant asOf) {
        return new SegmentationOptions(currency, asOf, DEFAULT_K_MIN, DEFAULT_K_MAX, DEFAULT_SEED, 0);
    }

    /**
     * @param k the fixed number of segments, in {@code [2, 20]}
     * @return a copy with {@code kMin = kMax = k}
     * @throws ValidationException on field {@code kMin} if {@code k} is out of range
     */
    public SegmentationOptions withK(int k) {
        return new SegmentationOptions(currency, asOf, k, k, seed, outlierMinPoints);
    }

    /**
     * @param min the smallest number of segments
     * @param max the largest number of segments
     * @return a copy choosing {@code k} in {@code [min, max]} by silhouette
     * @throws ValidationException on field {@code kMin} or {@code kMax} if out of range
     */
    public SegmentationOptions withKRange(int min, int max) {
        return new SegmentationOptions(currency, asOf, min, max, seed, outlierMinPoints);
    }

    /**
     * @param value the seed of K-means
     * @return a copy with that seed
     */
    public SegmentationOptions withSeed(long value) {
        return new SegmentationOptions(currency, asOf, kMin, kMax, value, outlierMinPoints);
    }

    /**
     * @param minPoints DBSCAN's {@code minPoints} for outlier detection, in {@code [2, 100]}; 0 turns it off
     * @return a copy with that outlier detection
     * @throws ValidationException on field {@code outlierMinPoints} if out of range
     */
    public SegmentationOptions withOutliers(int minPoints) {
        return new SegmentationOptions(currency, asOf, kMin, kMax, seed, minPoints);
    }

    /** @return whether {@code k} is fixed ({@code kMin == kMax}) rather than chosen */
    public boolean fixedK() {
        return kMin == kMax;
    }
}
