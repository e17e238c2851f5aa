package org.crm4j.examples.console;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.Crm;
import org.crm4j.core.insight.ProgressListener;
import org.crm4j.examples.report.CrmInsights;
import org.crm4j.examples.report.HtmlReport;
import org.springframework.stereotype.Component;

/**
 * The charts of the insights dashboard: the quick start report's five charts ({@link HtmlReport#figures}, drawn by
 * {@code org.crm4j.examples.report.Charts}) of {@link CrmInsights} computed from everything the CRM holds. Computing
 * them takes seconds, so they are computed on the first request of each hour and kept; the computation is work no
 * user asked for in particular, so it runs as crm4j's system user ({@link ConsoleSecurityContext#asSystem}): crm4j's
 * insights aggregate over every record whoever runs them (crm-core's README, "Access control"), and whether a user
 * may see them is decided by crm4j for that user ({@link InsightsController}). Thread-safe.
 */
@Component
class InsightsDashboard {

    /**
     * The charts as of a moment.
     *
     * @param asOf    the moment the insights were computed for
     * @param figures the charts, in the report's order
     * @param skipped the insights the data could not support, with the reason
     */
    record Snapshot(Instant asOf, List<HtmlReport.Figure> figures, Map<String, String> skipped) {
    }

    private final Crm crm;
    private final Clock clock;
    private Snapshot snapshot;

    InsightsDashboard(Crm crm, Clock clock) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the charts of the current hour, computed now if they are older */
    synchronized Snapshot current() {
        Instant now = clock.instant();
        if (snapshot == null || !snapshot.asOf().truncatedTo(ChronoUnit.HOURS).equals(now.truncatedTo(ChronoUnit.HOURS))) {
            CrmInsights insights = ConsoleSecurityContext.asSystem(
                    () -> CrmInsights.compute(crm, now, Optional.empty(), ProgressListener.NONE));
            snapshot = new Snapshot(now, HtmlReport.figures(insights), insights.skipped());
        }
        return snapshot;
    }
}
