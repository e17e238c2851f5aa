package org.crm4j.analytics.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fits data simulated with known parameters ({@link Simulator}, fixed seeds): every estimate lies within three of
 * its standard errors of the truth, so the estimates and the standard errors are consistent with each other.
 */
class ParameterRecoveryTest {

    private static final double STANDARD_ERRORS = 3;

    @ParameterizedTest(name = "r={0} alpha={1} a={2} b={3} T={4} seed={5}")
    @CsvSource({
            "0.25, 4.0, 0.8, 2.5, 39, 1",
            "1.5, 10.0, 1.2, 6.0, 52, 2",
            "0.6, 2.0, 0.3, 1.0, 100, 3",
            "3.0, 30.0, 2.0, 10.0, 26, 4"})
    void bgNbd_recoversSimulatedParameters(double r, double alpha, double a, double b, double age, long seed) {
        Simulator.Base base = new Simulator(seed).bgNbd(20_000, r, alpha, a, b, age, 6, 4, 15);
        BgNbdModel m = BgNbd.fit(base.frequency(), base.recency(), base.age(),
                BgNbd.Options.defaults().withStrict(true));
        assertTrue(m.converged());
        double[] truth = {r, alpha, a, b};
        double[] estimate = {m.r(), m.alpha(), m.a(), m.b()};
        double[] se = m.standardErrors();
        for (int i = 0; i < 4; i++) {
            assertEquals(truth[i], estimate[i], STANDARD_ERRORS * se[i], m.summary());
        }
    }

    @ParameterizedTest(name = "p={0} q={1} gamma={2} seed={3}")
    @CsvSource({
            "6.0, 4.0, 15.0, 11",
            "1.5, 2.5, 40.0, 12",
            "20.0, 10.0, 100.0, 13"})
    void gammaGamma_recoversSimulatedParameters(double p, double q, double gamma, long seed) {
        Simulator.Base base = new Simulator(seed).bgNbd(20_000, 0.8, 4.0, 0.8, 2.5, 52, p, q, gamma);
        int m = 0;
        for (double x : base.frequency()) {
            m += x > 0 ? 1 : 0;
        }
        double[] x = new double[m];
        double[] z = new double[m];
        for (int i = 0, k = 0; i < base.frequency().length; i++) {
            if (base.frequency()[i] > 0) {
                x[k] = base.frequency()[i];
                z[k++] = base.averageValue()[i];
            }
        }
        GammaGammaModel model = GammaGamma.fit(x, z, GammaGamma.Options.defaults().withStrict(true));
        double[] truth = {p, q, gamma};
        double[] estimate = {model.p(), model.q(), model.gamma()};
        double[] se = model.standardErrors();
        for (int i = 0; i < 3; i++) {
            assertEquals(truth[i], estimate[i], STANDARD_ERRORS * se[i], model.summary());
        }
    }
}
