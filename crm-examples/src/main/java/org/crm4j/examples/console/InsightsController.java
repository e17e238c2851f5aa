package org.crm4j.examples.console;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;
import org.crm4j.core.Crm;
import org.crm4j.core.insight.CohortOptions;
import org.crm4j.examples.report.CrmInsights;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The insights dashboard: the five charts of the quick start's report (segments, retention, demand forecast,
 * pipeline funnel, satisfaction), inline as SVG. Open to every signed-in user as far as the console's URL rules go;
 * crm4j decides: the page first runs a small insight as the signed-in user (this month's retention cohort), which
 * crm4j refuses with an {@link org.crm4j.core.security.AccessDeniedException} ({@code lacks permission
 * INSIGHT_RUN}, recorded in the audit trail as DENIED) for a role without the permission to run insights; the
 * refusal page follows ({@link Refusals}).
 */
@Controller
class InsightsController {

    private final Crm crm;
    private final InsightsDashboard dashboard;
    private final Clock clock;

    InsightsController(Crm crm, InsightsDashboard dashboard, Clock clock) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.dashboard = Objects.requireNonNull(dashboard, "dashboard");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @GetMapping("/insights")
    String insights(Model model) {
        YearMonth month = YearMonth.now(clock);
        crm.insights().retention(CohortOptions.of(CrmInsights.EUR, month, month)); // crm4j: may this user run insights?
        InsightsDashboard.Snapshot snapshot = dashboard.current();
        model.addAttribute("asOf", snapshot.asOf());
        model.addAttribute("figures", snapshot.figures());
        model.addAttribute("skipped", snapshot.skipped());
        return "insights";
    }
}
