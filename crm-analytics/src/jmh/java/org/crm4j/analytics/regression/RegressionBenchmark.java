package org.crm4j.analytics.regression;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * OLS with full inference (ours, on all processors and on one thread) against Commons Math's {@code OLSMultipleLinearRegression} (QR, with standard
 * errors) and EJML's Householder QR least-squares solve (coefficients only), on the same seeded data: 1 000 000
 * rows × 50 predictors (400 MB), so each operation takes seconds; iterations of 1 s therefore hold one or a few
 * operations, and the fork gets a 6 GB heap.
 *
 * <pre>{@code
 * mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-f 1 -wi 1 -i 3 -prof gc RegressionBenchmark"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(time = 1)
@Measurement(time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class RegressionBenchmark {

    @Param({"1000000"})
    int n;

    @Param({"50"})
    int p;

    private static final LinearRegression.Options ONE_THREAD = LinearRegression.Options.defaults().withThreads(1);

    double[][] x;
    double[] y;

    @Setup
    public void setup() {
        Random random = new Random(42);
        x = new double[n][p];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 1;
            for (int j = 0; j < p; j++) {
                x[i][j] = random.nextGaussian();
                s += (j % 5 - 2) * 0.1 * x[i][j];
            }
            y[i] = s + random.nextGaussian();
        }
    }

    @Benchmark
    public double[] ours() {
        return LinearRegression.fit(x, y).standardErrors();
    }

    @Benchmark
    public double[] oursOneThread() {
        return LinearRegression.fit(x, y, ONE_THREAD).standardErrors();
    }

    /** {@link #oursOneThread} on the QR path only, as every fit was before the normal equations (issue 23). */
    @Benchmark
    public double[] oursQrOneThread() {
        return LinearRegression.fit(x, y, null, ONE_THREAD, false).standardErrors();
    }

    @Benchmark
    public double[] commonsMath() {
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        return ols.estimateRegressionParametersStandardErrors();
    }

    @Benchmark
    public DMatrixRMaj ejmlQrSolve() {
        DMatrixRMaj a = new DMatrixRMaj(n, p + 1);
        for (int i = 0; i < n; i++) {
            a.data[i * (p + 1)] = 1;
            System.arraycopy(x[i], 0, a.data, i * (p + 1) + 1, p);
        }
        DMatrixRMaj b = new DMatrixRMaj(n, 1, true, y);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(n, p + 1);
        if (!solver.setA(a)) {
            throw new IllegalStateException("singular");
        }
        DMatrixRMaj beta = new DMatrixRMaj(p + 1, 1);
        solver.solve(b, beta);
        return beta;
    }
}
