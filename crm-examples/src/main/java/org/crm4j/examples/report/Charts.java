package org.crm4j.examples.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.insight.Cohort;
import org.crm4j.core.insight.CustomerSegmentation;
import org.crm4j.core.insight.DemandForecast;
import org.crm4j.core.insight.DemandPoint;
import org.crm4j.core.insight.RetentionCohorts;
import org.crm4j.core.insight.Segment;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.pipeline.StageConversion;
import org.crm4j.core.report.RfmInput;
import org.crm4j.core.survey.SatisfactionPeriod;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The insights' charts, drawn with XChart: each method builds a chart from an insight's result (a host can show
 * it in Swing, or export it), and {@link #svg(Chart)} turns any of them into an SVG document (XChart's
 * export through VectorGraphics2D). Charts are {@value #WIDTH} × {@value #HEIGHT} points on white.
 */
public final class Charts {

    /** Width of every chart, in points. */
    public static final int WIDTH = 760;
    /** Height of every chart, in points. */
    public static final int HEIGHT = 380;

    private static final Color[] PALETTE = {new Color(0x1b9e77), new Color(0xd95f02), new Color(0x7570b3),
        new Color(0xe7298a), new Color(0x66a61e), new Color(0xe6ab02), new Color(0xa6761d), new Color(0x666666)};

    private Charts() {
    }

    /**
     * Every segmented customer as a point: days since the latest purchase against net revenue (log scale), one
     * colour per segment.
     *
     * @param segmentation the segments
     * @param rfm          the customers' RFM inputs
     * @param asOf         the moment recency is counted to
     * @return the chart
     */
    public static XYChart segments(CustomerSegmentation segmentation, List<RfmInput> rfm, Instant asOf) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Customer segments")
                .xAxisTitle("days since the latest purchase").yAxisTitle("net revenue (EUR, log scale)").build();
        style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setMarkerSize(5);
        Map<CustomerId, RfmInput> byCustomer = new HashMap<>();
        rfm.forEach(r -> byCustomer.put(r.customerId(), r));
        List<Segment> segments = segmentation.segments();
        List<String> names = segmentNames(segments);
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (CustomerId id : segment.customers()) {
                RfmInput input = byCustomer.get(id);
                if (input != null && input.monetary().amount().signum() > 0) {
                    x.add((double) Duration.between(input.lastPurchase(), asOf).toDays());
                    y.add(input.monetary().amount().doubleValue());
                }
            }
            if (!x.isEmpty()) {
                chart.addSeries(names.get(s), x, y).setMarker(SeriesMarkers.CIRCLE);
            }
        }
        return chart;
    }

    /**
     * The legend's names of the segments, {@code "Champions (40)"}: the label and the size, and the segment's
     * position (from 1) as well when several segments share a label (K-means may find two groups that the labelling
     * rules name alike, and a chart's series need distinct names).
     *
     * @param segments the segments, in order
     * @return one distinct name per segment
     */
    static List<String> segmentNames(List<Segment> segments) {
        Map<String, Integer> uses = new HashMap<>();
        segments.forEach(s -> uses.merge(s.label(), 1, Integer::sum));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            names.add(s.label() + (uses.get(s.label()) > 1 ? " " + (i + 1) : "") + " (" + s.size() + ")");
        }
        return names;
    }

    /**
     * Monthly acquisition cohorts against months since acquisition, each cell the share of the cohort that bought
     * in that month (per cent).
     *
     * @param retention the cohorts
     * @return the chart
     */
    public static HeatMapChart retention(RetentionCohorts retention) {
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT + 60)
                .title("Retention by monthly cohort (% buying)").xAxisTitle("months since the first purchase")
                .yAxisTitle("cohort").build();
        style(chart.getStyler());
        chart.getStyler().setShowValue(false);
        chart.getStyler().setMin(0).setMax(100);
        chart.getStyler().setRangeColors(new Color[] {new Color(0xf7fbff), new Color(0x6baed6),
            new Color(0x08306b)});
        List<Cohort> cohorts = retention.cohorts();
        int width = 0;
        for (Cohort cohort : cohorts) {
            width = Math.max(width, cohort.retained().size());
        }
        List<Integer> x = new ArrayList<>();
        for (int m = 0; m < width; m++) {
            x.add(m);
        }
        List<String> y = new ArrayList<>();
        List<Number[]> cells = new ArrayList<>();
        for (int c = 0; c < cohorts.size(); c++) {
            Cohort cohort = cohorts.get(c);
            y.add(YearMonth.from(cohort.start()) + " (" + cohort.customers() + ")");
            for (int m = 0; m < cohort.retained().size(); m++) {
                cells.add(new Number[] {m, c, Math.round(100 * cohort.retained().get(m))});
            }
        }
        chart.addSeries("retained", x, y, cells);
        return chart;
    }

    /**
     * A product's monthly history and forecast, with its 80 % and 95 % intervals as bands.
     *
     * @param forecast the forecast
     * @param product  the product's name
     * @return the chart
     */
    public static XYChart forecast(DemandForecast forecast, String product) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Demand forecast: " + product + " (" + forecast.method() + ")").xAxisTitle("month")
                .yAxisTitle("units").build();
        style(chart.getStyler());
        chart.getStyler().setDatePattern("yyyy-MM");
        List<DemandPoint> points = forecast.forecast();
        List<Date> ahead = new ArrayList<>();
        List<Date> around = new ArrayList<>();
        List<Double> band95 = new ArrayList<>();
        List<Double> band80 = new ArrayList<>();
        for (DemandPoint p : points) {
            ahead.add(date(p.periodStart()));
        }
        for (int i = 0; i < points.size(); i++) {
            around.add(ahead.get(i));
            band95.add(points.get(i).upper95());
            band80.add(points.get(i).upper80());
        }
        for (int i = points.size() - 1; i >= 0; i--) {
            around.add(ahead.get(i));
            band95.add(points.get(i).lower95());
            band80.add(points.get(i).lower80());
        }
        band(chart.addSeries("95 % interval", around, band95), new Color(0xc6dbef));
        band(chart.addSeries("80 % interval", around, band80), new Color(0x9ecae1));
        forecast.historyStart().ifPresent(start -> {
            List<Date> months = new ArrayList<>();
            List<Long> units = forecast.history();
            for (int i = 0; i < units.size(); i++) {
                months.add(date(start.plusMonths(i)));
            }
            XYSeries sold = chart.addSeries("sold", months, units);
            sold.setMarker(SeriesMarkers.CIRCLE);
            sold.setLineColor(Color.DARK_GRAY);
            sold.setMarkerColor(Color.DARK_GRAY);
        });
        XYSeries mean = chart.addSeries("forecast", ahead, points.stream().map(DemandPoint::mean).toList());
        mean.setMarker(SeriesMarkers.DIAMOND);
        mean.setLineColor(new Color(0x08519c));
        mean.setMarkerColor(new Color(0x08519c));
        mean.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[] {6f, 4f}, 0f));
        return chart;
    }

    /**
     * How many opportunities entered each stage, and how many of those at NEGOTIATION were won.
     *
     * @param funnel the stage funnel
     * @return the chart
     */
    public static CategoryChart funnel(List<StageConversion> funnel) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title("Pipeline funnel")
                .xAxisTitle("stage").yAxisTitle("opportunities").build();
        style(chart.getStyler());
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLegendVisible(false);
        List<String> stages = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (OpportunityStage stage : OpportunityStage.values()) {
            if (stage.closed()) {
                continue;
            }
            funnel.stream().filter(c -> c.from() == stage).findFirst().ifPresent(c -> {
                stages.add(stage.name());
                counts.add(c.entered());
            });
        }
        funnel.stream().filter(c -> c.from() == OpportunityStage.NEGOTIATION && c.to() == OpportunityStage.CLOSED_WON)
                .findFirst().ifPresent(c -> {
                    stages.add("WON");
                    counts.add(c.reached());
                });
        if (!stages.isEmpty()) {
            chart.addSeries("opportunities", stages, counts);
        }
        return chart;
    }

    /**
     * Satisfaction by month, each point pooling the answers of that month and the two before (the months' counts
     * added up): the CSAT share (per cent of answers scoring 4 or 5, left axis) and the Net Promoter Score (per
     * cent promoters minus per cent detractors, right axis). A point needs at least one answer in its three months.
     *
     * @param periods the months, oldest first
     * @return the chart
     */
    public static XYChart satisfaction(List<SatisfactionPeriod> periods) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("CSAT and NPS (rolling three months)").xAxisTitle("month")
                .yAxisTitle("CSAT: % scoring 4 or 5").build();
        style(chart.getStyler());
        chart.getStyler().setDatePattern("yyyy-MM");
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        chart.setYAxisGroupTitle(1, "NPS: % promoters − % detractors");
        List<Date> csatMonths = new ArrayList<>();
        List<Double> csat = new ArrayList<>();
        List<Date> npsMonths = new ArrayList<>();
        List<Double> nps = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            YearMonth month = periods.get(i).month();
            long answers = 0;
            long satisfied = 0;
            long npsAnswers = 0;
            long net = 0;
            for (SatisfactionPeriod p : periods.subList(Math.max(0, i - 2), i + 1)) {
                if (p.month().isAfter(month.minusMonths(3))) {
                    answers += p.csatAnswers();
                    satisfied += p.satisfied();
                    npsAnswers += p.npsAnswers();
                    net += p.promoters() - p.detractors();
                }
            }
            if (answers > 0) {
                csatMonths.add(date(month));
                csat.add(100.0 * satisfied / answers);
            }
            if (npsAnswers > 0) {
                npsMonths.add(date(month));
                nps.add(100.0 * net / npsAnswers);
            }
        }
        if (!csat.isEmpty()) {
            chart.addSeries("CSAT (%)", csatMonths, csat).setMarker(SeriesMarkers.CIRCLE);
        }
        if (!nps.isEmpty()) {
            XYSeries series = chart.addSeries("NPS (right axis)", npsMonths, nps);
            series.setMarker(SeriesMarkers.SQUARE);
            series.setYAxisGroup(1);
        }
        return chart;
    }

    /**
     * @param chart any chart
     * @return the chart as a standalone SVG document
     */
    public static String svg(Chart<?, ?> chart) {
        try {
            return new String(ChartEncoder.getBytes(chart, "svg"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the chart " + chart.getTitle(), e);
        }
    }

    private static void band(XYSeries series, Color color) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        series.setMarker(SeriesMarkers.NONE);
        series.setFillColor(color);
        series.setLineColor(color);
    }

    private static Date date(YearMonth month) {
        return date(month.atDay(1));
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setSeriesColors(PALETTE);
        styler.setAntiAlias(true);
        styler.setLocale(Locale.ROOT);
        if (styler instanceof AxesChartStyler axes) {
            axes.setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC));
        }
    }
}
