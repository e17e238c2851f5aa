package org.crm4j.core.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The CSAT and NPS intervals against outside references: statsmodels' Wilson interval
 * ({@code /survey/csat-wilson-statsmodels.csv}, made by {@code make_csat_wilson_statsmodels.py}) and the trinomial
 * NPS interval evaluated in R ({@code /survey/nps-trinomial-r.csv}, made by {@code make_nps_trinomial_r.R}).
 */
class SatisfactionIntervalsTest {

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = SatisfactionIntervalsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split(",")).toList();
        }
    }

    @Test
    void wilson_agreesWithStatsmodels() throws IOException {
        List<String[]> rows = rows("/survey/csat-wilson-statsmodels.csv");
        assertEquals(10, rows.size());
        for (String[] row : rows) {
            ConfidenceInterval ci = SatisfactionIntervals.wilson(Long.parseLong(row[0]), Long.parseLong(row[1]));
            assertEquals(Double.parseDouble(row[2]), ci.low(), 1e-12, String.join(",", row));
            assertEquals(Double.parseDouble(row[3]), ci.high(), 1e-12, String.join(",", row));
        }
    }

    @Test
    void nps_agreesWithR() throws IOException {
        List<String[]> rows = rows("/survey/nps-trinomial-r.csv");
        assertEquals(9, rows.size());
        for (String[] row : rows) {
            long p = Long.parseLong(row[0]);
            long passive = Long.parseLong(row[1]);
            long d = Long.parseLong(row[2]);
            SatisfactionPeriod period = SatisfactionPeriod.of(new MonthlyScores(YearMonth.of(2026, 3), 0, 0,
                    p + passive + d, p, d));
            assertEquals(Double.parseDouble(row[3]), period.nps().orElseThrow(), 1e-9, String.join(",", row));
            ConfidenceInterval ci = SatisfactionIntervals.nps(p, passive, d);
            assertEquals(Double.parseDouble(row[4]), ci.low(), 1e-9, String.join(",", row));
            assertEquals(Double.parseDouble(row[5]), ci.high(), 1e-9, String.join(",", row));
        }
    }

    @Test
    void period_withoutAnswers_hasNoEstimates() {
        SatisfactionPeriod empty = SatisfactionPeriod.of(new MonthlyScores(YearMonth.of(2026, 3), 0, 0, 0, 0, 0));
        assertEquals(Optional.empty(), empty.csat());
        assertEquals(Optional.empty(), empty.csatInterval());
        assertEquals(Optional.empty(), empty.nps());
        assertEquals(Optional.empty(), empty.npsInterval());
    }

    @Test
    void wilson_refusesImpossibleCounts() {
        assertEquals("n", assertThrows(ValidationException.class, () -> SatisfactionIntervals.wilson(0, 0)).field());
        assertEquals("satisfied", assertThrows(ValidationException.class,
                () -> SatisfactionIntervals.wilson(3, 2)).field());
        assertEquals("n", assertThrows(ValidationException.class, () -> SatisfactionIntervals.nps(0, 0, 0)).field());
        assertEquals("count", assertThrows(ValidationException.class,
                () -> SatisfactionIntervals.nps(-1, 2, 0)).field());
    }
}
