package org.crm4j.examples.report;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.insight.BasketRule;
import org.crm4j.core.insight.CampaignEffect;
import org.crm4j.core.insight.ChurnReason;
import org.crm4j.core.insight.ChurnRisk;
import org.crm4j.core.insight.CloseMonthForecast;
import org.crm4j.core.insight.CustomerValue;
import org.crm4j.core.insight.DemandForecast;
import org.crm4j.core.insight.DemandPoint;
import org.crm4j.core.insight.InventoryAdvice;
import org.crm4j.core.insight.LeadFactor;
import org.crm4j.core.insight.LeadScore;
import org.crm4j.core.insight.Segment;
import org.crm4j.core.insight.StageWinRate;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.survey.SatisfactionPeriod;
import org.crm4j.core.ticket.SlaMeasure;

/** Prints {@link CrmInsights} as compact text tables, one per insight, each with a title line. */
public final class InsightTables {

    private final CrmInsights insights;
    private final PrintStream out;

    private InsightTables(CrmInsights insights, PrintStream out) {
        this.insights = insights;
        this.out = out;
    }

    /**
     * @param insights what to print, not null
     * @param out      where, not null
     * @throws org.crm4j.core.ValidationException {@code insights} or {@code out} {@code must not be null}
     */
    public static void print(CrmInsights insights, PrintStream out) {
        InsightTables tables = new InsightTables(Require.nonNull("insights", insights), Require.nonNull("out", out));
        tables.segments();
        tables.churn();
        tables.lifetime();
        tables.demand();
        tables.baskets();
        tables.campaigns();
        tables.leads();
        tables.pipeline();
        tables.service();
        insights.skipped().forEach((name, reason) -> out.printf(Locale.ROOT, "(%s left out: %s)%n", name, reason));
    }

    private void title(String text) {
        out.println();
        out.println(text);
    }

    private void row(String format, Object... values) {
        out.printf(Locale.ROOT, "  " + format + "%n", values);
    }

    private void segments() {
        insights.segmentation().ifPresent(s -> {
            title(String.format(Locale.ROOT, "Customer segments (RFM + K-means, k = %d, silhouette %.2f)", s.k(),
                    s.silhouette()));
            row("%-12s %9s %6s %9s %9s %12s", "segment", "customers", "share", "recency", "purchases", "revenue");
            for (Segment segment : s.segments()) {
                row("%-12s %9d %5.0f%% %7.0f d %9.1f %12s", segment.label(), segment.size(),
                        100 * segment.customerShare(), segment.meanRecencyDays(), segment.meanFrequency(),
                        money(segment.revenue().amount().doubleValue()));
            }
        });
    }

    private void churn() {
        insights.churn().ifPresent(c -> {
            title(String.format(Locale.ROOT, "Churn risks (%s, held-out AUC %.2f; customers still buying, riskiest"
                    + " first)", c.options().model().name().toLowerCase(Locale.ROOT), c.auc()));
            row("%-22s %5s  %s", "customer", "risk", "strongest reason");
            c.risks().stream().filter(r -> !r.churned())
                    .sorted(Comparator.comparingDouble((ChurnRisk r) -> -r.probability())).limit(CrmInsights.TOP)
                    .forEach(r -> row("%-22s %5.2f  %s", name(r), r.probability(),
                            r.reasons().isEmpty() ? "" : reason(r.reasons().get(0))));
        });
    }

    private static String reason(ChurnReason reason) {
        return String.format(Locale.ROOT, "%s %s %.0f (is %.0f)", reason.feature(), reason.above() ? ">" : "<=",
                reason.threshold(), reason.value());
    }

    private String name(ChurnRisk risk) {
        return insights.names().getOrDefault(risk.customerId(), risk.customerId().toString());
    }

