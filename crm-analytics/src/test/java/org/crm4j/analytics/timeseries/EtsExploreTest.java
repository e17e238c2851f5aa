package org.crm4j.analytics.timeseries;

import java.util.Map;

import org.junit.jupiter.api.Test;

class EtsExploreTest {
    @Test
    void table() {
        for (String s : EtsReferences.CLASSIC) {
            double[] y = EtsReferences.series(s);
            int f = EtsReferences.frequency(s);
            Map<String, String> r = EtsReferences.auto(s);
            long t0 = System.nanoTime();
            EtsModel auto = AutoEts.fit(y, f);
            long t1 = System.nanoTime();
            EtsModel same = Ets.fit(y, f, EtsSpec.of(r.get("model")));
            System.out.printf("%-15s R %-12s %10.3f %10.3f | auto %-12s %10.3f %10.3f (%d ms) | same %10.3f %10.3f a=%.4f/%s b=%.4f/%s g=%.4f/%s p=%.4f/%s conv=%s it=%d%n",
                    s, r.get("model"), Double.parseDouble(r.get("aicc")), Double.parseDouble(r.get("loglik")),
                    auto.method(), auto.aicc(), auto.logLikelihood(), (t1 - t0) / 1000000,
                    same.aicc(), same.logLikelihood(), same.alpha(), r.get("alpha"), same.beta(), r.get("beta"),
                    same.gamma(), r.get("gamma"), same.phi(), r.get("phi"), same.converged(), same.iterations());
        }
    }
}
