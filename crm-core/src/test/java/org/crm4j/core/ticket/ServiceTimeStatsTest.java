package org.crm4j.core.ticket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The percentile definition of {@link ServiceTimeStats} against R's {@code quantile(x, p, type = 7)}
 * ({@code /ticket/quantiles-type7-r.csv}, made by {@code make_quantiles_r.R} with R 4.2.2), and the rules of the
 * metric records.
 */
class ServiceTimeStatsTest {

    @Test
    void of_agreesWithRType7() throws IOException {
        List<String[]> rows;
        try (InputStream in = ServiceTimeStatsTest.class.getResourceAsStream("/ticket/quantiles-type7-r.csv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("values")).map(l -> l.split(";")).toList();
        }
        assertEquals(10, rows.size());
        for (String[] row : rows) {
            long[] sorted = Arrays.stream(row[0].trim().split(" ")).mapToLong(Long::parseLong).toArray();
            ServiceTimeStats stats = ServiceTimeStats.of("", sorted.length, Arrays.stream(sorted).sum(), 0,
                    rank -> sorted[(int) rank]);
            assertEquals(Double.parseDouble(row[1]), stats.medianSeconds(), 1e-9, row[0]);
            assertEquals(Double.parseDouble(row[2]), stats.p90Seconds(), 1e-9, row[0]);
            assertEquals((double) Arrays.stream(sorted).sum() / sorted.length, stats.meanSeconds());
        }
    }

    @Test
    void ranks_areTheOrderStatisticsAroundEachQuantile() {
        assertArrayEquals(new long[] {0, 0, 0, 0}, ServiceTimeStats.ranks(1));
        assertArrayEquals(new long[] {0, 1, 0, 1}, ServiceTimeStats.ranks(2));
        assertArrayEquals(new long[] {4, 5, 8, 9}, ServiceTimeStats.ranks(10));
        assertArrayEquals(new long[] {5, 6, 9, 10}, ServiceTimeStats.ranks(11));
        ValidationException e = assertThrows(ValidationException.class, () -> ServiceTimeStats.ranks(0));
        assertEquals("n", e.field());
    }

    @Test
    void attainment_isTheShareMet() {
        ServiceTimeStats stats = new ServiceTimeStats("HIGH", 4, 100, 20, 40, 3);
        assertEquals(0.75, stats.attainment());
        assertEquals(25.0, stats.meanSeconds());
    }

    @Test
    void constructor_badComponents_areRefused() {
        assertEquals("tickets", assertThrows(ValidationException.class,
                () -> new ServiceTimeStats("", 0, 0, 0, 0, 0)).field());
        assertEquals("met", assertThrows(ValidationException.class,
                () -> new ServiceTimeStats("", 2, 0, 0, 0, 3)).field());
        assertEquals("p90Seconds", assertThrows(ValidationException.class,
                () -> new ServiceTimeStats("", 2, 0, 5, 4, 0)).field());
        assertEquals("reopened", assertThrows(ValidationException.class,
                () -> new ReopenRate(java.time.YearMonth.of(2026, 1), 1, 2)).field());
    }

    @Test
    void measuredTime_mustBeWholeNonNegativeSeconds() {
        assertEquals("must be whole seconds", assertThrows(ValidationException.class,
                () -> new MeasuredTime(Duration.ofMillis(1500), true)).rule());
        assertEquals("must be >= 0", assertThrows(ValidationException.class,
                () -> new MeasuredTime(Duration.ofSeconds(-1), true)).rule());
        assertEquals(90, new MeasuredTime(Duration.ofSeconds(90), false).seconds());
    }
}
