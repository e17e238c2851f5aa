package org.crm4j.examples.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crm4j.analytics.ConvergenceException;
import org.crm4j.core.Crm;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignQuery;
import org.crm4j.core.campaign.CampaignSort;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerSort;
import org.crm4j.core.insight.BasketAnalysis;
import org.crm4j.core.insight.BasketOptions;
import org.crm4j.core.insight.CampaignEffect;
import org.crm4j.core.insight.ChurnAnalysis;
import org.crm4j.core.insight.ChurnOptions;
import org.crm4j.core.insight.CohortOptions;
import org.crm4j.core.insight.CustomerSegmentation;
import org.crm4j.core.insight.DemandForecast;
import org.crm4j.core.insight.DemandOptions;
import org.crm4j.core.insight.DemandPeriod;
import org.crm4j.core.insight.EffectOptions;
import org.crm4j.core.insight.LeadScores;
import org.crm4j.core.insight.LeadScoringOptions;
import org.crm4j.core.insight.LifetimeOptions;
import org.crm4j.core.insight.LifetimeValues;
import org.crm4j.core.insight.PipelineForecast;
import org.crm4j.core.insight.PipelineOptions;
import org.crm4j.core.insight.ProgressListener;
import org.crm4j.core.insight.RetentionCohorts;
import org.crm4j.core.insight.SegmentationOptions;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.lead.LeadQuery;
import org.crm4j.core.lead.LeadSort;
import org.crm4j.core.lead.LeadStatus;
import org.crm4j.core.pipeline.StageConversion;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductQuery;
import org.crm4j.core.product.ProductSort;
import org.crm4j.core.report.RfmInput;
import org.crm4j.core.survey.SatisfactionPeriod;
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.SlaMeasure;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketSla;
import org.crm4j.core.ticket.TicketStatus;

/**
 * Every insight the quick start prints and the report draws, computed once as of a moment from a CRM's data in
 * euros: customer segments with each customer's RFM inputs, churn (a random forest learnt on the last 90 days),
 * lifetime values, monthly retention cohorts, each product's monthly demand forecast with stock advice, basket
 * rules of the last year, the effect of each campaign with a control group, lead scores, the pipeline forecast and
 * funnel, monthly survey satisfaction and the tickets' SLA states. An insight the data cannot support (too few
 * customers, no closed leads, ...) is left out with the reason in {@link #skipped()}. Immutable.
 *
 * @param asOf          the moment
 * @param segmentation  the segments, if there were enough customers
 * @param rfm           each customer's RFM inputs before {@code asOf}
 * @param churn         the churn analysis, if possible
 * @param lifetime      the lifetime values, if possible
 * @param retention     the monthly cohorts of the last 24 months
 * @param demand        each product's forecast, by ascending product id
 * @param products      the products by id
 * @param baskets       the basket analysis of the last 365 days, if there were baskets
 * @param campaigns     each campaign with a control group and its effect, in start order
 * @param leads         the lead scores, if possible, with the open leads by id
 * @param openLeads     the open leads by id
 * @param pipeline      the pipeline forecast of the next six months
 * @param funnel        the stage funnel of the opportunities of the last 24 months
 * @param satisfaction  the survey satisfaction per month of the last 24 months
 * @param service       the tickets' SLA states, if a calendar was given
 * @param names         the names of the customers the tables mention
 * @param campaignNames every campaign's name by its id's text
 * @param skipped       the insights left out, with the reason
 */
