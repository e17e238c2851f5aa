package org.crm4j.examples.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.insight.DemandForecast;
import org.crm4j.core.product.Product;

/**
 * Writes {@link CrmInsights} as one self-contained HTML page: the five charts of {@link Charts} inline as SVG
 * (segments scatter, retention heat map, demand forecast with interval bands, pipeline funnel, CSAT and NPS trend),
 * each a {@code <figure class="chart" id="...">}, followed by the text tables of {@link InsightTables}.
 */
public final class HtmlReport {

    /** The ids of the five charts, in page order. */
    public static final List<String> CHARTS = List.of("segments", "retention", "forecast", "funnel",
            "satisfaction");
    /** The SKU whose forecast is drawn when it was forecast (the demo company's most seasonal product). */
    public static final String FORECAST_SKU = "DEMO-TEA-ICED";

    private HtmlReport() {
    }

    /**
     * Writes the report, replacing the file.
     *
     * @param insights the insights, not null
     * @param title    the page's title, not null
     * @param file     where, not null; its directory must exist
     * @return the number of charts drawn (a chart whose insight is missing is left out)
     * @throws IOException         if the file cannot be written
     * @throws org.crm4j.core.ValidationException {@code insights}, {@code title} or {@code file} {@code must not be
     *                                            null}
     */
    public static int write(CrmInsights insights, String title, Path file) throws IOException {
        Require.nonNull("insights", insights);
        Require.nonNull("title", title);
        Require.nonNull("file", file);
        List<Figure> figures = figures(insights);
        ByteArrayOutputStream tables = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(tables, true, StandardCharsets.UTF_8)) {
            InsightTables.print(insights, out);
        }
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body { font-family: sans-serif; margin: 2em auto; max-width: 1000px; color: #222; }\n")
                .append("figure.chart { margin: 2em 0; } figure.chart svg { max-width: 100%; height: auto; }\n")
                .append("figcaption { color: #555; } pre { font-size: 12px; background: #f6f6f6; padding: 1em;")
                .append(" overflow-x: auto; }\n</style>\n</head>\n<body>\n<h1>").append(escape(title))
                .append("</h1>\n<p>As of ").append(insights.asOf()).append(".</p>\n");
        for (Figure f : figures) {
            html.append("<figure class=\"chart\" id=\"").append(f.id()).append("\">\n").append(f.svg())
                    .append("\n<figcaption>").append(escape(f.caption())).append("</figcaption>\n</figure>\n");
        }
        html.append("<h2>Tables</h2>\n<pre>").append(escape(tables.toString(StandardCharsets.UTF_8)))
                .append("</pre>\n</body>\n</html>\n");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return figures.size();
    }

    /**
     * One chart of the report, ready to be put into an HTML page.
     *
     * @param id      the chart's id, one of {@link #CHARTS}
     * @param svg     the chart as an inline {@code <svg>} element (no XML declaration)
     * @param caption one sentence saying what it shows, as plain text
     */
    public record Figure(String id, String svg, String caption) {
    }

    /**
     * Draws the report's charts, in the order of {@link #CHARTS}, leaving out a chart whose insight is missing: the
     * same figures {@link #write} puts into the report, for a host that shows them in its own pages (the web
     * console's insights dashboard does).
     *
     * @param insights the insights, not null
     * @return the figures
     * @throws org.crm4j.core.ValidationException {@code insights} {@code must not be null}
     */
    public static List<Figure> figures(CrmInsights insights) {
        Require.nonNull("insights", insights);
        List<Figure> figures = new ArrayList<>();
        insights.segmentation().ifPresent(s -> figures.add(figure("segments", Charts.svg(Charts.segments(s,
                insights.rfm(), insights.asOf())), "Each customer by recency and net revenue, coloured by the segment"
                + " K-means put them in.")));
        insights.retention().ifPresent(r -> figures.add(figure("retention", Charts.svg(Charts.retention(r)),
                "Of each month's new customers, the share who bought again in each later month.")));
        forecastShown(insights).ifPresent(f -> figures.add(figure("forecast", Charts.svg(Charts.forecast(f,
                insights.products().get(f.productId()).name())), "Monthly units sold and the next months' forecast"
                + " with 80 % and 95 % intervals.")));
        if (!insights.funnel().isEmpty()) {
            figures.add(figure("funnel", Charts.svg(Charts.funnel(insights.funnel())),
                    "Opportunities that entered each stage in the last two years, and those won."));
        }
        if (!insights.satisfaction().isEmpty()) {
            figures.add(figure("satisfaction", Charts.svg(Charts.satisfaction(insights.satisfaction())),
                    "After-ticket surveys, three months at a time: share of CSAT 4–5 and Net Promoter Score."));
        }
        return List.copyOf(figures);
    }

    /**
     * @param insights the insights
     * @return the forecast the report draws: {@value #FORECAST_SKU} if forecast, else the product with the most
     *         units sold
     */
    public static Optional<DemandForecast> forecastShown(CrmInsights insights) {
        Optional<DemandForecast> preferred = insights.demand().stream().filter(f -> {
            Product product = insights.products().get(f.productId());
            return product != null && product.sku().value().equals(FORECAST_SKU);
        }).findFirst();
        return preferred.isPresent() ? preferred : insights.demand().stream()
                .max(Comparator.comparingLong(f -> f.history().stream().mapToLong(Long::longValue).sum()));
    }

    private static Figure figure(String id, String svg, String caption) {
        int start = svg.indexOf("<svg");
        return new Figure(id, start < 0 ? svg : svg.substring(start), caption);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
