package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Ljung–Box against R 4.2.2 {@code Box.test} (golden values in {@code ljung_box.csv}) and its argument rules. */
class LjungBoxTest {

    private static double[] data(String caseName) {
        switch (caseName) {
            case "lh_raw":
                return RReferences.series("lh");
            case "nile_diff":
                return ArimaProblem.difference(RReferences.series("Nile"), new double[] {1});
            case "loglynx_raw":
                return RReferences.series("loglynx");
            default:
                return Arima.fit(RReferences.series("LakeHuron"), ArimaSpec.of(2, 0, 0)).residuals();
        }
    }

    @Test
    void test_matchesR() {
        for (Map<String, String> row : RReferences.table("ljung_box.csv")) {
            String name = row.get("case");
            LjungBox.Result r = LjungBox.test(data(name), RReferences.integer(row, "lag"),
                    RReferences.integer(row, "fitdf"));
            double q = RReferences.number(row, "statistic");
            double tol = name.endsWith("resid") ? 1e-4 : 1e-10;
            assertEquals(q, r.statistic(), tol * q, name + " statistic");
            double p = RReferences.number(row, "p_value");
            assertEquals(p, r.pValue(), Math.max(1e-12, tol * p), name + " p-value");
            assertEquals(RReferences.integer(row, "lag") - RReferences.integer(row, "fitdf"), r.df());
        }
    }

    @Test
    void test_lagTooLarge() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LjungBox.test(new double[] {1, 2, 3, 1}, 4, 0));
        assertTrue(e.getMessage().contains("lag must be in [1, 3]"), e.getMessage());
    }

    @Test
    void test_fittedDfNotBelowLag() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LjungBox.test(new double[] {1, 2, 3, 1, 5}, 2, 2));
        assertTrue(e.getMessage().contains("fittedDf must be in [0, 1]"), e.getMessage());
    }

    @Test
    void test_nanResidual() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LjungBox.test(new double[] {1, Double.NaN, 3, 1, 5}, 2, 0));
        assertTrue(e.getMessage().contains("residuals[1] must be finite"), e.getMessage());
    }

    @Test
    void test_constantResiduals() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LjungBox.test(new double[] {2, 2, 2, 2, 2}, 2, 0));
        assertTrue(e.getMessage().contains("must not be constant"), e.getMessage());
    }
}
