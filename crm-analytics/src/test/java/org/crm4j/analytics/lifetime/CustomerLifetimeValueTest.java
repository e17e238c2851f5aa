package org.crm4j.analytics.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The discounted CLV against the mpmath quadrature references ({@code clv} rows of {@code references.csv}). */
class CustomerLifetimeValueTest {

    private static final BgNbdModel PURCHASES = BgNbdModel.withParameters(0.243, 4.414, 0.793, 2.426);
    private static final GammaGammaModel SPEND = GammaGammaModel.withParameters(6.25, 3.74, 15.44);
    /** As in make_references.py: 12 periods of 4 weeks at 1 % per period. */
    private static final CustomerLifetimeValue.Options OPTIONS = CustomerLifetimeValue.Options.of(12, 4, 0.01);

    @Test
    void compute_matchesTheQuadratureReferences() {
        List<References.Row> rows = References.of("clv");
        assertEquals(3, rows.size());
        double[] x = new double[3];
        double[] tx = new double[3];
        double[] age = new double[3];
        double[] z = new double[3];
        for (int i = 0; i < 3; i++) {
            double[] v = rows.get(i).arguments();
            x[i] = v[0];
            tx[i] = v[1];
            age[i] = v[2];
            z[i] = v[3];
            double expected = rows.get(i).value();
            assertEquals(expected, CustomerLifetimeValue.compute(PURCHASES, SPEND, v[0], v[1], v[2], v[3], OPTIONS),
                    1e-13 * expected, "row " + i);
        }
        double[] all = CustomerLifetimeValue.compute(PURCHASES, SPEND, x, tx, age, z, OPTIONS);
        for (int i = 0; i < 3; i++) {
            assertEquals(rows.get(i).value(), all[i], 1e-13 * all[i], "array row " + i);
        }
    }
}
