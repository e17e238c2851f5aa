package org.crm4j.analytics.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The shape shared by crm4j algorithms, checked for the lifetime family: short overloads use the defaults,
 * {@code Options} records with {@code defaults()}/{@code of(...)} and {@code with...} copies, and summaries.
 */
class LifetimeShapeTest {

    private static final Cdnow DATA = Cdnow.load();

    @Test
    void bgNbd_shortOverloadUsesTheDefaults() {
        BgNbdModel shortFit = BgNbd.fit(DATA.x, DATA.tx, DATA.age);
        BgNbdModel longFit = BgNbd.fit(DATA.x, DATA.tx, DATA.age, BgNbd.Options.defaults());
        assertEquals(longFit.r(), shortFit.r());
        assertEquals(longFit.alpha(), shortFit.alpha());
        assertEquals(longFit.a(), shortFit.a());
        assertEquals(longFit.b(), shortFit.b());
        assertEquals(longFit.iterations(), shortFit.iterations());
    }

    @Test
    void gammaGamma_shortOverloadUsesTheDefaults() {
        double[][] repeat = DATA.repeatCustomers();
        GammaGammaModel shortFit = GammaGamma.fit(repeat[0], repeat[1]);
        GammaGammaModel longFit = GammaGamma.fit(repeat[0], repeat[1], GammaGamma.Options.defaults());
        assertEquals(longFit.p(), shortFit.p());
        assertEquals(longFit.q(), shortFit.q());
        assertEquals(longFit.gamma(), shortFit.gamma());
    }

    @Test
    void options_defaultsAndWithCopies() {
        BgNbd.Options bg = BgNbd.Options.defaults();
        assertEquals(new BgNbd.Options(200, 1e-12, false), bg);
        assertEquals(new BgNbd.Options(7, 1e-6, true), bg.withMaxIterations(7).withTolerance(1e-6).withStrict(true));
        assertEquals(new BgNbd.Options(200, 1e-12, false), bg);

        GammaGamma.Options gg = GammaGamma.Options.defaults();
        assertEquals(new GammaGamma.Options(200, 1e-12, false), gg);
        assertEquals(new GammaGamma.Options(9, 1e-8, true), gg.withMaxIterations(9).withTolerance(1e-8)
                .withStrict(true));

        CustomerLifetimeValue.Options clv = CustomerLifetimeValue.Options.of(12, 4.33, 0.01);
        assertEquals(new CustomerLifetimeValue.Options(24, 2.0, 0.005),
                clv.withPeriods(24).withPeriodLength(2.0).withDiscountRate(0.005));
        assertEquals(new CustomerLifetimeValue.Options(12, 4.33, 0.01), clv);
    }

    @Test
    void models_toStringNamesTheParameters() {
        assertTrue(BgNbdModel.withParameters(0.25, 4, 0.8, 2.5).toString()
                .startsWith("BgNbdModel[r=0.25, alpha=4.0, a=0.8, b=2.5"));
        assertTrue(GammaGammaModel.withParameters(6, 4, 15).toString()
                .startsWith("GammaGammaModel[p=6.0, q=4.0, gamma=15.0"));
    }
}
