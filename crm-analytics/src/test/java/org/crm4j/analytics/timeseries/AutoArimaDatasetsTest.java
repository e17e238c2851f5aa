package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * AutoArima against forecast 8.20's {@code auto.arima} on every univariate monthly and quarterly series of R's
 * {@code datasets} package without missing values, plus three seeded weekly and daily series
 * ({@code auto_arima_series.csv}, {@code auto_arima_stepwise.csv}, {@code auto_arima_exhaustive_all.csv}, written by
 * {@code make_auto_arima_references.R}; {@code presidents} is left out there because it has missing values).
 *
 * <p>For every series the differencing must be R's. Where the chosen model is R's, its AICc must be R's; where it is
 * another, the series is named with the AICc difference in {@link #KNOWN_STEPWISE} or {@link #KNOWN_EXHAUSTIVE},
 * and our model's AICc must be at most {@link AutoArimaReferenceTest#AICC_SLACK} above that of R's model fitted by
 * us. Prints the comparison table on purpose.
 */
class AutoArimaDatasetsTest {

    /** Series where our stepwise choice is not R's, with the reason; every other series must match exactly. */
    static final Map<String, String> KNOWN_STEPWISE = Map.of();

    /** Series where our exhaustive choice is not R's. */
    static final Map<String, String> KNOWN_EXHAUSTIVE = Map.of();

    /** Our AICc of R's own model may differ from R's by this much (optimiser end points). */
    static final double SAME_MODEL_AICC = 0.05;

    @Test
    void stepwise_choosesRsModelOnEverySeries() {
        compare("auto_arima_stepwise.csv", false, KNOWN_STEPWISE);
    }

    @Test
    void exhaustive_choosesRsModelOnEverySeries() {
        compare("auto_arima_exhaustive_all.csv", true, KNOWN_EXHAUSTIVE);
    }

    private static void compare(String file, boolean exhaustive, Map<String, String> known) {
        List<Map<String, String>> rows = RReferences.table(file);
        List<String> table = new ArrayList<>();
        Map<String, String> differences = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String name = row.get("series");
            int period = RReferences.integer(row, "frequency");
            double[] y = RReferences.series("auto_arima_series.csv", name);
            assertEquals(RReferences.integer(row, "n"), y.length, name + " length");
            AutoArima.Options options = AutoArima.Options.defaults(period);
            if (exhaustive) {
                options = options.withStepwise(false).withApproximation(AutoArima.Approximation.OFF);
            }
            ArimaModel ours = AutoArima.fit(y, options);
            ArimaSpec s = ours.spec();
            ArimaSpec r = rSpec(row);
            double rAicc = RReferences.number(row, "aicc");
            assertEquals(r.d(), s.d(), name + ": d");
            assertEquals(r.seasonalD(), s.seasonalD(), name + ": D");
            boolean same = label(s).equals(label(r));
            if (same) {
                if (Math.abs(ours.aicc() - rAicc) > SAME_MODEL_AICC) {
                    failures.add(String.format(Locale.ROOT, "%s: same model %s, AICc %.4f vs R's %.4f", name,
                            label(s), ours.aicc(), rAicc));
                }
            } else {
                double rModelByUs = Arima.fit(y, r).aicc();
                double diff = ours.aicc() - rModelByUs;
                differences.put(name, String.format(Locale.ROOT, "ours %s AICc %.3f, R %s AICc %.3f (R's model "
                        + "fitted by us %.3f): %+.3f", label(s), ours.aicc(), label(r), rAicc, rModelByUs, diff));
                if (!(diff <= AutoArimaReferenceTest.AICC_SLACK)) {
                    failures.add(name + " worse than R's model: " + differences.get(name));
                }
            }
            table.add(String.format(Locale.ROOT, "%-15s n=%4d R %-32s AICc %10.3f | ours %-32s AICc %10.3f %s", name,
                    y.length, label(r), rAicc, label(s), ours.aicc(), same ? "same" : "DIFFERENT"));
        }
        System.out.println(file + ": " + (rows.size() - differences.size()) + " of " + rows.size()
                + " series choose R's model");
        table.forEach(System.out::println);
        differences.forEach((k, v) -> System.out.println("  differs: " + k + ": " + v));
        assertEquals(List.of(), failures);
        assertEquals(known.keySet(), differences.keySet(), "series whose choice differs from R's: " + differences);
        assertTrue(rows.size() >= 15, "series compared: " + rows.size());
    }

    private static ArimaSpec rSpec(Map<String, String> row) {
        ArimaSpec spec = ArimaSpec.of(RReferences.integer(row, "p"), RReferences.integer(row, "d"),
                RReferences.integer(row, "q")).withSeasonal(RReferences.integer(row, "P"),
                RReferences.integer(row, "D"), RReferences.integer(row, "Q"), RReferences.integer(row, "period"));
        spec = spec.withMean(Boolean.parseBoolean(row.get("include_mean")));
        return Boolean.parseBoolean(row.get("include_drift")) ? spec.withDrift(true) : spec;
    }

    private static String label(ArimaSpec s) {
        return s.label();
    }
}
