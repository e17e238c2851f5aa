package org.crm4j.core.insight;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignService;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerService;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductService;
import org.crm4j.core.lead.LeadService;
import org.crm4j.core.opportunity.StageProbabilities;
import org.crm4j.core.report.SalesReports;

/**
 * Questions asked of the CRM's own data and answered with crm-analytics: each insight is one call that reads
 * aggregates through the reporting port {@link SalesReports} (computed in SQL by the JPA adapter), fits a model
 * and returns an immutable result with the numbers behind it and a plain-language {@code describe()}. Thread-safe.
 */
public interface InsightService {

    /**
     * Creates the service.
     *
     * @param reports      the reporting port
     * @param histories    the purchase-history port
     * @param signals      the port of returns, campaign responses, relationship deteriorations and tickets
     * @param demand       the demand-history port (unit sales, stock, baskets)
     * @param products     the product service, which knows the products and their stock
     * @param pipeline     the pipeline-history port
     * @param probabilities the configured probability of winning per opportunity stage
     * @param customers    the customer service, through which customers at risk change lifecycle stage
     * @param leads        the lead service, from which lead scores learn
     * @param campaigns    the campaign service, through which segments become campaign members
     * @param transactions the transaction port
     * @return the service
     */
    static InsightService create(SalesReports reports, PurchaseHistories histories, CustomerSignals signals,
            DemandHistories demand, ProductService products, PipelineHistories pipeline,
            StageProbabilities probabilities, CustomerService customers, LeadService leads, CampaignService campaigns,
            Transactions transactions) {
        return new DefaultInsightService(Objects.requireNonNull(reports, "reports"),
                Objects.requireNonNull(histories, "histories"), Objects.requireNonNull(signals, "signals"),
                Objects.requireNonNull(demand, "demand"), Objects.requireNonNull(products, "products"),
                Objects.requireNonNull(pipeline, "pipeline"),
                Objects.requireNonNull(probabilities, "probabilities"), Objects.requireNonNull(customers, "customers"),
                Objects.requireNonNull(leads, "leads"),
                Objects.requireNonNull(campaigns, "campaigns"), Objects.requireNonNull(transactions, "transactions"));
    }

    /**
     * Segments the customers who bought in {@code options.currency()} before {@code options.asOf()} by recency
     * (days since the latest purchase), frequency (number of purchases) and monetary value (net revenue, returns
     * subtracted). Each feature whose skewness exceeds 1 is log-transformed ({@code sign(x) ln(1 + |x|)}), then all
     * three are standardised (mean 0, standard deviation 1) and clustered by K-means (k-means++ with 10 restarts,
     * the options' seed). Unless k is fixed, every k in {@code [kMin, kMax]} is fitted and the one with the largest
     * mean silhouette is kept (Rousseeuw 1987); {@code kMax} is lowered to the number of customers minus one and
     * to the number of distinct customers' feature rows when there are fewer. With more than
     * {@value DefaultInsightService#SILHOUETTE_SAMPLE} customers, k is chosen and the silhouette computed on a
     * seeded sample of that many, and the chosen k is then fitted on all. Segments are labelled by
     * the rules of {@code SegmentLabels} (see {@link Segment#label()}).
     *
     * <p>Cost: one aggregate query ({@link SalesReports#rfmInputs}), then {@code kMax − kMin + 1} K-means fits and
     * silhouettes of {@code O(s²)} for a sample of {@code s ≤ 10 000} customers.
     *
     * @param options what to segment, not null
     * @return the segmentation
     * @throws ValidationException on field {@code options} ({@code must not be null}) or {@code customers}
     *                             ({@code must include at least kMin + 1 customers with distinct purchase
     *                             histories}) when too few customers bought in the currency
     */
    default CustomerSegmentation segment(SegmentationOptions options) {
        return segment(options, ProgressListener.NONE);
    }

    /**
     * As {@link #segment(SegmentationOptions)}, reporting each step to {@code listener}.
     *
     * @param options  as there
     * @param listener hears each finished step, not null
     * @return as there
     * @throws ValidationException on field {@code listener} ({@code must not be null}), or as there
     */
    CustomerSegmentation segment(SegmentationOptions options, ProgressListener listener);

