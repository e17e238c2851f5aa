package org.crm4j.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.ValidationException;
import org.crm4j.core.insight.ProgressListener;
import org.crm4j.examples.demo.DemoClock;
import org.crm4j.examples.demo.DemoCompany;
import org.crm4j.examples.demo.DemoOptions;
import org.crm4j.examples.demo.DemoSize;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The insights of the small demo company in memory (where tickets have no SLA targets: the in-memory CRM takes
 * the default ticket settings), as tables and as a report with its five charts; and the refusals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTest {

    private static final Instant END = Instant.parse("2026-12-05T10:00:00Z");

    private Crm crm;
    private CrmInsights insights;
    private final List<Integer> steps = new ArrayList<>();

    @BeforeAll
    void generate() {
        DemoClock clock = new DemoClock(END);
        crm = Crm.inMemory(clock, IdGenerator.seeded(1));
        DemoCompany.generate(crm, DemoOptions.of(DemoSize.SMALL, clock), 42, ProgressListener.NONE);
        insights = CrmInsights.compute(crm, END, Optional.of(DemoCompany.ticketSettings().serviceLevels()
                .orElseThrow().calendar()), (stage, step, of) -> steps.add(step));
    }

    @AfterAll
    void close() {
        crm.close();
    }

    @Test
    void compute_smallDemo_everyInsightIsThere() {
        assertEquals(java.util.Map.of(), insights.skipped());
        assertTrue(insights.segmentation().isPresent() && insights.churn().isPresent()
                && insights.lifetime().isPresent() && insights.retention().isPresent()
                && insights.baskets().isPresent() && insights.leads().isPresent() && insights.pipeline().isPresent());
        assertEquals(22, insights.demand().size());
        assertEquals(3, insights.campaigns().size());
        assertEquals(0, insights.service().orElseThrow().tickets(), "no SLA targets in memory");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), steps);
        assertEquals("DEMO-TEA-ICED", insights.products().get(HtmlReport.forecastShown(insights).orElseThrow()
                .productId()).sku().value());
    }

    @Test
    void print_smallDemo_printsEveryTable() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            InsightTables.print(insights, out);
        }
        String tables = bytes.toString(StandardCharsets.UTF_8);
        for (String title : List.of("Customer segments (RFM + K-means", "Churn risks (", "Top lifetime values (",
                "Demand forecast and reorder advice (", "Basket rules (", "Campaign effects (", "Lead scores (",
                "Pipeline forecast (", "Service levels (0 tickets with SLA targets, 0 open)", "Satisfaction (")) {
            assertTrue(tables.contains("\n" + title), title + " missing in\n" + tables);
        }
        // the strongest basket rule is a planted pair, named by product
        String rules = tables.substring(tables.indexOf("Basket rules ("));
        String first = rules.split("\n")[2];
        assertTrue(first.contains("Cast-iron teapot") && first.contains("Stainless tea strainer"), first);
    }

    @Test
    void write_smallDemo_writesTheFiveChartsAsInlineSvg(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("report.html");
        assertEquals(5, HtmlReport.write(insights, "Demo", file));
        String html = Files.readString(file, StandardCharsets.UTF_8);
        for (String id : HtmlReport.CHARTS) {
            int at = html.indexOf("<figure class=\"chart\" id=\"" + id + "\">\n<svg");
            assertTrue(at > 0, id);
            assertTrue(html.indexOf("</svg>", at) > at, id);
        }
        assertEquals(5, html.split("<svg", -1).length - 1);
    }

    @Test
    void segmentNames_twoSegmentsWithOneLabelAndSize_getDistinctNames() {
        // regression: the web console's tiny demo company gave two "Hibernating (4)" segments, and XChart refused
        // the second series of the same name
        org.crm4j.core.Money none = org.crm4j.core.Money.of("0.00", "EUR");
        List<org.crm4j.core.insight.Segment> segments = List.of(
                new org.crm4j.core.insight.Segment(0, "Champions", List.of(), 0.2, 0.5, 10, 5, 100, none),
                new org.crm4j.core.insight.Segment(1, "Hibernating", List.of(), 0.4, 0.25, 300, 1, 10, none),
                new org.crm4j.core.insight.Segment(2, "Hibernating", List.of(), 0.4, 0.25, 200, 1, 10, none));

        assertEquals(List.of("Champions (0)", "Hibernating 2 (0)", "Hibernating 3 (0)"), Charts.segmentNames(segments));
    }

    @Test
    void figures_smallDemo_areTheReportsFiveChartsInOrder() {
        List<HtmlReport.Figure> figures = HtmlReport.figures(insights);

        assertEquals(HtmlReport.CHARTS, figures.stream().map(HtmlReport.Figure::id).toList());
        figures.forEach(f -> assertTrue(f.svg().startsWith("<svg") && f.svg().trim().endsWith("</svg>"), f.id()));
        assertEquals("insights", assertThrows(ValidationException.class, () -> HtmlReport.figures(null)).field());
    }

    @Test
    void svg_anyChart_isAnSvgDocument() {
        String svg = Charts.svg(Charts.funnel(insights.funnel()));
        assertTrue(svg.contains("<svg") && svg.trim().endsWith("</svg>"), svg.substring(0, 200));
    }

    @Test
    void nullArguments_areRefusedNamingTheArgument(@TempDir Path temp) {
        Optional<org.crm4j.core.ticket.BusinessCalendar> none = Optional.empty();
        assertEquals("crm", assertThrows(ValidationException.class,
                () -> CrmInsights.compute(null, END, none, ProgressListener.NONE)).field());
        assertEquals("asOf", assertThrows(ValidationException.class,
                () -> CrmInsights.compute(crm, null, none, ProgressListener.NONE)).field());
        assertEquals("calendar", assertThrows(ValidationException.class,
                () -> CrmInsights.compute(crm, END, null, ProgressListener.NONE)).field());
        assertEquals("listener", assertThrows(ValidationException.class,
                () -> CrmInsights.compute(crm, END, none, null)).field());
        assertEquals("insights", assertThrows(ValidationException.class,
                () -> HtmlReport.write(null, "t", temp.resolve("r.html"))).field());
        assertEquals("title", assertThrows(ValidationException.class,
                () -> HtmlReport.write(insights, null, temp.resolve("r.html"))).field());
        assertEquals("file", assertThrows(ValidationException.class,
                () -> HtmlReport.write(insights, "t", null)).field());
        assertEquals("out", assertThrows(ValidationException.class,
                () -> InsightTables.print(insights, null)).field());
        assertTrue(Files.notExists(temp.resolve("r.html")));
    }
}
