package org.crm4j.analytics.cluster;

import static org.crm4j.analytics.internal.Checks.require;

import org.crm4j.analytics.internal.Checks;

/**
 * Centres every feature on its mean and divides it by its standard deviation ("z-scores"), so that features in
 * different units (recency in days, monetary value in currency) weigh alike in Euclidean distances.
 *
 * <p>The standard deviation is the population one (divisor {@code n}, as scikit-learn's {@code StandardScaler});
 * a constant feature gets scale {@code 1}, so it becomes all zeros instead of dividing by zero. Immutable and
 * thread-safe; every method returns fresh arrays and leaves its argument untouched.
 *
 * <pre>{@code
 * Standardizer scale = Standardizer.fit(rfm);
 * KMeansModel m = KMeans.fit(scale.transform(rfm), 5);
 * double[][] centresInOriginalUnits = scale.inverse(m.centroids());
 * }</pre>
 */
public final class Standardizer {

    private final double[] mean;
    private final double[] scale;

    private Standardizer(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /**
     * Learns the mean and standard deviation of every column.
     *
     * @param data the rows, {@code n × d}, finite (not modified)
     * @return the fitted standardizer
     * @throws IllegalArgumentException if {@code data} is null, empty, ragged or not finite
     */
    public static Standardizer fit(double[][] data) {
        int d = Checks.requireFiniteMatrix(data, "data");
        int n = data.length;
        double[] mean = new double[d];
        for (double[] row : data) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[] scale = new double[d];
        for (double[] row : data) {
            for (int j = 0; j < d; j++) {
                double e = row[j] - mean[j];
                scale[j] += e * e;
            }
        }
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(scale[j] / n);
            scale[j] = sd > 0 ? sd : 1;
        }
        return new Standardizer(mean, scale);
    }

    /** @return the mean of every column, a fresh array */
    public double[] mean() {
        return mean.clone();
    }

    /** @return the divisor of every column (its standard deviation, or 1 for a constant column), a fresh array */
    public double[] scale() {
        return scale.clone();
    }

    /**
     * @param row a row of {@code d} finite values (not modified)
     * @return {@code (row − mean) / scale}, a fresh array
     * @throws IllegalArgumentException if {@code row} is null, of the wrong length or not finite
     */
    public double[] transform(double[] row) {
        check(row, "row");
        double[] out = new double[mean.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = (row[j] - mean[j]) / scale[j];
        }
        return out;
    }

    /**
     * @param data rows of {@code d} finite values (not modified)
     * @return every row transformed, a fresh array
     * @throws IllegalArgumentException if {@code data} is null, empty, ragged, not finite or of the wrong width
     */
    public double[][] transform(double[][] data) {
        check(data, "data");
        double[][] out = new double[data.length][];
        for (int i = 0; i < data.length; i++) {
            out[i] = transform(data[i]);
        }
        return out;
    }

    /**
     * @param row a standardised row of {@code d} finite values (not modified)
     * @return {@code row · scale + mean}, in the original units, a fresh array
     * @throws IllegalArgumentException if {@code row} is null, of the wrong length or not finite
     */
    public double[] inverse(double[] row) {
        check(row, "row");
        double[] out = new double[mean.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = row[j] * scale[j] + mean[j];
        }
        return out;
    }

    /**
     * @param data standardised rows of {@code d} finite values (not modified), e.g. {@link KMeansModel#centroids()}
     * @return every row in the original units, a fresh array
     * @throws IllegalArgumentException if {@code data} is null, empty, ragged, not finite or of the wrong width
     */
    public double[][] inverse(double[][] data) {
        check(data, "data");
        double[][] out = new double[data.length][];
        for (int i = 0; i < data.length; i++) {
            out[i] = inverse(data[i]);
        }
        return out;
    }

    private void check(double[] row, String name) {
        Checks.requireFiniteVector(row, name);
        Checks.requireLength(row.length, mean.length, name, "the number of features fitted");
    }

    private void check(double[][] data, String name) {
        int width = Checks.requireFiniteMatrix(data, name);
        require(width == mean.length, "%s must have %d columns (the number of features fitted), was %d", name,
                mean.length, width);
    }

    @Override
    public String toString() {
        return Checks.message("Standardizer[d=%d]", mean.length);
    }
}