    /**
     * Values each customer who bought in {@code options.currency()} before {@code options.calibrationEnd()} with
     * the BG/NBD model of the purchase process (Fader, Hardie &amp; Lee 2005) and the Gamma-Gamma model of
     * transaction values (Fader &amp; Hardie 2013), both fitted by maximum likelihood on the CRM's history read
     * with one aggregate query ({@link PurchaseHistories}). Time is counted in weeks from each customer's first
     * purchase: a transaction is a distinct sale time, {@code x} the transactions after the first, {@code t_x} the
     * time of the last, {@code T} the time to the calibration end. The value of a transaction is the customer's
     * net revenue per transaction (returns subtracted; over all transactions, the first included); Gamma-Gamma is
     * fitted on the customers with a repeat purchase and positive net revenue, and a repeat customer whose returns
     * cancel their purchases is valued at the population mean. The lifetime value is the expected revenue of the
     * next {@code periods × periodDays} days, each period's purchases discounted at its end
     * ({@link org.crm4j.analytics.lifetime.CustomerLifetimeValue}).
     *
     * <p>Cost: one aggregate query, then Newton fits of a few iterations over all customers (about 0.1 s for
     * 100 000) and the per-customer expectations.
     *
     * @param options what to value, not null
     * @return the values and the fitted models
     * @throws ValidationException on field {@code options} ({@code must not be null}) or {@code customers}
     *                             ({@code must include at least 2 customers with a repeat purchase and positive net
     *                             revenue in EUR}) when the models cannot be identified
     */
    default LifetimeValues lifetimeValue(LifetimeOptions options) {
        return lifetimeValue(options, ProgressListener.NONE);
    }

    /**
     * As {@link #lifetimeValue(LifetimeOptions)}, reporting each step to {@code listener}.
     *
     * @param options  as there
     * @param listener hears each finished step, not null
     * @return as there
     * @throws ValidationException on field {@code listener} ({@code must not be null}), or as there
     */
    LifetimeValues lifetimeValue(LifetimeOptions options, ProgressListener listener);

    /**
     * Learns who churns: for each customer who bought in {@code options.currency()} before {@code options.cutoff()},
     * the features of {@link ChurnAnalysis#FEATURES} as of the cut-off and the label "churned" when the customer
     * made no purchase in the {@code windowDays} after it. A seeded share {@code testShare} of the customers is held
     * out; the classifier (a CART tree, a random forest of 100 trees or a logistic regression on standardised
     * features, from crm-analytics) is fitted on the others, measured on the held-out ones (AUC, accuracy and
     * confusion matrix at 0.5) and then gives every customer a probability with its reasons ({@link ChurnReason}:
     * the tree's decision path in original units; the forest's path conditions grouped by feature and direction,
     * most contributing first; the logistic model's largest contributions to the log-odds). Reads four aggregates of
     * {@link PurchaseHistories} (before the cut-off, the two 90-day windows before it, the churn window) and one of
     * {@link CustomerSignals} (returns, campaign responses, relationship deteriorations, tickets and complaints of
     * the 90 days before the cut-off) and its survey answers (dissatisfied CSAT and detractor NPS answers). The
     * logistic model leaves out features that are constant among the training customers or equal to an earlier
     * feature (importance 0, odds ratio 1). Customers at risk move to the AT_RISK
     * lifecycle stage with {@link #markAtRisk}.
     *
     * @param options what to learn, not null
     * @return the analysis
     * @throws ValidationException on field {@code options} ({@code must not be null}) or {@code customers} when the
     *                             training or held-out customers do not include both churners and stayers
     * @throws org.crm4j.analytics.ConvergenceException for {@code LOGISTIC} when the classes are separated by the
     *                                                  features (the tree models handle that case)
     */
    default ChurnAnalysis churn(ChurnOptions options) {
        return churn(options, ProgressListener.NONE);
    }

    /**
     * As {@link #churn(ChurnOptions)}, reporting each step to {@code listener}.
     *
     * @param options  as there
     * @param listener hears each finished step, not null
     * @return as there
     * @throws ValidationException on field {@code listener} ({@code must not be null}), or as there
     */
    ChurnAnalysis churn(ChurnOptions options, ProgressListener listener);

