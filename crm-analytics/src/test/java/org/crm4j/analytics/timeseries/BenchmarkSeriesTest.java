package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * AutoArima against forecast 8.20's {@code auto.arima} on the benchmark's seeded series
 * ({@code bench_orders.csv}, written by {@code bench_auto_arima.R}, which regenerates the same series in R).
 */
class BenchmarkSeriesTest {

    @Test
    void monthly_sameSeriesAsR() {
        List<Map<String, String>> rows = RReferences.table("bench_series.csv");
        assertEquals(100, rows.size());
        for (Map<String, String> row : rows) {
            int id = RReferences.integer(row, "id");
            double[] y = BenchmarkSeries.monthly(id, 60);
            for (int t = 0; t < y.length; t++) {
                int month = t + 1;
                assertEquals(RReferences.number(row, "y" + month), y[t], 1e-12, "series " + id + ", month " + month);
            }
        }
    }

    @Test
    void monthly_firstValuesOfTheTimedSeries_areTheSeriesOfBenchSeriesCsv() {
        List<Map<String, String>> series = RReferences.table("bench_series.csv");
        for (Map<String, String> row : RReferences.table("bench_orders.csv")) {
            int id = RReferences.integer(row, "id");
            assertEquals(row.get("y1"), series.get(id - 1).get("y1"), "series " + id);
        }
    }

    @Test
    void autoArima_agreesWithROnBenchmarkSeries() {
        List<Map<String, String>> rows = RReferences.table("bench_orders.csv").subList(0, 40);
        int same = 0;
        List<String> worse = new ArrayList<>();
        for (Map<String, String> row : rows) {
            int id = RReferences.integer(row, "id");
            ArimaModel m = AutoArima.fit(BenchmarkSeries.monthly(id, 60), 12);
            ArimaSpec s = m.spec();
            boolean match = s.p() == RReferences.integer(row, "p") && s.d() == RReferences.integer(row, "d")
                    && s.q() == RReferences.integer(row, "q") && s.seasonalP() == RReferences.integer(row, "P")
                    && s.seasonalD() == RReferences.integer(row, "D")
                    && s.seasonalQ() == RReferences.integer(row, "Q")
                    && s.includeDrift() == Boolean.parseBoolean(row.get("drift"))
                    && s.hasMean() == Boolean.parseBoolean(row.get("mean"));
            double rAicc = RReferences.number(row, "aicc");
            boolean sameDifferencing = s.d() == RReferences.integer(row, "d")
                    && s.seasonalD() == RReferences.integer(row, "D");
            if (match) {
                same++;
                assertEquals(rAicc, m.aicc(), 0.05, "series " + id + ": AICc of the same model");
            } else if (sameDifferencing && m.aicc() > rAicc + AutoArimaReferenceTest.AICC_SLACK) {
                worse.add(String.format(Locale.ROOT, "series %d: ours %s AICc %.3f, R AICc %.3f (%+.3f)", id,
                        s.label(), m.aicc(), rAicc, m.aicc() - rAicc));
            }
        }
        assertTrue(same >= 0.9 * rows.size(), same + " of " + rows.size());
        // AICc values are comparable only between models of the same differencing
        assertEquals(List.of(), worse, "models other than R's, with R's differencing and a worse AICc");
    }
}
