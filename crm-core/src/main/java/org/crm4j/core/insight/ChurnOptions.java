package org.crm4j.core.insight;

import java.time.Instant;
import java.util.Currency;
import java.util.Set;
import org.crm4j.core.ValidationException;

/**
 * What {@link InsightService#churn(ChurnOptions)} learns: which customers who bought in one currency before a
 * cut-off bought nothing in the {@code windowDays} after it, from features known at the cut-off. Valid by
 * construction: the compact constructor refuses bad values with a {@link ValidationException} naming the field and
 * the rule. The caller picks a cut-off whose window has passed (later sales are simply missing).
 *
 * @param currency   the currency analysed, not null
 * @param cutoff     the moment the features are taken at, not null, after the epoch
 * @param windowDays the churn window after the cut-off, in {@code [1, 3650]} days: no purchase in it is churn
 * @param model      the classifier, not null
 * @param testShare  the share of customers held out to measure the model, in {@code [0.1, 0.5]}
 * @param seed       the seed of the split and of the forest
 * @param complaintCategories the ticket categories counted as complaints (the {@code complaints} feature), not
 *                   null, may be empty; copied
 */
public record ChurnOptions(Currency currency, Instant cutoff, int windowDays, ChurnModel model, double testShare,
        long seed, Set<String> complaintCategories) {

    /** The default churn window, 90 days. */
    public static final int DEFAULT_WINDOW_DAYS = 90;
    /** The default complaint category: {@code COMPLAINT}, one of {@code TicketSettings.defaults()}. */
    public static final String COMPLAINT = "COMPLAINT";
    /** The default held-out share, 30 %. */
    public static final double DEFAULT_TEST_SHARE = 0.3;

    /**
     * Checks the options.
     *
     * @throws ValidationException on field {@code currency}, {@code cutoff}, {@code model} ({@code must not be
     *                             null}), {@code complaintCategories} ({@code must not be null}),
     *                             {@code cutoff} ({@code must be after 1970-01-01T00:00:00Z}),
     *                             {@code windowDays} ({@code must be in [1, 3650]}) or {@code testShare}
     *                             ({@code must be in [0.1, 0.5]})
     */
    public ChurnOptions {
        if (currency == null) {
            throw new ValidationException("currency", "must not be null", null);
        }
        if (cutoff == null) {
            throw new ValidationException("cutoff", "must not be null", null);
        }
        if (!cutoff.isAfter(Instant.EPOCH)) {
            throw new ValidationException("cutoff", "must be after 1970-01-01T00:00:00Z", cutoff);
        }
        if (windowDays < 1 || windowDays > 3650) {
            throw new ValidationException("windowDays", "must be in [1, 3650]", windowDays);
        }
        if (model == null) {
            throw new ValidationException("model", "must not be null", null);
        }
        if (!(testShare >= 0.1 && testShare <= 0.5)) {
            throw new ValidationException("testShare", "must be in [0.1, 0.5]", testShare);
        }
        if (complaintCategories == null) {
            throw new ValidationException("complaintCategories", "must not be null", null);
        }
        for (String category : complaintCategories) {
            if (category == null) {
                throw new ValidationException("complaintCategories", "must not contain null", complaintCategories);
            }
        }
        complaintCategories = Set.copyOf(complaintCategories);
    }

    /**
     * @param currency the currency
     * @param cutoff   the cut-off
     * @return a random forest over a 90-day window, 30 % held out, seed 42, tickets of category {@value #COMPLAINT}
     *         counted as complaints
     * @throws ValidationException as the constructor
     */
    public static ChurnOptions of(Currency currency, Instant cutoff) {
        return new ChurnOptions(currency, cutoff, DEFAULT_WINDOW_DAYS, ChurnModel.FOREST, DEFAULT_TEST_SHARE, 42L,
                Set.of(COMPLAINT));
    }

    /**
     * @param value the classifier
     * @return a copy with it
     * @throws ValidationException on field {@code model} if null
     */
    public ChurnOptions withModel(ChurnModel value) {
        return new ChurnOptions(currency, cutoff, windowDays, value, testShare, seed, complaintCategories);
    }

    /**
     * @param value the churn window in days
     * @return a copy with it
     * @throws ValidationException on field {@code windowDays} if out of range
     */
    public ChurnOptions withWindowDays(int value) {
        return new ChurnOptions(currency, cutoff, value, model, testShare, seed, complaintCategories);
    }

    /**
     * @param value the held-out share
     * @return a copy with it
     * @throws ValidationException on field {@code testShare} if out of range
     */
    public ChurnOptions withTestShare(double value) {
        return new ChurnOptions(currency, cutoff, windowDays, model, value, seed, complaintCategories);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public ChurnOptions withSeed(long value) {
        return new ChurnOptions(currency, cutoff, windowDays, model, testShare, value, complaintCategories);
    }

    /**
     * @param value the ticket categories counted as complaints
     * @return a copy with them
     * @throws ValidationException on field {@code complaintCategories} if null or holding null
     */
    public ChurnOptions withComplaintCategories(Set<String> value) {
        return new ChurnOptions(currency, cutoff, windowDays, model, testShare, seed, value);
    }
}