    /**
     * Moves the customers of {@code analysis.atRisk(threshold)} to the {@code AT_RISK} lifecycle stage, through
     * {@link CustomerService#moveToStage}, all in one transaction (all or none). Only customers whose current stage
     * may move there (ACTIVE, LOYAL) move; the others (prospects, customers already at risk or churned) stay.
     *
     * @param analysis  a churn analysis of this CRM, not null
     * @param threshold the smallest churn probability, in {@code [0, 1]}
     * @return the customers moved, highest risk first
     * @throws ValidationException on field {@code analysis} ({@code must not be null}) or {@code threshold}
     *                             ({@code must be in [0, 1]})
     * @throws NotFoundException   if a customer of the analysis no longer exists
     */
    List<CustomerId> markAtRisk(ChurnAnalysis analysis, double threshold);

    /**
     * Tabulates monthly or weekly acquisition cohorts ({@link CohortOptions#period()}): the customers whose first
     * purchase in {@code options.currency()} (ever, not only within the range) fell in each UTC month or ISO week
     * (Monday to Sunday, UTC) from {@code options.from()} to {@code options.to()}, and for each period since,
     * through the period starting at {@code options.to()}, the share of the cohort that bought in that period (at
     * least one sale), the cohort's net revenue in it, and the share of the cohort that bought more than once; plus
     * the revenue deciles of these customers (net revenue through the end of the last period). Reads one aggregate
     * per customer and period ({@link PurchaseHistories#monthlyActivity} or
     * {@link PurchaseHistories#weeklyActivity}).
     *
     * @param options the cohorts, not null
     * @return the table; cohorts without customers are left out
     * @throws ValidationException on field {@code options} ({@code must not be null})
     */
    default RetentionCohorts retention(CohortOptions options) {
        return retention(options, ProgressListener.NONE);
    }

    /**
     * As {@link #retention(CohortOptions)}, reporting each step to {@code listener}.
     *
     * @param options  as there
     * @param listener hears each finished step, not null
     * @return as there
     * @throws ValidationException on field {@code listener} ({@code must not be null}), or as there
     */
    RetentionCohorts retention(CohortOptions options, ProgressListener listener);

    /**
     * How satisfied each segment of a segmentation is: the survey answers its members gave in {@code [from, to)}
     * (read per customer in one aggregate, {@link CustomerSignals#satisfaction}), as respondents, mean CSAT and Net
     * Promoter Score. Customers who left a segmentation's currency or were set aside as outliers are not counted.
     *
     * @param segmentation a segmentation of this CRM, not null
     * @param from         the start of the answers, inclusive, not null
     * @param to           the end, exclusive, not null, not before {@code from}
     * @return one entry per segment, in the order of {@link CustomerSegmentation#segments()}
     * @throws ValidationException on field {@code segmentation}, {@code from} or {@code to} ({@code must not be
     *                             null}) or {@code to} ({@code must not be before from})
     */
    List<SegmentSatisfaction> satisfaction(CustomerSegmentation segmentation, Instant from, Instant to);

    /**
     * Makes a segment a campaign's target list: adds all its customers as members in one transaction, through
     * {@link CampaignService#addMembers}, all or none, with that method's checks (consent for the campaign's
     * channel, active customers, no one a member already).
     *
     * @param campaign the campaign, not null
     * @param segment  the segment, not null
     * @throws ValidationException on field {@code campaign} or {@code segment} if null, or as
     *                             {@link CampaignService#addMembers}
     * @throws NotFoundException   if the campaign or a customer does not exist
     * @throws org.crm4j.core.DuplicateException if a customer is already a member
     */
    void targetSegment(CampaignId campaign, Segment segment);

