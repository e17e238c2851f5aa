package org.crm4j.core.insight;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;

/**
 * The result of {@link InsightService#churn(ChurnOptions)}: the model's quality on held-out customers (AUC,
 * accuracy, confusion matrix), what drives it (importances or odds ratios), the fitted model's summary, and each
 * customer's risk with reasons. Immutable and thread-safe.
 */
public final class ChurnAnalysis {

    /**
     * The features, known at the cut-off: days since the latest purchase, number of transactions, net revenue,
     * days since the first purchase, net revenue of the last 90 days, that minus the net revenue of the 90 days
     * before; and in the last 90 days the number of returns (in the currency), of campaign responses, of
     * deteriorations of the customer's relationships, of tickets opened, of those that are complaints
     * ({@link ChurnOptions#complaintCategories()}), of survey answers with a CSAT of at most 2 and of survey answers
     * with an NPS of at most 6 (detractors).
     */
    public static final List<String> FEATURES = List.of("recencyDays", "frequency", "monetary", "tenureDays",
            "recentSpend", "spendTrend", "returns", "campaignResponses", "relationshipDeteriorations", "tickets",
            "complaints", "dissatisfiedAnswers", "npsDetractors");

    private final ChurnOptions options;
    private final List<ChurnRisk> risks;
    private final Map<CustomerId, ChurnRisk> byCustomer;
    private final double auc;
    private final ConfusionMatrix confusion;
    private final List<FeatureImportance> importances;
    private final String modelSummary;
    private final int trainingCustomers;

    ChurnAnalysis(ChurnOptions options, List<ChurnRisk> risks, double auc, ConfusionMatrix confusion,
            List<FeatureImportance> importances, String modelSummary, int trainingCustomers) {
        this.options = Objects.requireNonNull(options, "options");
        this.risks = List.copyOf(risks);
        this.auc = auc;
        this.confusion = Objects.requireNonNull(confusion, "confusion");
        this.importances = List.copyOf(importances);
        this.modelSummary = Objects.requireNonNull(modelSummary, "modelSummary");
        this.trainingCustomers = trainingCustomers;
        Map<CustomerId, ChurnRisk> map = new HashMap<>();
        this.risks.forEach(r -> map.put(r.customerId(), r));
        this.byCustomer = Map.copyOf(map);
    }

    /** @return the options */
    public ChurnOptions options() {
        return options;
    }

    /** @return the area under the ROC curve on the held-out customers, in {@code [0, 1]} (0.5: no better than chance) */
    public double auc() {
        return auc;
    }

    /** @return the share of held-out customers classified correctly at probability 0.5 */
    public double accuracy() {
        return confusion.accuracy();
    }

    /** @return the held-out confusion matrix at probability 0.5 */
    public ConfusionMatrix confusionMatrix() {
        return confusion;
    }

    /** @return the features by importance, most important first */
    public List<FeatureImportance> importances() {
        return importances;
    }

    /** @return the fitted model's {@code summary()} (tree, forest or logistic regression of crm-analytics) */
    public String modelSummary() {
        return modelSummary;
    }

    /** @return the number of customers the model was fitted on (the others were held out) */
    public int trainingCustomers() {
        return trainingCustomers;
    }

    /** @return every analysed customer's risk, by ascending unsigned customer id */
    public List<ChurnRisk> risks() {
        return risks;
    }

    /**
     * @param customer a customer, not null
     * @return the customer's risk; empty if the customer bought nothing in the currency before the cut-off
     */
    public Optional<ChurnRisk> risk(CustomerId customer) {
        return Optional.ofNullable(byCustomer.get(Objects.requireNonNull(customer, "customer")));
    }

    /**
     * @param threshold the smallest probability, in {@code [0, 1]}
     * @return the customers whose churn probability is at least {@code threshold}, highest first
     * @throws ValidationException on field {@code threshold} ({@code must be in [0, 1]})
     */
    public List<ChurnRisk> atRisk(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new ValidationException("threshold", "must be in [0, 1]", threshold);
        }
        return risks.stream().filter(r -> r.probability() >= threshold)
                .sorted(Comparator.comparingDouble(ChurnRisk::probability).reversed()).toList();
    }

    /** @return the analysis in plain language */
    public String describe() {
        long churned = risks.stream().filter(ChurnRisk::churned).count();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Of %d customers who bought in %s before %s, %d (%.1f %%) bought nothing in the %d days after."
                        + " A %s model fitted on %d of them ranks a churner above a stayer %.1f %% of the time"
                        + " (AUC %.3f on the %d held out) and classifies %.1f %% of those correctly.",
                risks.size(), options.currency().getCurrencyCode(), options.cutoff(), churned,
                risks.isEmpty() ? 0 : 100.0 * churned / risks.size(), options.windowDays(), options.model(),
                trainingCustomers, 100 * auc, auc, risks.size() - trainingCustomers, 100 * accuracy()));
        text.append(" Most important: ");
        for (int i = 0; i < Math.min(3, importances.size()); i++) {
            text.append(i == 0 ? "" : ", ").append(importances.get(i).feature());
        }
        return text.append('.').toString();
    }

    @Override
    public String toString() {
        return "ChurnAnalysis[" + options.model() + ", auc=" + auc + ", customers=" + risks.size() + "]";
    }
}
