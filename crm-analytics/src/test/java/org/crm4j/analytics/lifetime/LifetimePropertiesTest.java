package org.crm4j.analytics.lifetime;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of the lifetime models over random parameters and customers (QuickTheories, fixed seeds).
 */
class LifetimePropertiesTest {

    private static final long SEED = 20050315L;

    /** BG/NBD parameters over the range seen in practice and beyond. */
    private static Gen<BgNbdModel> models() {
        return doubles().between(0.05, 20).zip(doubles().between(0.1, 100), doubles().between(0.05, 10),
                doubles().between(0.05, 20), BgNbdModel::withParameters);
    }

    /** A customer {x, t_x, T}: t_x a fraction of T, 0 when x = 0. */
    private static Gen<double[]> customers() {
        return integers().between(0, 10_000).zip(doubles().between(0, 1), doubles().between(0, 200),
                (x, fraction, age) -> new double[] {x, x == 0 ? 0 : fraction * age, age});
    }

    @Test
    void probabilityAlive_isAProbabilityAndOneWithoutRepeatPurchases() {
        qt().withFixedSeed(SEED).withExamples(2000).forAll(models(), customers()).check((m, c) -> {
            double p = m.probabilityAlive(c[0], c[1], c[2]);
            return p >= 0 && p <= 1 && (c[0] > 0 || p == 1);
        });
    }

    @Test
    void probabilityAlive_doesNotDecreaseWithRecency() {
        qt().withFixedSeed(SEED).withExamples(1000).forAll(models(), customers(), doubles().between(0, 1))
                .check((m, c, more) -> {
                    double later = c[1] + more * (c[2] - c[1]);
                    return c[0] == 0 || m.probabilityAlive(c[0], later, c[2]) >= m.probabilityAlive(c[0], c[1], c[2]);
                });
    }

    @Test
    void conditionalExpectedPurchases_isFiniteNonNegativeAndGrowsWithTheHorizon() {
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(models(), customers(), doubles().between(0, 500), doubles().between(0, 500))
                .check((m, c, t1, t2) -> {
                    double shorter = m.conditionalExpectedPurchases(Math.min(t1, t2), c[0], c[1], c[2]);
                    double longer = m.conditionalExpectedPurchases(Math.max(t1, t2), c[0], c[1], c[2]);
                    return Double.isFinite(longer) && shorter >= 0
                            && longer >= shorter - 1e-12 * Math.abs(longer);
                });
    }

    @Test
    void expectedPurchases_growsWithTheHorizonAndIsBelowThePoissonRateOfALiveCustomer() {
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(models(), doubles().between(0, 1000), doubles().between(0, 1000)).check((m, t1, t2) -> {
                    double shorter = m.expectedPurchases(Math.min(t1, t2));
                    double longer = m.expectedPurchases(Math.max(t1, t2));
                    // a customer who never drops out buys r t / α on average: dropout can only lower it
                    double bound = m.r() * Math.max(t1, t2) / m.alpha();
                    return shorter >= 0 && longer >= shorter - 1e-12 * longer && longer <= bound * (1 + 1e-12);
                });
    }

    @Test
    void conditionalExpectedAverageValue_liesBetweenThePopulationMeanAndTheCustomersMean() {
        Gen<GammaGammaModel> spend = doubles().between(0.1, 30).zip(doubles().between(1.01, 30),
                doubles().between(0.1, 500), GammaGammaModel::withParameters);
        qt().withFixedSeed(SEED).withExamples(2000)
                .forAll(spend, integers().between(1, 5000), doubles().between(0.01, 10_000)).check((m, x, z) -> {
                    double e = m.conditionalExpectedAverageValue(x, z);
                    double population = m.expectedAverageValue();
                    double slack = 1e-12 * Math.max(population, z);
                    return e >= Math.min(population, z) - slack && e <= Math.max(population, z) + slack;
                });
    }

    @Test
    void customerLifetimeValue_growsWithTheHorizonFallsWithTheRateAndTelescopesWithoutDiscount() {
        GammaGammaModel spend = GammaGammaModel.withParameters(6.25, 3.74, 15.44);
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(models(), customers(), integers().between(1, 30), doubles().between(0, 0.2))
                .check((m, c, periods, rate) -> {
                    double z = c[0] > 0 ? 30 : 0;
                    CustomerLifetimeValue.Options o = CustomerLifetimeValue.Options.of(periods, 4, rate);
                    double clv = CustomerLifetimeValue.compute(m, spend, c[0], c[1], c[2], z, o);
                    double longer = CustomerLifetimeValue.compute(m, spend, c[0], c[1], c[2], z,
                            o.withPeriods(periods + 1));
                    double dearer = CustomerLifetimeValue.compute(m, spend, c[0], c[1], c[2], z,
                            o.withDiscountRate(rate + 0.05));
                    double undiscounted = CustomerLifetimeValue.compute(m, spend, c[0], c[1], c[2], z,
                            o.withDiscountRate(0));
                    double direct = spend.conditionalExpectedAverageValue(c[0], z)
                            * m.conditionalExpectedPurchases(4.0 * periods, c[0], c[1], c[2]);
                    double tol = 1e-10 * (1 + undiscounted);
                    return clv >= 0 && longer >= clv - tol && dearer <= clv + tol && clv <= undiscounted + tol
                            && Math.abs(undiscounted - direct) <= tol;
                });
    }
}
