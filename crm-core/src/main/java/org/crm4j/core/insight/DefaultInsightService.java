package org.crm4j.core.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.crm4j.analytics.cluster.ClusterQuality;
import org.crm4j.analytics.cluster.Dbscan;
import org.crm4j.analytics.cluster.KMeans;
import org.crm4j.analytics.cluster.KMeansModel;
import org.crm4j.analytics.cluster.KSelection;
import org.crm4j.analytics.cluster.Standardizer;
import org.crm4j.analytics.lifetime.BgNbd;
import org.crm4j.analytics.lifetime.BgNbdModel;
import org.crm4j.analytics.lifetime.CustomerLifetimeValue;
import org.crm4j.analytics.lifetime.GammaGamma;
import org.crm4j.analytics.lifetime.GammaGammaModel;
import org.crm4j.core.Money;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignService;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerService;
import org.crm4j.core.customer.LifecycleStage;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductService;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadQuery;
import org.crm4j.core.lead.LeadService;
import org.crm4j.core.lead.LeadSort;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.opportunity.StageProbabilities;
import org.crm4j.core.report.RfmInput;
import org.crm4j.core.report.SalesReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The insight service: reads aggregates through the reporting port, fits crm-analytics models. */
final class DefaultInsightService implements InsightService {

    /**
     * The most customers the exact silhouette is computed on: it costs {@code O(n²)} distance evaluations, about a
     * second for 10 000 customers, so larger populations are sampled (with the options' seed).
     */
    static final int SILHOUETTE_SAMPLE = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(DefaultInsightService.class);

    /** Days per week: the lifetime models count time in weeks, as Fader, Hardie and Lee do. */
    private static final double DAYS_PER_WEEK = 7.0;
    private static final double SECONDS_PER_WEEK = 7 * 86_400.0;
    private static final int DECILES = 10;

    private final SalesReports reports;
    private final PurchaseHistories histories;
    private final CustomerSignals signals;
    private final PipelineHistories pipeline;
    private final StageProbabilities probabilities;
    private final CustomerService customers;
    private final LeadService leads;
    private final CampaignService campaigns;
    private final Transactions transactions;
    private final DemandInsights demand;
    private final BasketInsights baskets;

    DefaultInsightService(SalesReports reports, PurchaseHistories histories, CustomerSignals signals,
            DemandHistories demandHistories, ProductService products, PipelineHistories pipeline,
            StageProbabilities probabilities, CustomerService customers, LeadService leads, CampaignService campaigns,
            Transactions transactions) {
        this.demand = new DemandInsights(demandHistories, products, transactions);
        this.baskets = new BasketInsights(demandHistories, transactions);
        this.reports = reports;
        this.histories = histories;
        this.signals = signals;
        this.pipeline = pipeline;
        this.probabilities = probabilities;
        this.customers = customers;
        this.leads = leads;
        this.campaigns = campaigns;
        this.transactions = transactions;
    }