    private void lifetime() {
        insights.lifetime().ifPresent(l -> {
            title(String.format(Locale.ROOT, "Top lifetime values (BG/NBD + Gamma-Gamma, next %d × %d days)",
                    l.options().periods(), l.options().periodDays()));
            row("%-22s %9s %8s %11s %14s", "customer", "purchases", "P(alive)", "avg value", "lifetime value");
            for (CustomerValue v : l.top(CrmInsights.TOP)) {
                row("%-22s %9.1f %8.2f %11s %14s", insights.names().getOrDefault(v.customerId(),
                        v.customerId().toString()), v.expectedPurchases(), v.probabilityAlive(),
                        money(v.averageValue()), money(v.lifetimeValue()));
            }
        });
    }

    private void demand() {
        if (insights.demand().isEmpty()) {
            return;
        }
        title("Demand forecast and reorder advice (units per month; 95 % service level, a month to deliver; reorder first)");
        row("%-28s %20s %6s %8s %6s  %s", "product", "next month [80 %]", "stock", "reorder", "order", "model");
        insights.demand().stream()
                .sorted(Comparator.comparing((DemandForecast f) -> !f.inventory().reorderNow())
                        .thenComparing(f -> -f.inventory().suggestedOrder()))
                .limit(6).forEach(f -> {
                    DemandPoint next = f.forecast().get(0);
                    InventoryAdvice advice = f.inventory();
                    row("%-28s %6.0f [%5.0f, %5.0f] %6d %8.0f %6d  %s", product(f.productId()), next.mean(),
                            next.lower80(), next.upper80(), advice.currentStock(), advice.reorderPoint(),
                            advice.suggestedOrder(), f.method());
                });
    }

    private String product(ProductId id) {
        Product product = insights.products().get(id);
        String name = product == null ? id.toString() : product.name();
        return name.length() > 28 ? name.substring(0, 27) + "…" : name;
    }

    private void baskets() {
        insights.baskets().ifPresent(b -> {
            title(String.format(Locale.ROOT, "Basket rules (%d baskets of the last 365 days, strongest first)",
                    b.baskets()));
            row("%-40s %-24s %7s %10s %5s", "if bought", "then also", "support", "confidence", "lift");
            b.rules().stream().filter(r -> r.antecedent().size() == 1).limit(CrmInsights.TOP).forEach(r ->
                    row("%-40s %-24s %6.1f%% %9.0f%% %5.1f", names(r.antecedent()), names(r.consequent()),
                            100 * r.support(), 100 * r.confidence(), r.lift()));
        });
    }

    private String names(java.util.Set<ProductId> ids) {
        return String.join(" + ", ids.stream().map(this::product).sorted().toList());
    }

    private void campaigns() {
        if (insights.campaigns().isEmpty()) {
            return;
        }
        title("Campaign effects (contacted against the held-out control group, 95 % intervals)");
        row("%-18s %9s %13s %22s %26s %8s", "campaign", "members", "conversion", "uplift (points)",
                "revenue per contacted", "ROI");
        for (Map.Entry<Campaign, CampaignEffect> entry : insights.campaigns().entrySet()) {
            CampaignEffect e = entry.getValue();
            row("%-18s %4d/%-4d %5.1f%%/%5.1f%% %+6.1f [%+5.1f, %+5.1f] %+8.2f [%+6.2f, %+6.2f] %+7.0f%%",
                    entry.getKey().name(), e.contacted(), e.controls(), 100 * e.contactedConversionRate(),
                    100 * e.controlConversionRate(), 100 * e.uplift().estimate(), 100 * e.uplift().lower(),
                    100 * e.uplift().upper(), e.revenuePerCustomer().estimate(), e.revenuePerCustomer().lower(),
                    e.revenuePerCustomer().upper(), 100 * e.roi().estimate());
        }
    }

