package org.crm4j.analytics.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crm4j.analytics.ConvergenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One test per refused input of the lifetime package (the rows of the README's bad-input table). */
class LifetimeArgumentsTest {

    private static final double[] X = {2, 1, 0, 7};
    private static final double[] TX = {30.43, 1.71, 0, 29.43};
    private static final double[] AGE = {38.86, 38.86, 38.86, 38.86};
    private static final double[] Z = {22.35, 11.77, 0, 73.74};
    private static final BgNbdModel BG = BgNbdModel.withParameters(0.243, 4.414, 0.793, 2.426);
    private static final GammaGammaModel GG = GammaGammaModel.withParameters(6.25, 3.74, 15.44);
    private static final CustomerLifetimeValue.Options YEAR = CustomerLifetimeValue.Options.of(52, 1, 0.002);

    private static void refused(String fragment, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
    }

    private static double[] with(double[] base, int index, double value) {
        double[] copy = base.clone();
        copy[index] = value;
        return copy;
    }

    // ---- BgNbd.fit

    @Test
    void bgNbdFit_nullFrequency() {
        refused("frequency must not be null", () -> BgNbd.fit(null, TX, AGE));
    }

    @Test
    void bgNbdFit_nullRecency() {
        refused("recency must not be null", () -> BgNbd.fit(X, null, AGE));
    }

    @Test
    void bgNbdFit_nullAge() {
        refused("age must not be null", () -> BgNbd.fit(X, TX, null));
    }

    @Test
    void bgNbdFit_noCustomers() {
        refused("frequency must have at least one customer", () -> BgNbd.fit(new double[0], new double[0],
                new double[0]));
    }

    @Test
    void bgNbdFit_lengthsDiffer() {
        refused("recency must have length 4", () -> BgNbd.fit(X, new double[] {1, 1, 0}, AGE));
        refused("age must have length 4", () -> BgNbd.fit(X, TX, new double[] {40, 40}));
    }

    @Test
    void bgNbdFit_negativeFrequency() {
        refused("frequency[1] must be a finite count of repeat purchases >= 0, was -1.0",
                () -> BgNbd.fit(with(X, 1, -1), TX, AGE));
    }

    @Test
    void bgNbdFit_nanFrequency() {
        refused("frequency[0] must be a finite count", () -> BgNbd.fit(with(X, 0, Double.NaN), TX, AGE));
    }

    @Test
    void bgNbdFit_fractionalFrequency() {
        refused("frequency[3] must be a whole number of repeat purchases, was 2.5",
                () -> BgNbd.fit(with(X, 3, 2.5), TX, AGE));
    }

    @Test
    void bgNbdFit_negativeRecency() {
        refused("recency[0] must be finite and >= 0, was -1.0", () -> BgNbd.fit(X, with(TX, 0, -1), AGE));
    }

    @Test
    void bgNbdFit_nanRecency() {
        refused("recency[1] must be finite and >= 0, was NaN", () -> BgNbd.fit(X, with(TX, 1, Double.NaN), AGE));
    }

    @Test
    void bgNbdFit_recencyAfterAge() {
        refused("recency[0] must be <= age[0] (38.86), was 40.0", () -> BgNbd.fit(X, with(TX, 0, 40), AGE));
    }

    @Test
    void bgNbdFit_negativeOrInfiniteAge() {
        refused("age[2] must be finite and >= 0, was -1.0", () -> BgNbd.fit(X, TX, with(AGE, 2, -1)));
        refused("age[2] must be finite and >= 0, was Infinity",
                () -> BgNbd.fit(X, TX, with(AGE, 2, Double.POSITIVE_INFINITY)));
    }

    @Test
    void bgNbdFit_recencyWithoutRepeatPurchase() {
        refused("recency[2] must be 0 when frequency[2] is 0", () -> BgNbd.fit(X, with(TX, 2, 3), AGE));
    }

    @Test
    void bgNbdFit_nobodyRepeats() {
        refused("the BG/NBD parameters are not identified",
                () -> BgNbd.fit(new double[] {0, 0}, new double[] {0, 0}, new double[] {10, 20}));
    }

    @Test
    void bgNbdFit_nullOptions() {
        refused("options must not be null", () -> BgNbd.fit(X, TX, AGE, null));
    }

    @Test
    void bgNbdOptions_outOfRange() {
        refused("maxIterations must be in [1, 10000], was 0", () -> BgNbd.Options.defaults().withMaxIterations(0));
        refused("tolerance must be in (0, 1e-4], was 0.0", () -> BgNbd.Options.defaults().withTolerance(0));
        refused("tolerance must be in (0, 1e-4], was NaN", () -> BgNbd.Options.defaults().withTolerance(Double.NaN));
    }

    @Test
    void bgNbdFit_strictWithoutConvergence() {
        Cdnow d = Cdnow.load();
        ConvergenceException e = assertThrows(ConvergenceException.class, () -> BgNbd.fit(d.x, d.tx, d.age,
                BgNbd.Options.defaults().withMaxIterations(1).withStrict(true)));
        assertTrue(e.getMessage().contains("did not converge in 1 iterations"), e.getMessage());
        BgNbdModel lenient = BgNbd.fit(d.x, d.tx, d.age, BgNbd.Options.defaults().withMaxIterations(1));
        assertTrue(!lenient.converged() && lenient.iterations() == 1, lenient.summary());
    }

    @Test
    void bgNbdFit_leavesInputsUntouched() {
        double[] x = X.clone();
        double[] tx = TX.clone();
        double[] age = AGE.clone();
        Cdnow d = Cdnow.load();
        double[] dx = d.x.clone();
        BgNbd.fit(d.x, d.tx, d.age);
        assertArrayEquals(dx, d.x);
        assertThrows(IllegalArgumentException.class, () -> BgNbd.fit(x, with(tx, 0, 99), age));
        assertArrayEquals(X, x);
        assertArrayEquals(TX, tx);
    }

    // ---- BgNbdModel predictions

    @Test
    void probabilityAlive_invalidCustomer() {
        refused("frequency must be a whole number of repeat purchases, was 1.5", () -> BG.probabilityAlive(1.5, 1, 2));
        refused("recency must be <= age (2.0), was 3.0", () -> BG.probabilityAlive(1, 3, 2));
    }

    @Test
    void conditionalExpectedPurchases_negativeOrNanHorizon() {
        refused("t must be finite and >= 0, was -1.0", () -> BG.conditionalExpectedPurchases(-1, 1, 1, 2));
        refused("t must be finite and >= 0, was NaN", () -> BG.conditionalExpectedPurchases(Double.NaN, 1, 1, 2));
        refused("recency must be 0 when frequency is 0", () -> BG.conditionalExpectedPurchases(1, 0, 1, 2));
    }

    @Test
    void expectedPurchases_negativeOrInfiniteHorizon() {
        refused("t must be finite and >= 0, was -0.5", () -> BG.expectedPurchases(-0.5));
        refused("t must be finite and >= 0, was Infinity", () -> BG.expectedPurchases(Double.POSITIVE_INFINITY));
    }

    // ---- GammaGamma.fit

    @Test
    void gammaGammaFit_nullArguments() {
        refused("frequency must not be null", () -> GammaGamma.fit(null, Z));
        refused("averageValue must not be null", () -> GammaGamma.fit(X, null));
        refused("options must not be null", () -> GammaGamma.fit(X, Z, null));
    }

    @Test
    void gammaGammaFit_noCustomers() {
        refused("frequency must have at least one customer", () -> GammaGamma.fit(new double[0], new double[0]));
    }

    @Test
    void gammaGammaFit_lengthsDiffer() {
        refused("averageValue must have length 2", () -> GammaGamma.fit(new double[] {1, 2}, new double[] {3}));
    }

    @Test
    void gammaGammaFit_customerWithoutRepeatPurchase() {
        refused("frequency[2] must be a whole number >= 1 (Gamma-Gamma is fitted on repeat customers only",
                () -> GammaGamma.fit(X, Z));
    }

    @Test
    void gammaGammaFit_fractionalOrNanFrequency() {
        refused("frequency[0] must be a whole number >= 1", () -> GammaGamma.fit(new double[] {1.5}, new double[] {3}));
        refused("repeat purchases), was NaN", () -> GammaGamma.fit(new double[] {Double.NaN}, new double[] {3}));
    }

    @Test
    void gammaGammaFit_nonPositiveOrNanValue() {
        refused("averageValue[1] must be finite and > 0, was 0.0",
                () -> GammaGamma.fit(new double[] {1, 2}, new double[] {3, 0}));
        refused("averageValue[0] must be finite and > 0, was NaN",
                () -> GammaGamma.fit(new double[] {1, 2}, new double[] {Double.NaN, 3}));
    }

    @Test
    void gammaGammaOptions_outOfRange() {
        refused("maxIterations must be in [1, 10000], was 10001",
                () -> GammaGamma.Options.defaults().withMaxIterations(10_001));
        refused("tolerance must be in (0, 1e-4], was 0.1", () -> GammaGamma.Options.defaults().withTolerance(0.1));
    }

    @Test
    void conditionalExpectedAverageValue_invalidArguments() {
        refused("frequency must be a whole number >= 0, was -1.0", () -> GG.conditionalExpectedAverageValue(-1, 3));
        refused("averageValue must be finite and > 0, was -3.0", () -> GG.conditionalExpectedAverageValue(2, -3));
        refused("averageValue must be finite, was NaN", () -> GG.conditionalExpectedAverageValue(0, Double.NaN));
    }

    // ---- CustomerLifetimeValue

    @Test
    void clv_nullModelsOrOptions() {
        refused("purchases must not be null", () -> CustomerLifetimeValue.compute(null, GG, X, TX, AGE, Z, YEAR));
        refused("spend must not be null", () -> CustomerLifetimeValue.compute(BG, null, X, TX, AGE, Z, YEAR));
        refused("options must not be null", () -> CustomerLifetimeValue.compute(BG, GG, X, TX, AGE, Z, null));
        refused("purchases must not be null", () -> CustomerLifetimeValue.compute(null, GG, 1, 1, 2, 3, YEAR));
    }

    @Test
    void clv_averageValueLengthDiffers() {
        refused("averageValue must have length 4",
                () -> CustomerLifetimeValue.compute(BG, GG, X, TX, AGE, new double[] {1}, YEAR));
        refused("averageValue must not be null", () -> CustomerLifetimeValue.compute(BG, GG, X, TX, AGE, null, YEAR));
    }

    @Test
    void clv_nonPositiveValueOfARepeatCustomer() {
        refused("averageValue[3] must be finite and > 0 (frequency > 0), was 0.0",
                () -> CustomerLifetimeValue.compute(BG, GG, X, TX, AGE, with(Z, 3, 0), YEAR));
        refused("averageValue must be finite and > 0, was 0.0",
                () -> CustomerLifetimeValue.compute(BG, GG, 2, 1, 3, 0, YEAR));
    }

    @Test
    void clv_nanValueOfANewCustomer() {
        refused("averageValue[2] must be finite, was NaN",
                () -> CustomerLifetimeValue.compute(BG, GG, X, TX, AGE, with(Z, 2, Double.NaN), YEAR));
    }

    @Test
    void clv_invalidCustomerSummary() {
        refused("recency[0] must be <= age[0]",
                () -> CustomerLifetimeValue.compute(BG, GG, X, with(TX, 0, 50), AGE, Z, YEAR));
    }

    @Test
    void clvOptions_outOfRange() {
        refused("periods must be in [1, 100000], was 0", () -> CustomerLifetimeValue.Options.of(0, 1, 0));
        refused("periodLength must be finite and > 0, was 0.0", () -> YEAR.withPeriodLength(0));
        refused("discountRate must be finite and >= 0, was -0.1", () -> YEAR.withDiscountRate(-0.1));
        refused("discountRate must be finite and >= 0, was NaN", () -> YEAR.withDiscountRate(Double.NaN));
    }
}
