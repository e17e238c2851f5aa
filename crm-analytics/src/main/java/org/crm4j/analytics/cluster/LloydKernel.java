package org.crm4j.analytics.cluster;

/**
 * The plain assignment step (Lloyd 1982): every row against every centre, {@code n·k·d} flops per pass. The
 * reference the accelerated kernels are tested against.
 *
 * <p>Reference: S. P. Lloyd, "Least squares quantization in PCM", IEEE Transactions on Information Theory 28(2),
 * 1982, pp. 129–137.
 */
final class LloydKernel extends AssignmentKernel {

    LloydKernel(double[] x, int n, int d, int k, double slack) {
        super(x, n, d, k, slack);
    }

    @Override
    void prepare(double[] centers, double[] drift) {
        // nothing to precompute
    }

    @Override
    int assign(int from, int to, double[] centers, int[] labels, double[] sums, int[] counts) {
        int changed = 0;
        for (int i = from; i < to; i++) {
            int label = Distances.nearest(x, i * d, centers, k, d);
            if (label != labels[i]) {
                labels[i] = label;
                changed++;
            }
            accumulate(i, label, sums, counts);
        }
        return changed;
    }
}
