package org.crm4j.core.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.crm4j.analytics.cluster.ClusterQuality;
import org.crm4j.analytics.cluster.KMeans;
import org.crm4j.analytics.cluster.KMeansModel;
import org.crm4j.analytics.cluster.KSelection;
import org.crm4j.analytics.cluster.Standardizer;
import org.crm4j.core.Money;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignService;
import org.crm4j.core.customer.CustomerId;
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

    private final SalesReports reports;
    private final CampaignService campaigns;
    private final Transactions transactions;

    DefaultInsightService(SalesReports reports, CampaignService campaigns, Transactions transactions) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.transactions = transactions;
    }

    @Override
    public CustomerSegmentation segment(SegmentationOptions options) {
        if (options == null) {
            throw new ValidationException("options", "must not be null", null);
        }
        LOG.debug("segment {}", options);
        List<RfmInput> inputs = transactions.inTransaction(() -> reports.rfmInputs(Instant.EPOCH, options.asOf()));
        RfmFeatures features = RfmFeatures.of(inputs, options.currency(), options.asOf());
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
        return new CustomerSegmentation(options, segments(features, model, options), silhouette, table,
                features.loggedNames(), model, sampled.length);
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
                    centroid[RfmFeatures.MONETARY]);
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
}
