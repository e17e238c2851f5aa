package org.crm4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crm4j.examples.report.HtmlReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick start runs, prints its summary, generates the demo company, prints the insight tables and writes the
 * report with its five charts; then it runs again on the database it left.
 */
class QuickStartTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final List<String> TABLES = List.of("Customer segments (RFM + K-means", "Churn risks (",
            "Top lifetime values (", "Demand forecast and reorder advice (", "Basket rules (", "Campaign effects (",
            "Lead scores (", "Pipeline forecast (", "Service levels (", "Satisfaction (");

    @Test
    void run_twice_createsThenReusesTheDatabase(@TempDir Path temp) throws IOException {
        Path directory = temp.resolve("crm4j-data");
        Path report = directory.resolve("report.html");

        String first = run(directory, NOW);
        assertTrue(first.startsWith("Creating a new crm4j database in " + directory), first);
        assertTrue(first.contains("Recorded 6 sales."), first);
        assertTrue(first.contains("1. Dee Turing     102.00 EUR  (2 sales)"), first);
        assertTrue(first.contains("POT-1  Cast-iron teapot            7"), first);
        assertTrue(first.contains("Ada Lovelace -> Bob Babbage -> Cid Hopper -> Dee Turing"), first);
        assertTrue(first.contains("3 members, 1 responded, 1 converted"), first);
        assertTrue(first.contains("Pipeline: lead Eve Knuth converted, opportunity \"Tea for the tea rooms\" CLOSED_WON"
                + " with 1 sale."), first);
        assertTrue(first.contains("4. Eve Knuth       34.50 EUR  (1 sale)"), first);
        assertTrue(first.contains("Demo company (seed 42, SMALL, 2023-12-01T00:00:00Z to 2026-12-05T10:00:00Z): 300"
                + " customers, 22 products, "), first);
        assertTables(first);
        assertTrue(first.contains("\n  Matcha spring "), first);
        assertTrue(first.contains("\n  Advent calendar "), first);
        assertTrue(first.contains("\n  Iced tea summer "), first);
        assertTrue(first.contains("Report with 5 charts: " + report), first);
        assertReport(report);

        String second = run(directory, NOW.plus(Duration.ofDays(1)));
        assertTrue(second.startsWith("Reusing the crm4j database in " + directory), second);
        assertTrue(second.contains("1. Dee Turing     204.00 EUR  (4 sales)"), second);
        assertTrue(second.contains("POT-1  Cast-iron teapot            4"), second);
        assertTrue(second.contains("Eve Knuth       69.00 EUR  (2 sales)"), second);
        assertTrue(second.contains("The demo company of an earlier run is there"), second);
        assertTables(second);
        assertTrue(second.contains("Report with 5 charts: " + report), second);
        assertReport(report);
    }

    /** Every table has its title and at least one row below its column headings. */
    private static void assertTables(String output) {
        for (String title : TABLES) {
            int at = output.indexOf("\n" + title);
            assertTrue(at >= 0, "no table " + title + " in\n" + output);
            String[] lines = output.substring(at + 1).split("\n", 4);
            assertTrue(lines.length == 4 && lines[2].startsWith("  ") && !lines[2].isBlank(),
                    "table " + title + " has no rows in\n" + output);
        }
        assertTrue(!output.contains("left out:"), output);
    }

    /** The report is an HTML page with the five charts, each an inline SVG drawing with its axes' text. */
    private static void assertReport(Path report) throws IOException {
        assertTrue(Files.isRegularFile(report), report.toString());
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 100));
        Matcher figures = Pattern.compile("<figure class=\"chart\" id=\"([a-z]+)\">\\s*<svg[^>]*>(.*?)</svg>",
                Pattern.DOTALL).matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (figures.find()) {
            ids.add(figures.group(1));
            assertTrue(figures.group(2).length() > 10_000, figures.group(1) + " draws next to nothing");
        }
        assertEquals(HtmlReport.CHARTS, ids);
        assertTrue(html.contains("Customer segments (RFM + K-means"), "the tables are in the report too");
    }

    private static String run(Path directory, Instant now) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            QuickStart.run(directory, out, now);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
