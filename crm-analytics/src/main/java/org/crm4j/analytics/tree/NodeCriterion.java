package org.crm4j.analytics.tree;

/**
 * The impurity of a node and the quantity compared between candidate splits, computed from additive node
 * statistics: the weighted class counts for classification, the weighted sums {@code (sum w y, sum w y^2)} for
 * regression. The weight of a node is tracked separately by the caller.
 *
 * <p>The "proxy" of a split is a quantity that orders splits like the impurity decrease but is cheaper, as in
 * scikit-learn: {@code sum_k l_k^2 / w_l + sum_k r_k^2 / w_r} for Gini, {@code -w_l H_l - w_r H_r} for entropy and
 * {@code (sum_l y)^2 / w_l + (sum_r y)^2 / w_r} for squared error; larger is better.
 */
abstract class NodeCriterion {

    private static final double LOG2 = Math.log(2.0);

    /** @return the number of statistics per node */
    abstract int width();

    /** @return the number of values stored per node of the fitted tree */
    abstract int valueWidth();

    /** Writes the node value (weighted class counts, or the mean response) of statistics {@code stats}. */
    abstract void value(double[] stats, double w, double[] out);

    /** Adds sample {@code s} with weight {@code w} to {@code stats[offset .. offset + width)}. */
    abstract void add(double[] stats, int offset, int s, double w);

    /** @return the impurity of a node with statistics {@code stats} and weight {@code w > 0} */
    abstract double impurity(double[] stats, int offset, double w);

    /** @return the split proxy (larger is better) for the children {@code left} and {@code right} */
    abstract double proxy(double[] left, double wl, double[] right, double wr);

    /**
     * The key by which categories are ordered for a categorical split: the proportion of class {@code c} (for
     * classification) or the mean response (regression, {@code c} ignored).
     */
    abstract double orderKey(double[] stats, int offset, double w, int c);

    /**
     * @return true when sorting categories by {@link #orderKey} with {@code c = 1} and trying the prefixes finds the
     *         optimal binary partition (two classes, or regression; Breiman et al. 1984, theorem 4.5)
     */
    abstract boolean orderingIsOptimal();

    /**
     * @return the class index of each row for classification (a node's statistics are then its weighted class
     *         counts, row {@code s} adding its weight at index {@code labels()[s]}), or null
     */
    int[] labels() {
        return null;
    }

    static NodeCriterion classification(SplitCriterion criterion, int[] y, int classes) {
        return criterion == SplitCriterion.GINI ? new Gini(y, classes) : new Entropy(y, classes);
    }

    static NodeCriterion squaredError(double[] y) {
        return new SquaredError(y);
    }

    private abstract static class Classification extends NodeCriterion {
        final int[] y;
        final int classes;

        Classification(int[] y, int classes) {
            this.y = y;
            this.classes = classes;
        }

        @Override
        final int width() {
            return classes;
        }

        @Override
        final int[] labels() {
            return y;
        }

        @Override
        final int valueWidth() {
            return classes;
        }

        @Override
        final void value(double[] stats, double w, double[] out) {
            System.arraycopy(stats, 0, out, 0, classes);
        }

        @Override
        final void add(double[] stats, int offset, int s, double w) {
            stats[offset + y[s]] += w;
        }

        @Override
        final double orderKey(double[] stats, int offset, double w, int c) {
            return stats[offset + c] / w;
        }

        @Override
        final boolean orderingIsOptimal() {
            return classes <= 2;
        }
    }

    private static final class Gini extends Classification {
        Gini(int[] y, int classes) {
            super(y, classes);
        }

        @Override
        double impurity(double[] stats, int offset, double w) {
            double sq = 0.0;
            for (int k = 0; k < classes; k++) {
                double c = stats[offset + k];
                sq += c * c;
            }
            return 1.0 - sq / (w * w);
        }

        @Override
        double proxy(double[] left, double wl, double[] right, double wr) {
            double sl = 0.0;
            double sr = 0.0;
            for (int k = 0; k < classes; k++) {
                sl += left[k] * left[k];
                sr += right[k] * right[k];
            }
            return sl / wl + sr / wr;
        }
    }

    private static final class Entropy extends Classification {
        Entropy(int[] y, int classes) {
            super(y, classes);
        }

        @Override
        double impurity(double[] stats, int offset, double w) {
            double h = 0.0;
            for (int k = 0; k < classes; k++) {
                double c = stats[offset + k];
                if (c > 0.0) {
                    double p = c / w;
                    h -= p * Math.log(p) / LOG2;
                }
            }
            return h;
        }

        @Override
        double proxy(double[] left, double wl, double[] right, double wr) {
            return -wl * impurity(left, 0, wl) - wr * impurity(right, 0, wr);
        }
    }

    private static final class SquaredError extends NodeCriterion {
        private final double[] y;

        SquaredError(double[] y) {
            this.y = y;
        }

        @Override
        int width() {
            return 2;
        }

        @Override
        int valueWidth() {
            return 1;
        }

        @Override
        void value(double[] stats, double w, double[] out) {
            out[0] = stats[0] / w;
        }

        @Override
        void add(double[] stats, int offset, int s, double w) {
            double v = y[s];
            stats[offset] += w * v;
            stats[offset + 1] += w * v * v;
        }

        @Override
        double impurity(double[] stats, int offset, double w) {
            double mean = stats[offset] / w;
            return Math.max(0.0, stats[offset + 1] / w - mean * mean);
        }

        @Override
        double proxy(double[] left, double wl, double[] right, double wr) {
            return left[0] * left[0] / wl + right[0] * right[0] / wr;
        }

        @Override
        double orderKey(double[] stats, int offset, double w, int c) {
            return stats[offset] / w;
        }

        @Override
        boolean orderingIsOptimal() {
            return true;
        }
    }
}
