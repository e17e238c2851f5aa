package org.crm4j.analytics.timeseries;

/**
 * Small dense matrix products for the class-3 forecast moments of {@link EtsForecasting} (at most
 * {@code 2m x 2m}, m &lt;= 24). Every method returns a new array and leaves its arguments unchanged.
 */
final class EtsMatrices {

    private EtsMatrices() {
    }

    /** @return {@code a (x) b}, the Kronecker product: entry {@code (i rows(b) + k, j cols(b) + l) = a_ij b_kl} */
    static double[][] kron(double[][] a, double[][] b) {
        int br = b.length;
        int bc = b[0].length;
        double[][] out = new double[a.length * br][a[0].length * bc];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                double aij = a[i][j];
                if (aij == 0) {
                    continue;
                }
                for (int k = 0; k < br; k++) {
                    for (int l = 0; l < bc; l++) {
                        out[i * br + k][j * bc + l] = aij * b[k][l];
                    }
                }
            }
        }
        return out;
    }

    /** @return {@code a b} */
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int inner = b.length;
        int p = b[0].length;
        double[][] out = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                if (aik == 0) {
                    continue;
                }
                for (int j = 0; j < p; j++) {
                    out[i][j] += aik * b[k][j];
                }
            }
        }
        return out;
    }

    /** @return {@code a v b'} */
    static double[][] sandwich(double[][] a, double[][] v, double[][] b) {
        return multiply(multiply(a, v), transpose(b));
    }

    /** @return {@code a'} */
    static double[][] transpose(double[][] a) {
        double[][] out = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[j][i] = a[i][j];
            }
        }
        return out;
    }

    /** @return {@code a + b} */
    static double[][] add(double[][] a, double[][] b) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[i][j] = a[i][j] + b[i][j];
            }
        }
        return out;
    }

    /** @return {@code c a} */
    static double[][] scale(double[][] a, double c) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[i][j] = c * a[i][j];
            }
        }
        return out;
    }

    /** @return {@code v v'} */
    static double[][] outer(double[] v) {
        double[][] out = new double[v.length][v.length];
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                out[i][j] = v[i] * v[j];
            }
        }
        return out;
    }
}
