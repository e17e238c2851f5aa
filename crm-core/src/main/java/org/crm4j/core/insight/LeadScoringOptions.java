package org.crm4j.core.insight;

import java.util.Locale;
import org.crm4j.core.ValidationException;

/**
 * How {@link InsightService#leadScores} learns from closed leads. Valid by construction: the compact constructor
 * refuses bad values with a {@link ValidationException} naming the field and the rule.
 *
 * @param model     the classifier, not null
 * @param alpha     the additive (Laplace) smoothing of naive Bayes' frequency tables, in {@code (0, 100]}
 * @param testShare the share of closed leads held out to measure the model, in {@code [0.1, 0.5]}
 * @param seed      the seed of the split
 */
public record LeadScoringOptions(LeadModel model, double alpha, double testShare, long seed) {

    /** The default smoothing, 1 (Laplace). */
    public static final double DEFAULT_ALPHA = 1.0;
    /** The default held-out share, 30 %. */
    public static final double DEFAULT_TEST_SHARE = 0.3;

    /**
     * Checks the options.
     *
     * @throws ValidationException on field {@code model} ({@code must not be null}), {@code alpha} ({@code must be
     *                             in (0, 100]}) or {@code testShare} ({@code must be in [0.1, 0.5]})
     */
    public LeadScoringOptions {
        if (model == null) {
            throw new ValidationException("model", "must not be null", null);
        }
        if (!(alpha > 0 && alpha <= 100)) {
            throw new ValidationException("alpha", "must be in (0, 100]", String.format(Locale.ROOT, "%s", alpha));
        }
        if (!(testShare >= 0.1 && testShare <= 0.5)) {
            throw new ValidationException("testShare", "must be in [0.1, 0.5]",
                    String.format(Locale.ROOT, "%s", testShare));
        }
    }

    /** @return naive Bayes with Laplace smoothing, 30 % held out, seed 42 */
    public static LeadScoringOptions defaults() {
        return new LeadScoringOptions(LeadModel.NAIVE_BAYES, DEFAULT_ALPHA, DEFAULT_TEST_SHARE, 42L);
    }

    /**
     * @param value the classifier
     * @return a copy with it
     * @throws ValidationException on field {@code model} if null
     */
    public LeadScoringOptions withModel(LeadModel value) {
        return new LeadScoringOptions(value, alpha, testShare, seed);
    }

    /**
     * @param value the smoothing
     * @return a copy with it
     * @throws ValidationException on field {@code alpha} if out of range
     */
    public LeadScoringOptions withAlpha(double value) {
        return new LeadScoringOptions(model, value, testShare, seed);
    }

    /**
     * @param value the held-out share
     * @return a copy with it
     * @throws ValidationException on field {@code testShare} if out of range
     */
    public LeadScoringOptions withTestShare(double value) {
        return new LeadScoringOptions(model, alpha, value, seed);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public LeadScoringOptions withSeed(long value) {
        return new LeadScoringOptions(model, alpha, testShare, value);
    }
}