    @Override
    public LifetimeValues lifetimeValue(LifetimeOptions options, ProgressListener listener) {
        if (options == null) {
            throw new ValidationException("options", "must not be null", null);
        }
        if (listener == null) {
            throw new ValidationException("listener", "must not be null", null);
        }
        LOG.debug("lifetimeValue {}", options);
        List<PurchaseHistory> history = transactions.inTransaction(() -> histories.purchaseHistories(
                options.currency(), Instant.EPOCH, options.calibrationEnd()));
        listener.progress("read the purchase histories of " + history.size() + " customers", 1, 4);
        int n = history.size();
        double[] x = new double[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] value = new double[n];
        int repeat = 0;
        for (int i = 0; i < n; i++) {
            PurchaseHistory h = history.get(i);
            x[i] = h.transactions() - 1;
            tx[i] = weeks(h.firstPurchase(), h.lastPurchase());
            age[i] = weeks(h.firstPurchase(), options.calibrationEnd());
            value[i] = h.revenue().amount().doubleValue() / h.transactions();
            if (x[i] > 0 && value[i] > 0) {
                repeat++;
            }
        }
        if (repeat < 2) {
            throw new ValidationException("customers", "must include at least 2 customers with a repeat purchase"
                    + " and positive net revenue in " + options.currency().getCurrencyCode(), repeat);
        }
        BgNbdModel purchases = BgNbd.fit(x, tx, age);
        listener.progress("fitted the BG/NBD purchase model", 2, 4);
        double[] repeatX = new double[repeat];
        double[] repeatValue = new double[repeat];
        for (int i = 0, j = 0; i < n; i++) {
            if (x[i] > 0 && value[i] > 0) {
                repeatX[j] = x[i];
                repeatValue[j++] = value[i];
            }
        }
        GammaGammaModel spend = GammaGamma.fit(repeatX, repeatValue);
        listener.progress("fitted the Gamma-Gamma spend model on " + repeat + " repeat buyers", 3, 4);
        double[] zbar = value.clone();
        for (int i = 0; i < n; i++) {
            if (x[i] > 0 && !(zbar[i] > 0)) {
                // Returns cancelled the purchases: value this customer at the population mean instead.
                zbar[i] = spend.expectedAverageValue();
            }
        }
        double horizon = options.periods() * options.periodDays() / DAYS_PER_WEEK;
        double[] clv = CustomerLifetimeValue.compute(purchases, spend, x, tx, age, zbar,
                CustomerLifetimeValue.Options.of(options.periods(), options.periodDays() / DAYS_PER_WEEK,
                        options.periodDiscountRate()));
        List<CustomerValue> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(new CustomerValue(history.get(i).customerId(), (int) x[i], tx[i], age[i], value[i],
                    purchases.conditionalExpectedPurchases(horizon, x[i], tx[i], age[i]),
                    purchases.probabilityAlive(x[i], tx[i], age[i]),
                    spend.conditionalExpectedAverageValue(x[i], zbar[i]), clv[i]));
        }
        listener.progress("valued " + n + " customers", 4, 4);
        return new LifetimeValues(options, values, purchases, spend);
    }

    @Override
    public ChurnAnalysis churn(ChurnOptions options, ProgressListener listener) {
        if (options == null) {
            throw new ValidationException("options", "must not be null", null);
        }
        if (listener == null) {
            throw new ValidationException("listener", "must not be null", null);
        }
        LOG.debug("churn {}", options);
        Currency currency = options.currency();
        Instant cutoff = options.cutoff();
        Instant trend = cutoff.minus(Duration.ofDays(ChurnLearner.TREND_DAYS));
        Instant previous = trend.minus(Duration.ofDays(ChurnLearner.TREND_DAYS));
        Instant windowEnd = cutoff.plus(Duration.ofDays(options.windowDays()));
        ChurnLearner.Inputs inputs = transactions.inTransaction(() -> new ChurnLearner.Inputs(
                histories.purchaseHistories(currency, Instant.EPOCH, cutoff),
                histories.purchaseHistories(currency, max(trend, Instant.EPOCH), cutoff),
                histories.purchaseHistories(currency, max(previous, Instant.EPOCH), max(trend, Instant.EPOCH)),
                histories.purchaseHistories(currency, cutoff, windowEnd),
                signals.signalCounts(currency, max(trend, Instant.EPOCH), cutoff, options.complaintCategories()),
                signals.satisfaction(max(trend, Instant.EPOCH), cutoff)));
        listener.progress("read the purchase histories of " + inputs.before().size() + " customers", 1, 2);
        ChurnAnalysis analysis = ChurnLearner.learn(options, inputs);
        listener.progress("fitted the " + options.model() + " model and scored the customers", 2, 2);
        return analysis;
    }

    @Override
    public List<CustomerId> markAtRisk(ChurnAnalysis analysis, double threshold) {
        if (analysis == null) {
            throw new ValidationException("analysis", "must not be null", null);
        }
        List<ChurnRisk> atRisk = analysis.atRisk(threshold);
        LOG.debug("markAtRisk {} customers at or above {}", atRisk.size(), threshold);
        return transactions.inTransaction(() -> {
            List<CustomerId> moved = new ArrayList<>();
            for (ChurnRisk risk : atRisk) {
                if (customers.get(risk.customerId()).stage().canMoveTo(LifecycleStage.AT_RISK)) {
                    customers.moveToStage(risk.customerId(), LifecycleStage.AT_RISK);
                    moved.add(risk.customerId());
                }
            }
            return List.copyOf(moved);
        });
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public RetentionCohorts retention(CohortOptions options, ProgressListener listener) {
        if (options == null) {
            throw new ValidationException("options", "must not be null", null);
        }
        if (listener == null) {
            throw new ValidationException("listener", "must not be null", null);
        }
        LOG.debug("retention {}", options);
        Currency currency = options.currency();
        CohortPeriod unit = options.period();
        Instant end = unit.plus(options.to(), 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<PeriodActivity> activity = transactions.inTransaction(() -> unit == CohortPeriod.MONTH
                ? histories.monthlyActivity(currency, Instant.EPOCH, end).stream()
                        .map(a -> new PeriodActivity(a.customerId(), a.month().atDay(1), a.purchases(), a.revenue()))
                        .toList()
                : histories.weeklyActivity(currency, Instant.EPOCH, end).stream()
                        .map(a -> new PeriodActivity(a.customerId(), a.week(), a.purchases(), a.revenue()))
                        .toList());
        listener.progress("read " + activity.size() + " customer-" + unit.name().toLowerCase(Locale.ROOT) + "s", 1,
                2);
        // Rows come grouped by customer and ordered by period: the first with a purchase is the acquisition period.
        Map<LocalDate, List<List<PeriodActivity>>> byCohort = new TreeMap<>();
        Map<CustomerId, List<PeriodActivity>> byCustomer = new LinkedHashMap<>();
        activity.forEach(a -> byCustomer.computeIfAbsent(a.customerId(), id -> new ArrayList<>()).add(a));
        for (List<PeriodActivity> periods : byCustomer.values()) {
            periods.stream().filter(a -> a.purchases() > 0).findFirst().map(PeriodActivity::start)
                    .filter(first -> !first.isBefore(options.from()) && !first.isAfter(options.to()))
                    .ifPresent(first -> byCohort.computeIfAbsent(first, m -> new ArrayList<>()).add(periods));
        }
        List<Cohort> cohorts = new ArrayList<>();
        List<Money> customerRevenue = new ArrayList<>();
        byCohort.forEach((start, members) -> {
            int periods = (int) unit.between(start, options.to()) + 1;
            int[] active = new int[periods];
            Money[] revenue = new Money[periods];
            Arrays.fill(revenue, Money.zero(currency));
            int repeat = 0;
            for (List<PeriodActivity> rows : members) {
                long purchases = 0;
                Money total = Money.zero(currency);
                for (PeriodActivity a : rows) {
                    int p = (int) unit.between(start, a.start());
                    if (p >= 0) {
                        active[p] += a.purchases() > 0 ? 1 : 0;
                        revenue[p] = revenue[p].plus(a.revenue());
                    }
                    purchases += a.purchases();
                    total = total.plus(a.revenue());
                }
                repeat += purchases > 1 ? 1 : 0;
                customerRevenue.add(total);
            }
            List<Double> retained = new ArrayList<>(periods);
            for (int p = 0; p < periods; p++) {
                retained.add((double) active[p] / members.size());
            }
            cohorts.add(new Cohort(start, members.size(), retained, List.of(revenue),
                    (double) repeat / members.size()));
        });
        listener.progress("tabulated " + cohorts.size() + " cohorts", 2, 2);
        return new RetentionCohorts(options, cohorts, deciles(customerRevenue, currency));
    }

    /** One customer's activity in one month or week, whichever the cohorts count in. */
    private record PeriodActivity(CustomerId customerId, LocalDate start, long purchases, Money revenue) {
    }

    /** Ten deciles of the customers by revenue, highest first; a stable sort keeps ties in customer order. */
    private static List<RevenueDecile> deciles(List<Money> revenue, Currency currency) {
        List<Money> sorted = new ArrayList<>(revenue);
        sorted.sort(Comparator.comparing(Money::amount).reversed());
        int n = sorted.size();
        Money total = Money.zero(currency);
        for (Money m : sorted) {
            total = total.plus(m);
        }
        int[] counts = new int[DECILES];
        Money[] sums = new Money[DECILES];
        Arrays.fill(sums, Money.zero(currency));
        for (int i = 0; i < n; i++) {
            int d = (int) ((long) DECILES * i / n);
            counts[d]++;
            sums[d] = sums[d].plus(sorted.get(i));
        }
        double totalAmount = total.amount().doubleValue();
        List<RevenueDecile> deciles = new ArrayList<>(DECILES);
        for (int d = 0; d < DECILES; d++) {
            deciles.add(new RevenueDecile(d + 1, counts[d], sums[d],
                    totalAmount == 0 ? Double.NaN : sums[d].amount().doubleValue() / totalAmount));
        }
        return deciles;
    }

    private static double weeks(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9 / SECONDS_PER_WEEK;
    }

    @Override
    public CustomerSegmentation segment(SegmentationOptions options, ProgressListener listener) {
        if (options == null) {
            throw new ValidationException("options", "must not be null", null);
        }
        if (listener == null) {
            throw new ValidationException("listener", "must not be null", null);
        }
        LOG.debug("segment {}", options);
        List<RfmInput> inputs = transactions.inTransaction(() -> reports.rfmInputs(Instant.EPOCH, options.asOf()));
        listener.progress("read the RFM inputs of " + inputs.size() + " customer-currencies", 1, 3);
        RfmFeatures all = RfmFeatures.of(inputs, options.currency(), options.asOf());
        List<CustomerId> outliers = new ArrayList<>();
        double outlierEps = Double.NaN;
        RfmFeatures features = all;
        if (options.outlierMinPoints() > 0 && all.size() > options.outlierMinPoints()) {
            double[][] zAll = Standardizer.fit(all.transformed).transform(all.transformed);
            outlierEps = Dbscan.suggestEps(zAll, options.outlierMinPoints());
            int[] density = Dbscan.fit(zAll, Dbscan.Options.of(outlierEps, options.outlierMinPoints())).labels();
            boolean[] noise = new boolean[density.length];
            for (int i = 0; i < density.length; i++) {
                noise[i] = density[i] == Dbscan.NOISE;
                if (noise[i]) {
                    outliers.add(all.customers.get(i));
                }
            }
            features = all.without(noise);
        }
        int n = features.size();
        int kMax = Math.min(options.kMax(), Math.min(n - 1, features.distinctRows(options.kMax())));
        if (kMax < options.kMin()) {
            throw new ValidationException("customers", "must include at least kMin + 1 (" + (options.kMin() + 1)
                    + ") customers with distinct purchase histories in " + options.currency().getCurrencyCode(), n);
        }
        double[][] z = Standardizer.fit(features.transformed).transform(features.transformed);
        KMeans.Options fitting = KMeans.Options.defaults().withSeed(options.seed());
        int[] sample = sample(n, options.seed());
        double[][] sampled = sample == null ? z : rows(z, sample);

        List<KCandidate> table = new ArrayList<>();
        KMeansModel model;
        double silhouette;
        if (options.fixedK()) {
            model = KMeans.fit(z, fitting.withK(options.kMin()));
            int[] labels = sample == null ? model.labels() : pick(model.labels(), sample);
            silhouette = ClusterQuality.silhouette(sampled, labels);
            table.add(new KCandidate(model.k(), model.inertia(), silhouette));
        } else {
            KSelection selection = KMeans.selectK(sampled, options.kMin(), kMax, fitting);
            int[] ks = selection.ks();
            for (int i = 0; i < ks.length; i++) {
                table.add(new KCandidate(ks[i], selection.inertias()[i], selection.silhouettes()[i]));
            }
            int k = selection.silhouetteK();
            silhouette = selection.silhouettes()[k - ks[0]];
            model = sample == null ? selection.model(k) : KMeans.fit(z, fitting.withK(k));
        }
        listener.progress("fitted K-means with k = " + model.k(), 2, 3);
        List<Segment> segments = segments(features, model, options);
        listener.progress("described " + segments.size() + " segments", 3, 3);
        return new CustomerSegmentation(options, segments, silhouette, table,
                features.loggedNames(), model, sampled.length, outliers, outlierEps);
    }

    private static List<Segment> segments(RfmFeatures features, KMeansModel model, SegmentationOptions options) {
        int n = features.size();
        int k = model.k();
        int[] labels = model.labels();
        int[] sizes = model.clusterSizes();
        double[][] centroids = model.centroids();
        Money total = features.revenueOf(allRows(n), options.currency());
        List<Segment> segments = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            int[] members = new int[sizes[c]];
            int m = 0;
            double[] sums = new double[RfmFeatures.NAMES.length];
            for (int i = 0; i < n; i++) {
                if (labels[i] == c) {
                    members[m++] = i;
                    for (int j = 0; j < sums.length; j++) {
                        sums[j] += features.raw[i][j];
                    }
                }
            }
            Money revenue = features.revenueOf(members, options.currency());
            double totalAmount = total.amount().doubleValue();
            double revenueShare = totalAmount == 0 ? Double.NaN : revenue.amount().doubleValue() / totalAmount;
            List<CustomerId> customers = new ArrayList<>(members.length);
            for (int i : members) {
                customers.add(features.customers.get(i));
            }
            double[] centroid = centroids[c];
            String label = SegmentLabels.of(centroid[RfmFeatures.RECENCY], centroid[RfmFeatures.FREQUENCY],
                    centroid[RfmFeatures.MONETARY], sums[RfmFeatures.FREQUENCY] / members.length);
            segments.add(new Segment(c, label, customers, (double) members.length / n, revenueShare,
                    sums[RfmFeatures.RECENCY] / members.length, sums[RfmFeatures.FREQUENCY] / members.length,
                    sums[RfmFeatures.MONETARY] / members.length, revenue));
        }
        return segments;
    }

    /** @return the rows of a seeded sample without replacement in ascending order, or null to keep all */
    private static int[] sample(int n, long seed) {
        if (n <= SILHOUETTE_SAMPLE) {
            return null;
        }
        int[] index = allRows(n);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < SILHOUETTE_SAMPLE; i++) {
            int j = i + random.nextInt(n - i);
            int t = index[i];
            index[i] = index[j];
            index[j] = t;
        }
        int[] chosen = Arrays.copyOf(index, SILHOUETTE_SAMPLE);
        Arrays.sort(chosen);
        return chosen;
    }

    private static int[] allRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    private static double[][] rows(double[][] data, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = data[rows[i]];
        }
        return out;
    }

    private static int[] pick(int[] values, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    @Override
    public List<SegmentSatisfaction> satisfaction(CustomerSegmentation segmentation, Instant from, Instant to) {
        if (segmentation == null) {
            throw new ValidationException("segmentation", "must not be null", null);
        }
        if (from == null) {
            throw new ValidationException("from", "must not be null", null);
        }
        if (to == null) {
            throw new ValidationException("to", "must not be null", null);
        }
        if (to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from", to);
        }
        LOG.debug("satisfaction of {} segments from {} to {}", segmentation.k(), from, to);
        Map<CustomerId, SatisfactionCounts> answers = new HashMap<>();
        transactions.inTransaction(() -> signals.satisfaction(from, to))
                .forEach(a -> answers.put(a.customerId(), a));
        List<SegmentSatisfaction> result = new ArrayList<>();
        for (Segment segment : segmentation.segments()) {
            int respondents = 0;
            long csatAnswers = 0;
            long csatTotal = 0;
            long npsAnswers = 0;
            long promoters = 0;
            long detractors = 0;
            for (CustomerId customer : segment.customers()) {
                SatisfactionCounts a = answers.get(customer);
                if (a != null) {
                    respondents++;
                    csatAnswers += a.csatAnswers();
                    csatTotal += a.csatTotal();
                    npsAnswers += a.npsAnswers();
                    promoters += a.promoters();
                    detractors += a.detractors();
                }
            }
            result.add(new SegmentSatisfaction(segment.index(), segment.label(), segment.size(), respondents,
                    csatAnswers, csatAnswers == 0 ? Double.NaN : (double) csatTotal / csatAnswers, npsAnswers,
                    npsAnswers == 0 ? Double.NaN : 100.0 * (promoters - detractors) / npsAnswers));
        }
        return List.copyOf(result);
    }

    @Override
    public void targetSegment(CampaignId campaign, Segment segment) {
        if (campaign == null) {
            throw new ValidationException("campaign", "must not be null", null);
        }
        if (segment == null) {
            throw new ValidationException("segment", "must not be null", null);
        }
        LOG.debug("targetSegment {} segment {} ({} customers)", campaign, segment.index(), segment.size());
        campaigns.addMembers(campaign, segment.customers());
    }

    @Override
    public CampaignEffect campaignEffect(CampaignId campaign, EffectOptions options, ProgressListener listener) {
        if (campaign == null) {
            throw new ValidationException("campaign", "must not be null", null);
        }
        if (options == null) {
            throw new ValidationException("options", "must not be null", null);
        }
        if (listener == null) {
            throw new ValidationException("listener", "must not be null", null);
        }
        LOG.debug("campaignEffect {} {}", campaign, options);
        return CampaignEffects.measure(campaigns, histories, transactions, campaign, options, listener);
    }

    @Override
    public PipelineForecast pipelineForecast(PipelineOptions options, ProgressListener listener) {
        if (options == null) {
            throw new ValidationException("options", "must not be null", null);
        }
        if (listener == null) {
            throw new ValidationException("listener", "must not be null", null);
        }
        LOG.debug("pipelineForecast {}", options);
        List<StageOutcome> outcomes = new ArrayList<>();
        List<OpenPipeline> open = new ArrayList<>();
        transactions.run(() -> {
            outcomes.addAll(pipeline.stageOutcomes(options.closedFrom(), options.closedTo()));
            open.addAll(pipeline.openPipeline(options.from(), options.to()));
        });
        listener.progress("read the outcomes of " + outcomes.size() + " stages and " + open.size()
                + " open pipeline groups", 1, 2);
        PipelineForecast forecast = PipelineForecast.of(options, outcomes, open, probabilities);
        listener.progress("learnt the win rates and forecast " + forecast.months().size() + " months", 2, 2);
        return forecast;
    }

    @Override
    public LeadScores leadScores(LeadScoringOptions options, ProgressListener listener) {
        if (options == null) {
            throw new ValidationException("options", "must not be null", null);
        }
        if (listener == null) {
            throw new ValidationException("listener", "must not be null", null);
        }
        LOG.debug("leadScores {}", options);
        List<Lead> all = transactions.inTransaction(() -> {
            List<Lead> read = new ArrayList<>();
            for (int page = 0;; page++) {
                Page<Lead> p = leads.search(LeadQuery.all(), PageRequest.of(page, PageRequest.MAX_SIZE,
                        Sort.asc(LeadSort.ID)));
                read.addAll(p.content());
                if (p.content().size() < PageRequest.MAX_SIZE) {
                    return read;
                }
            }
        });
        listener.progress("read " + all.size() + " leads", 1, 2);
        LeadScores scores = LeadScorer.score(options, all);
        listener.progress("fitted naive Bayes and scored " + scores.scores().size() + " open leads", 2, 2);
        return scores;
    }

    @Override
    public DemandForecast demand(ProductId product, DemandOptions options, ProgressListener listener) {
        LOG.debug("demand {} {}", product, options);
        return demand.demand(product, options, listener);
    }

    @Override
    public List<DemandForecast> demandForAll(DemandOptions options, ProgressListener listener) {
        LOG.debug("demandForAll {}", options);
        return demand.demandForAll(options, listener);
    }

    @Override
    public BasketAnalysis baskets(BasketOptions options, ProgressListener listener) {
        LOG.debug("baskets {}", options);
        return baskets.baskets(options, listener);
    }
}