    private void leads() {
        insights.leads().ifPresent(l -> {
            title(String.format(Locale.ROOT, "Lead scores (%s, held-out AUC %.2f; open leads, likeliest first)",
                    l.options().model().name().toLowerCase(Locale.ROOT).replace('_', ' '), l.auc()));
            row("%-22s %-10s %10s  %s", "lead", "source", "P(convert)", "strongest factor");
            l.scores().stream().sorted(Comparator.comparingDouble((LeadScore s) -> -s.probability()))
                    .limit(CrmInsights.TOP).forEach(s -> {
                        Optional<Lead> lead = Optional.ofNullable(insights.openLeads().get(s.lead()));
                        Optional<LeadFactor> strongest = s.factors().stream()
                                .max(Comparator.comparingDouble(f -> Math.abs(f.logOdds())));
                        row("%-22s %-10s %10.2f  %s", lead.map(Lead::personName).orElse(s.lead().toString()),
                                lead.map(x -> x.source().name()).orElse(""), s.probability(),
                                strongest.map(this::factor).orElse(""));
                    });
        });
    }

    private String factor(LeadFactor factor) {
        String value = factor.feature().equals("campaign")
                ? insights.campaignNames().getOrDefault(factor.value(), factor.value()) : factor.value();
        return String.format(Locale.ROOT, "%s = %s (%+.2f)", factor.feature(), value, factor.logOdds());
    }

    private void pipeline() {
        insights.pipeline().ifPresent(p -> {
            title(String.format(Locale.ROOT, "Pipeline forecast (chance of winning learnt from %d closed"
                    + " opportunity-stage pairs; Brier %.3f learnt, %.3f configured)", p.scoredPairs(),
                    p.empiricalBrier(), p.configuredBrier()));
            row("%-14s %7s %5s %8s %11s", "stage", "closed", "won", "learnt", "configured");
            for (StageWinRate rate : p.winRates()) {
                row("%-14s %7d %5d %7.0f%% %10.0f%%", rate.stage(), rate.closed(), rate.won(),
                        100 * rate.empirical(), 100 * rate.configured());
            }
            row("%-14s %7s %12s %14s %12s", "close month", "deals", "amount", "expected", "configured");
            for (CloseMonthForecast month : p.months()) {
                row("%-14s %7d %12s %14s %12s", month.month(), month.count(), money(month.amount()),
                        money(month.empirical()), money(month.configured()));
            }
        });
    }

    private void service() {
        insights.service().ifPresent(s -> {
            title(String.format(Locale.ROOT, "Service levels (%d tickets with SLA targets, %d open)", s.tickets(),
                    s.open()));
            row("%-15s %6s %9s %8s %7s", "target", "met", "breached", "running", "paused");
            serviceRow("first response", s.firstResponse());
            serviceRow("resolution", s.resolution());
        });
        List<SatisfactionPeriod> periods = insights.satisfaction();
        if (!periods.isEmpty()) {
            title("Satisfaction (after-ticket surveys, the last six months; CSAT = share scoring 4 or 5)");
            row("%-8s %8s %22s %8s %24s", "month", "answers", "CSAT [95 %]", "answers", "NPS [95 %]");
            for (SatisfactionPeriod p : periods.subList(Math.max(0, periods.size() - 6), periods.size())) {
                row("%-8s %8d %22s %8d %24s", p.month(), p.csatAnswers(),
                        p.csat().map(c -> String.format(Locale.ROOT, "%3.0f%% [%3.0f, %3.0f]", 100 * c,
                                100 * p.csatInterval().orElseThrow().low(), 100 * p.csatInterval().orElseThrow().high()))
                                .orElse("-"), p.npsAnswers(),
                        p.nps().map(n -> String.format(Locale.ROOT, "%+4.0f [%+4.0f, %+4.0f]", n,
                                p.npsInterval().orElseThrow().low(), p.npsInterval().orElseThrow().high()))
                                .orElse("-"));
            }
        }
    }

    private void serviceRow(String target, Map<SlaMeasure.State, Integer> states) {
        row("%-15s %6d %9d %8d %7d", target, states.getOrDefault(SlaMeasure.State.MET, 0),
                states.getOrDefault(SlaMeasure.State.BREACHED, 0), states.getOrDefault(SlaMeasure.State.RUNNING, 0),
                states.getOrDefault(SlaMeasure.State.PAUSED, 0));
    }

    private static String money(org.crm4j.core.Money money) {
        return money(money.amount().doubleValue());
    }

    private static String money(double amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }
}