    /**
     * Measures a campaign's effect against its control group (chosen with {@link CampaignService#holdOut} before
     * targeting: members held out at random and never contacted). Conversion is a recorded conversion
     * ({@link org.crm4j.core.campaign.CampaignMember#hasConverted()}); revenue is each member's net revenue in the
     * budget's currency from the campaign's start date to the day after its end date (UTC; earlier if it was
     * finished early or cancelled); the covariates are each member's days since the latest purchase (the
     * look-back's length for none), number of transactions and net revenue in the {@code lookbackDays} before the
     * start. Reported, at the options' confidence level:
     * <ul>
     *   <li>the conversion uplift: difference of proportions with its Wald interval;</li>
     *   <li>the odds ratio of converting, adjusted for the covariates by a logistic regression, with its Wald
     *       interval and p-value;</li>
     *   <li>the incremental revenue per contacted customer, adjusted by least squares on the same columns, with its
     *       t interval, the total (times the contacted members) and the ROI
     *       {@code (incremental revenue − budget) / budget}.</li>
     * </ul>
     * A campaign without a control group is refused: a comparison with customers the campaign did not target
     * would mix the campaign's effect with the reasons they were not targeted.
     *
     * <p>Cost: the members a page of {@value org.crm4j.core.PageRequest#MAX_SIZE} at a time, two aggregate reads of
     * {@link PurchaseHistories}, one logistic and one linear fit.
     *
     * @param campaign the campaign, not null
     * @param options  how to measure, not null
     * @return the effect
     * @throws ValidationException on field {@code campaign} or {@code options} ({@code must not be null}),
     *                             {@code campaignId} (rule {@code must have a control group (CampaignService.holdOut
     *                             before targeting) to measure its effect against}) or {@code members} ({@code must
     *                             include converted and unconverted members in both the contacted and the control
     *                             group})
     * @throws NotFoundException   if there is no such campaign (field {@code campaignId})
     * @throws org.crm4j.analytics.ConvergenceException if the conversion model does not converge (a covariate
     *                                                  separates converters from the others)
     */
    default CampaignEffect campaignEffect(CampaignId campaign, EffectOptions options) {
        return campaignEffect(campaign, options, ProgressListener.NONE);
    }

    /**
     * As {@link #campaignEffect(CampaignId, EffectOptions)}, reporting each step to {@code listener}.
     *
     * @param campaign as there
     * @param options  as there
     * @param listener hears each finished step, not null
     * @return as there
     * @throws ValidationException on field {@code listener} ({@code must not be null}), or as there
     */
    CampaignEffect campaignEffect(CampaignId campaign, EffectOptions options, ProgressListener listener);

    /**
     * Forecasts the revenue of the open pipeline by the month of the expected close dates in
     * {@code [options.from(), options.to())}, per currency, with each open stage's chance of ending won learnt
     * from the opportunities closed in {@code [options.closedFrom(), options.closedTo())}: of those that were ever
     * in the stage, the share won (the configured probability stands in for a stage no closed opportunity went
     * through). The same forecast with the configured {@link StageProbabilities} is reported beside it, and both
     * sets of probabilities are scored on the closed history (Brier score, the learnt rates left-one-out; see
     * {@link PipelineForecast}). Reads two aggregates of {@link PipelineHistories}.
     *
     * @param options what to forecast, not null
     * @return the forecast
     * @throws ValidationException on field {@code options} ({@code must not be null})
     */
    default PipelineForecast pipelineForecast(PipelineOptions options) {
        return pipelineForecast(options, ProgressListener.NONE);
    }

    /**
     * As {@link #pipelineForecast(PipelineOptions)}, reporting each step to {@code listener}.
     *
     * @param options  as there
     * @param listener hears each finished step, not null
     * @return as there
     * @throws ValidationException on field {@code listener} ({@code must not be null}), or as there
     */
    PipelineForecast pipelineForecast(PipelineOptions options, ProgressListener listener);

    /**
     * Scores the open leads (NEW, CONTACTED, QUALIFIED) by their chance of converting, learnt from the closed ones
     * (CONVERTED against DISQUALIFIED) with categorical naive Bayes over {@link LeadScores#FEATURES} (frequency
     * tables with additive smoothing {@code alpha}; crm-analytics' {@code CategoricalNaiveBayes}) or, with
     * {@link LeadModel#LOGISTIC}, a logistic regression on the values' indicators. A seeded
     * {@code testShare} of the closed leads is held out to measure the model (AUC); the scores come from the model
     * fitted on all closed leads, each with every feature's part in its log-odds (what raised or lowered it). Reads
     * the leads through {@link LeadService#search}, a page of {@value org.crm4j.core.PageRequest#MAX_SIZE} at a
     * time.
     *
     * <p>A lead that does not record its company size, industry or country has the value {@code (none)} for that
     * feature, a category of its own.
     *
     * @param options how to learn, not null
     * @return the scores
     * @throws ValidationException on field {@code options} ({@code must not be null}) or {@code leads} ({@code must
     *                             include converted and disqualified leads among both the training and the held-out
     *                             leads})
     * @throws org.crm4j.analytics.ConvergenceException for {@code LOGISTIC} if the fit does not converge
     */
    default LeadScores leadScores(LeadScoringOptions options) {
        return leadScores(options, ProgressListener.NONE);
    }

