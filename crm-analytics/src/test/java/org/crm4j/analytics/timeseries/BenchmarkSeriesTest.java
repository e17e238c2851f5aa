package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * AutoArima against forecast 8.20's {@code auto.arima} on the benchmark's seeded series
 * ({@code bench_orders.csv}, written by {@code bench_auto_arima.R}, which regenerates the same series in R).
 */
class BenchmarkSeriesTest {

    @Test
    void monthly_sameSeriesAsR() {
        for (Map<String, String> row : RReferences.table("bench_orders.csv")) {
            double[] y = BenchmarkSeries.monthly(RReferences.integer(row, "id"), 60);
            assertEquals(RReferences.number(row, "y1"), y[0], 1e-12);
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
            if (match) {
                same++;
            } else if (m.aicc() > RReferences.number(row, "aicc") + 0.1) {
                worse.add(id + ": " + s.label() + " " + m.aicc() + " vs R " + RReferences.number(row, "aicc"));
            }
        }
        System.out.println("AutoArima vs auto.arima on " + rows.size() + " benchmark series: " + same + " same; "
                + "worse by > 0.1 AICc: " + worse);
        assertTrue(same >= 0.9 * rows.size(), same + " of " + rows.size());
    }
}
