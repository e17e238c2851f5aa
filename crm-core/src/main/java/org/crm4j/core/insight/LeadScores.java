package org.crm4j.core.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.lead.LeadId;

/**
 * The result of {@link InsightService#leadScores}: a model (naive Bayes or logistic regression) of which closed
 * leads converted,
 * its quality on held-out leads (AUC) and each open lead's chance of converting with the features that raised or
 * lowered it. Immutable and thread-safe.
 */
public final class LeadScores {

    /**
     * The features, as leads carry them, in this order: the lead's source, the campaign it answered, its company's
     * size band, industry and country, and its owner. A value a lead does not record is the category
     * {@code (none)}, learnt like any other (leads that leave the industry blank may convert differently).
     */
    public static final List<String> FEATURES = List.of("source", "campaign", "companySize", "industry", "country",
            "owner");

    private final LeadScoringOptions options;
    private final List<LeadScore> scores;
    private final Map<LeadId, LeadScore> byLead;
    private final double auc;
    private final int trainingLeads;
    private final int heldOutLeads;
    private final long converted;
    private final long disqualified;
    private final String modelSummary;

    LeadScores(LeadScoringOptions options, List<LeadScore> scores, double auc, int trainingLeads, int heldOutLeads,
            long converted, long disqualified, String modelSummary) {
        this.options = Objects.requireNonNull(options, "options");
        this.scores = List.copyOf(scores);
        this.auc = auc;
        this.trainingLeads = trainingLeads;
        this.heldOutLeads = heldOutLeads;
        this.converted = converted;
        this.disqualified = disqualified;
        this.modelSummary = Objects.requireNonNull(modelSummary, "modelSummary");
        Map<LeadId, LeadScore> map = new HashMap<>();
        this.scores.forEach(s -> map.put(s.lead(), s));
        this.byLead = Map.copyOf(map);
    }

    /** @return the options */
    public LeadScoringOptions options() {
        return options;
    }

    /** @return the open leads' scores, highest probability first */
    public List<LeadScore> scores() {
        return scores;
    }

    /**
     * @param lead a lead, not null
     * @return its score; empty if it is not open (or unknown)
     */
    public Optional<LeadScore> score(LeadId lead) {
        return Optional.ofNullable(byLead.get(Objects.requireNonNull(lead, "lead")));
    }

    /** @return the area under the ROC curve on the held-out closed leads, in {@code [0, 1]} (0.5: chance) */
    public double auc() {
        return auc;
    }

    /** @return the number of closed leads the measured model was fitted on */
    public int trainingLeads() {
        return trainingLeads;
    }

    /** @return the number of closed leads held out to measure it */
    public int heldOutLeads() {
        return heldOutLeads;
    }

    /** @return the summary of the model fitted on all closed leads (which scores the open ones) */
    public String modelSummary() {
        return modelSummary;
    }

    /** @return the scores in plain language */
    public String describe() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Of %d closed leads, %d converted and %d were disqualified. %s over %s"
                        + " fitted on %d of them ranks a converted lead above a disqualified one %.1f %% of the time"
                        + " (AUC %.3f on the %d held out). %d open leads scored.",
                converted + disqualified, converted, disqualified, options.model() == LeadModel.LOGISTIC
                        ? "Logistic regression" : String.format(Locale.ROOT, "Naive Bayes (smoothing %.2f)",
                                options.alpha()), String.join(", ", FEATURES),
                trainingLeads, 100 * auc, auc, heldOutLeads, scores.size()));
        if (!scores.isEmpty()) {
            LeadScore best = scores.get(0);
            text.append(String.format(Locale.ROOT, " Best: %s at %.1f %%, raised by %s.", best.lead(),
                    100 * best.probability(), best.raising().isEmpty() ? "nothing" : best.raising().get(0)));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "LeadScores[auc=" + auc + ", open=" + scores.size() + "]";
    }
}