    /**
     * As {@link #leadScores(LeadScoringOptions)}, reporting each step to {@code listener}.
     *
     * @param options  as there
     * @param listener hears each finished step, not null
     * @return as there
     * @throws ValidationException on field {@code listener} ({@code must not be null}), or as there
     */
    LeadScores leadScores(LeadScoringOptions options, ProgressListener listener);

    /**
     * Forecasts one product's demand: its net unit sales per week or month ({@link DemandHistories#unitSales}, a
     * SQL {@code GROUP BY} on crm-jpa; returns count in the period of the sale they return), every complete period
     * from its first sale to the one before {@code options.asOf()}, periods without sales counted as zero. The
     * model ({@code AUTO_ARIMA}: Hyndman and Khandakar's seasonal ARIMA search; {@code AUTO_ETS}: exponential
     * smoothing chosen by AICc; {@code BEST}: whichever has the smaller holdout MAE) is measured on a
     * rolling-origin holdout (the last {@code holdoutPeriods}, forecast from {@code holdoutOrigins} origins) by
     * MAE, MASE and MAPE against the seasonal naive forecast, then fitted on the whole history and forecasts
     * {@code horizon} periods with 80 % and 95 % intervals. A product with too little history for a holdout (fewer
     * than {@code max(8, m + 1) + holdoutOrigins} periods, {@code m} 12 months or 52 weeks), or whose models cannot
     * be fitted, falls back to the seasonal naive method (more than {@code m} periods) or the mean, and says so in
     * {@link DemandForecast#fallbackReason()}. The stock advice ({@link InventoryAdvice}) uses the product's
     * current stock.
     *
     * <p>Cost: one aggregate query, then a few model fits (tens of milliseconds for three years of months).
     *
     * @param product the product, not null
     * @param options what to forecast, not null
     * @return the forecast
     * @throws ValidationException on field {@code productId} or {@code options} ({@code must not be null})
     * @throws NotFoundException   if the product does not exist
     */
    default DemandForecast demand(ProductId product, DemandOptions options) {
        return demand(product, options, ProgressListener.NONE);
    }

    /**
     * As {@link #demand(ProductId, DemandOptions)}, reporting each step to {@code listener}.
     *
     * @param product  as there
     * @param options  as there
     * @param listener hears each finished step, not null
     * @return as there
     * @throws ValidationException on field {@code listener} ({@code must not be null}), or as there
     */
    DemandForecast demand(ProductId product, DemandOptions options, ProgressListener listener);

    /**
     * Forecasts the demand of every product sold before the period of {@code options.asOf()}, as
     * {@link #demand(ProductId, DemandOptions)} does for one, reading all unit sales and stock with two aggregate
     * queries and forecasting {@code options.threads()} products at once (0: one per processor). The listener hears
     * the read, then each product as it is done (steps {@code 1 + products}), on the calling thread; an exception
     * it throws stops the remaining forecasts.
     *
     * @param options  what to forecast, not null
     * @param listener hears each finished step, not null
     * @return one forecast per product with sales, by ascending unsigned product id; the same whatever the threads
     * @throws ValidationException on field {@code options} or {@code listener} ({@code must not be null})
     */
    List<DemandForecast> demandForAll(DemandOptions options, ProgressListener listener);

    /**
     * Finds which products are bought together: a basket is one customer's purchases on one UTC day (sales carry
     * no order reference; the lines of one order share a day), read with one aggregate query
     * ({@link DemandHistories#basketLines}: products with positive net units, returns netted with their sale).
     * FP-Growth (Han, Pei &amp; Yin 2000) mines the product sets in at least {@code minSupport} of the baskets, of
     * at most {@code maxItems} products, and the rules with at least {@code minConfidence} are kept with their
     * support, confidence, lift, leverage and conviction. {@link BasketAnalysis#recommendFor} then ranks products
     * for a customer.
     *
     * @param options what to mine, not null
     * @return the analysis
     * @throws ValidationException on field {@code options} ({@code must not be null}) or {@code baskets}
     *                             ({@code must include at least one basket in [from, to)})
     */
    default BasketAnalysis baskets(BasketOptions options) {
        return baskets(options, ProgressListener.NONE);
    }

    /**
     * As {@link #baskets(BasketOptions)}, reporting each step to {@code listener}.
     *
     * @param options  as there
     * @param listener hears each finished step, not null
     * @return as there
     * @throws ValidationException on field {@code listener} ({@code must not be null}), or as there
     */
    BasketAnalysis baskets(BasketOptions options, ProgressListener listener);
}
