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
 * <p>Outlier detection by DBSCAN is not offered: {@code org.crm4j.analytics.cluster} has no DBSCAN yet.
 *
 * @param currency the one currency whose sales and returns are analysed, not null; sales in other currencies are
 *                 ignored
 * @param asOf     the moment of the analysis: sales and returns in {@code [1970-01-01T00:00Z, asOf)} count and
 *                 recency is measured up to it; not null, after the epoch
 * @param kMin     the smallest number of segments, in {@code [2, MAX_K]}
 * @param kMax     the largest number of segments, in {@code [kMin, MAX_K]}
 * @param seed     the seed of K-means' initialisation (results are reproducible for a given seed)
 */
public record SegmentationOptions(Currency currency, Instant asOf, int kMin, int kMax, long seed) {

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
     *                             ({@code must be in [2, 20]}) or {@code kMax} ({@code must be in [kMin, 20]})
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
    }

    /**
     * @param currency the currency analysed
     * @param asOf     the moment of the analysis
     * @return options choosing {@code k} in {@code 2…8} by silhouette, seed 42
     * @throws ValidationException as the constructor
     */
    public static SegmentationOptions of(Currency currency, Instant asOf) {
        return new SegmentationOptions(currency, asOf, DEFAULT_K_MIN, DEFAULT_K_MAX, DEFAULT_SEED);
    }

    /**
     * @param k the fixed number of segments, in {@code [2, 20]}
     * @return a copy with {@code kMin = kMax = k}
     * @throws ValidationException on field {@code kMin} if {@code k} is out of range
     */
    public SegmentationOptions withK(int k) {
        return new SegmentationOptions(currency, asOf, k, k, seed);
    }

    /**
     * @param min the smallest number of segments
     * @param max the largest number of segments
     * @return a copy choosing {@code k} in {@code [min, max]} by silhouette
     * @throws ValidationException on field {@code kMin} or {@code kMax} if out of range
     */
    public SegmentationOptions withKRange(int min, int max) {
        return new SegmentationOptions(currency, asOf, min, max, seed);
    }

    /**
     * @param value the seed of K-means
     * @return a copy with that seed
     */
    public SegmentationOptions withSeed(long value) {
        return new SegmentationOptions(currency, asOf, kMin, kMax, value);
    }

    /** @return whether {@code k} is fixed ({@code kMin == kMax}) rather than chosen */
    public boolean fixedK() {
        return kMin == kMax;
    }
}
