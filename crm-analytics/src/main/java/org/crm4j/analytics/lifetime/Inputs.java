package org.crm4j.analytics.lifetime;

import org.crm4j.analytics.internal.Checks;

/**
 * The argument rules shared by the lifetime models. Each failure is an {@link IllegalArgumentException} naming the
 * argument, the index, the rule and the value. Rules are tested before {@link Checks#require} is called so that the
 * scan of large inputs does not box its indices.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * Checks the recency-frequency-age summary of a customer base: equal non-zero lengths, {@code frequency} whole
     * and non-negative, {@code 0 <= recency <= age}, all finite, and {@code recency = 0} where {@code frequency = 0}.
     *
     * @param frequency repeat purchases (not modified)
     * @param recency   time of the last purchase (not modified)
     * @param age       time since the first purchase (not modified)
     */
    static void requireSummary(double[] frequency, double[] recency, double[] age) {
        Checks.require(frequency != null, "frequency must not be null");
        Checks.require(recency != null, "recency must not be null");
        Checks.require(age != null, "age must not be null");
        Checks.require(frequency.length > 0, "frequency must have at least one customer, was empty");
        Checks.requireLength(recency.length, frequency.length, "recency", "the length of frequency");
        Checks.requireLength(age.length, frequency.length, "age", "the length of frequency");
        for (int i = 0; i < frequency.length; i++) {
            if (!validCustomer(frequency[i], recency[i], age[i])) {
                requireCustomer(frequency[i], recency[i], age[i], "[" + i + "]");
            }
        }
    }

    /**
     * Checks one customer's summary (the rules of {@link #requireSummary}).
     *
     * @param frequency repeat purchases
     * @param recency   time of the last purchase
     * @param age       time since the first purchase
     * @param index     appended to the argument names in messages, e.g. {@code "[3]"} or {@code ""}
     */
    static void requireCustomer(double frequency, double recency, double age, String index) {
        Checks.require(Double.isFinite(frequency) && frequency >= 0,
                "frequency%s must be a finite count of repeat purchases >= 0, was %s", index, frequency);
        Checks.require(frequency == Math.rint(frequency),
                "frequency%s must be a whole number of repeat purchases, was %s", index, frequency);
        Checks.require(Double.isFinite(age) && age >= 0, "age%s must be finite and >= 0, was %s", index, age);
        Checks.require(Double.isFinite(recency) && recency >= 0,
                "recency%s must be finite and >= 0, was %s", index, recency);
        Checks.require(recency <= age, "recency%s must be <= age%s (%s), was %s", index, index, age, recency);
        Checks.require(frequency > 0 || recency == 0,
                "recency%s must be 0 when frequency%s is 0 (no repeat purchase), was %s", index, index, recency);
    }

    private static boolean validCustomer(double x, double tx, double age) {
        return Double.isFinite(x) && x >= 0 && x == Math.rint(x) && Double.isFinite(age) && age >= 0
                && Double.isFinite(tx) && tx >= 0 && tx <= age && (x > 0 || tx == 0);
    }

    /**
     * Checks a prediction horizon.
     *
     * @param t    the horizon
     * @param name its name in messages
     */
    static void requireHorizon(double t, String name) {
        Checks.require(Double.isFinite(t) && t >= 0, "%s must be finite and >= 0, was %s", name, t);
    }

    /**
     * Checks a repeat customer's monetary summary: {@code frequency} a whole number {@code >= 1} and
     * {@code averageValue} finite and positive.
     *
     * @param frequency    repeat purchases
     * @param averageValue mean value of the repeat purchases
     * @param index        appended to the argument names in messages
     */
    static void requireRepeatCustomer(double frequency, double averageValue, String index) {
        Checks.require(Double.isFinite(frequency) && frequency >= 1 && frequency == Math.rint(frequency),
                "frequency%s must be a whole number >= 1 (Gamma-Gamma is fitted on repeat customers only; leave out"
                        + " customers without repeat purchases), was %s", index, frequency);
        Checks.require(Double.isFinite(averageValue) && averageValue > 0,
                "averageValue%s must be finite and > 0, was %s", index, averageValue);
    }

    /**
     * Checks a model argument.
     *
     * @param model the model
     * @param name  its name in messages
     */
    static void requireModel(Object model, String name) {
        Checks.require(model != null, "%s must not be null", name);
    }
}