public record CrmInsights(Instant asOf, Optional<CustomerSegmentation> segmentation, List<RfmInput> rfm,
                          Optional<ChurnAnalysis> churn, Optional<LifetimeValues> lifetime,
                          Optional<RetentionCohorts> retention, List<DemandForecast> demand,
                          Map<ProductId, Product> products, Optional<BasketAnalysis> baskets,
                          Map<Campaign, CampaignEffect> campaigns, Optional<LeadScores> leads,
                          Map<LeadId, Lead> openLeads, Optional<PipelineForecast> pipeline,
                          List<StageConversion> funnel, List<SatisfactionPeriod> satisfaction,
                          Optional<ServiceLevels> service, Map<CustomerId, String> names,
                          Map<String, String> campaignNames, Map<String, String> skipped) {

    /** The currency the insights are computed in. */
    public static final Currency EUR = Currency.getInstance("EUR");

    /**
     * The tickets' SLA states as of the moment.
     *
     * @param tickets       the tickets with SLA targets
     * @param open          of those, not RESOLVED or CLOSED
     * @param firstResponse the number of tickets per state of their first-response target
     * @param resolution    the number of tickets per state of their resolution target
     */
    public record ServiceLevels(int tickets, int open, Map<SlaMeasure.State, Integer> firstResponse,
                                Map<SlaMeasure.State, Integer> resolution) {
    }

    /** Copies the collections. */
    public CrmInsights {
        rfm = List.copyOf(rfm);
        demand = List.copyOf(demand);
        products = Map.copyOf(products);
        campaigns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(campaigns));
        openLeads = Map.copyOf(openLeads);
        funnel = List.copyOf(funnel);
        satisfaction = List.copyOf(satisfaction);
        names = Map.copyOf(names);
        campaignNames = Map.copyOf(campaignNames);
        skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    /**
     * Computes the insights.
     *
     * @param crm      the CRM, not null
     * @param asOf     the moment, not null
     * @param calendar the business calendar of the CRM's ticket settings, or empty to leave out the SLA states
     * @param listener hears each insight as it is done (steps of 1 to 12), not null
     * @return the insights
     * @throws ValidationException {@code crm}, {@code asOf}, {@code calendar} or {@code listener} {@code must not
     *                             be null}
     */
    public static CrmInsights compute(Crm crm, Instant asOf, Optional<BusinessCalendar> calendar,
            ProgressListener listener) {
        Require.nonNull("crm", crm);
        Require.nonNull("asOf", asOf);
        Require.nonNull("calendar", calendar);
        Require.nonNull("listener", listener);
        Map<String, String> skipped = new LinkedHashMap<>();
        YearMonth thisMonth = YearMonth.from(asOf.atOffset(ZoneOffset.UTC));
        Instant twoYears = thisMonth.minusMonths(24).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        int steps = 12;

        Optional<CustomerSegmentation> segmentation = attempt("segments", skipped,
                () -> crm.insights().segment(SegmentationOptions.of(EUR, asOf)));
        List<RfmInput> rfm = crm.reports().rfmInputs(Instant.EPOCH, asOf);
        listener.progress("segments", 1, steps);
        Optional<ChurnAnalysis> churn = attempt("churn", skipped,
                () -> crm.insights().churn(ChurnOptions.of(EUR, asOf.minus(Duration.ofDays(90)))));
        listener.progress("churn", 2, steps);
        Optional<LifetimeValues> lifetime = attempt("lifetime values", skipped,
                () -> crm.insights().lifetimeValue(LifetimeOptions.of(EUR, asOf)));
        listener.progress("lifetime values", 3, steps);
        Optional<RetentionCohorts> retention = attempt("retention", skipped,
                () -> crm.insights().retention(CohortOptions.of(EUR, thisMonth.minusMonths(24), thisMonth)));
        listener.progress("retention", 4, steps);
        List<DemandForecast> demand = crm.insights().demandForAll(DemandOptions.of(DemandPeriod.MONTH, asOf),
                ProgressListener.NONE);
        Map<ProductId, Product> products = new HashMap<>();
        all(p -> crm.products().search(ProductQuery.all(), PageRequest.of(p, PageRequest.MAX_SIZE,
                Sort.asc(ProductSort.ID)))).forEach(product -> products.put(product.id(), product));
        listener.progress("demand forecasts", 5, steps);
        Optional<BasketAnalysis> baskets = attempt("baskets", skipped,
                () -> crm.insights().baskets(BasketOptions.of(asOf.minus(Duration.ofDays(365)), asOf)));
        listener.progress("baskets", 6, steps);
        Map<Campaign, CampaignEffect> effects = new LinkedHashMap<>();
        List<Campaign> campaigns = new ArrayList<>(all(p -> crm.campaigns().search(CampaignQuery.all(),
                PageRequest.of(p, PageRequest.MAX_SIZE, Sort.asc(CampaignSort.ID)))));
        campaigns.sort(java.util.Comparator.comparing(Campaign::startDate).thenComparing(c -> c.id().toString()));
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        for (Campaign campaign : campaigns) {
            if (crm.campaigns().controlGroup(campaign.id()).isPresent() && campaign.endDate().isBefore(today)) {
                attempt("campaign " + campaign.name(), skipped,
                        () -> crm.insights().campaignEffect(campaign.id(), EffectOptions.defaults()))
                        .ifPresent(effect -> effects.put(campaign, effect));
            }
        }
        listener.progress("campaign effects", 7, steps);
        Optional<LeadScores> leads = attempt("lead scores", skipped,
                () -> crm.insights().leadScores(LeadScoringOptions.defaults()));
        Map<LeadId, Lead> openLeads = new HashMap<>();
        for (LeadStatus status : Set.of(LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED)) {
            all(p -> crm.leads().search(LeadQuery.all().withStatus(status), PageRequest.of(p, PageRequest.MAX_SIZE,
                    Sort.asc(LeadSort.ID)))).forEach(lead -> openLeads.put(lead.id(), lead));
        }
        listener.progress("lead scores", 8, steps);
        LocalDate month = thisMonth.atDay(1);
        Optional<PipelineForecast> pipeline = attempt("pipeline forecast", skipped,
                () -> crm.insights().pipelineForecast(PipelineOptions.of(month, month.plusMonths(6))));
        List<StageConversion> funnel = crm.pipeline().stageFunnel(twoYears, asOf);
        listener.progress("pipeline", 9, steps);
        List<SatisfactionPeriod> satisfaction = crm.surveys().satisfaction(twoYears, asOf);
        listener.progress("satisfaction", 10, steps);
        Optional<ServiceLevels> service = calendar.flatMap(c -> serviceLevels(crm, c, asOf));
        listener.progress("service levels", 11, steps);
        Map<CustomerId, String> names = names(crm, churn, lifetime, segmentation);
        listener.progress("names", 12, steps);
        Map<String, String> campaignNames = new HashMap<>();
        campaigns.forEach(c -> campaignNames.put(c.id().toString(), c.name()));
        return new CrmInsights(asOf, segmentation, rfm, churn, lifetime, retention, demand, products, baskets,
                effects, leads, openLeads, pipeline, funnel, satisfaction, service, names, campaignNames, skipped);
    }

    private static Optional<ServiceLevels> serviceLevels(Crm crm, BusinessCalendar calendar, Instant asOf) {
        int tickets = 0;
        int open = 0;
        Map<SlaMeasure.State, Integer> first = new EnumMap<>(SlaMeasure.State.class);
        Map<SlaMeasure.State, Integer> resolution = new EnumMap<>(SlaMeasure.State.class);
        for (Customer customer : all(p -> crm.customers().search(CustomerQuery.all(), PageRequest.of(p,
                PageRequest.MAX_SIZE, Sort.asc(CustomerSort.ID))))) {
            for (Ticket ticket : crm.tickets().ofCustomer(customer.id())) {
                if (ticket.createdAt().isAfter(asOf)) {
                    continue;
                }
                Optional<TicketSla> sla = ticket.sla(calendar, asOf);
                if (sla.isEmpty()) {
                    continue;
                }
                tickets++;
                if (ticket.status() != TicketStatus.RESOLVED && ticket.status() != TicketStatus.CLOSED) {
                    open++;
                }
                first.merge(sla.get().firstResponse().state(), 1, Integer::sum);
                resolution.merge(sla.get().resolution().state(), 1, Integer::sum);
            }
        }
        return Optional.of(new ServiceLevels(tickets, open, first, resolution));
    }

    private static Map<CustomerId, String> names(Crm crm, Optional<ChurnAnalysis> churn,
            Optional<LifetimeValues> lifetime, Optional<CustomerSegmentation> segmentation) {
        List<CustomerId> wanted = new ArrayList<>();
        churn.ifPresent(c -> c.risks().stream().filter(r -> !r.churned())
                .sorted(java.util.Comparator.comparingDouble(r -> -r.probability())).limit(TOP)
                .forEach(r -> wanted.add(r.customerId())));
        lifetime.ifPresent(l -> l.top(TOP).forEach(v -> wanted.add(v.customerId())));
        Map<CustomerId, String> names = new HashMap<>();
        crm.customers().getAll(wanted).forEach((id, customer) -> names.put(id, customer.name()));
        return names;
    }

    /** How many rows the top-n tables show. */
    public static final int TOP = 5;

    private interface Insight<T> {
        T compute();
    }

    private static <T> Optional<T> attempt(String name, Map<String, String> skipped, Insight<T> insight) {
        try {
            return Optional.of(insight.compute());
        } catch (ValidationException | ConvergenceException e) {
            skipped.put(name, e.getMessage());
            return Optional.empty();
        }
    }

    private static <T> List<T> all(java.util.function.IntFunction<Page<T>> pages) {
        List<T> all = new ArrayList<>();
        for (int p = 0;; p++) {
            Collection<T> content = pages.apply(p).content();
            all.addAll(content);
            if (content.size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }
}
