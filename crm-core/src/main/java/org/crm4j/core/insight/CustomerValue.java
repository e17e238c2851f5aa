package org.crm4j.core.insight;

import java.util.Objects;
import org.crm4j.core.customer.CustomerId;

/**
 * One customer's lifetime value, with the history it was computed from (time in weeks).
 *
 * @param customerId         the customer
 * @param repeatPurchases    the repeat transactions {@code x}: distinct sale times minus one, {@code >= 0}
 * @param recencyWeeks       {@code t_x}: weeks from the first to the last purchase, {@code >= 0}
 * @param ageWeeks           {@code T}: weeks from the first purchase to the calibration end, {@code >= t_x}
 * @param averageValue       the net revenue per transaction (all transactions, returns subtracted)
 * @param expectedPurchases  the transactions expected over the horizon, {@code >= 0}
 * @param probabilityAlive   the probability that the customer is still active, in {@code [0, 1]}
 * @param expectedValue      the expected value of one future transaction (Gamma-Gamma posterior mean)
 * @param lifetimeValue      the discounted expected revenue over the horizon, {@code >= 0}
 */
public record CustomerValue(CustomerId customerId, int repeatPurchases, double recencyWeeks, double ageWeeks,
        double averageValue, double expectedPurchases, double probabilityAlive, double expectedValue,
        double lifetimeValue) {

    /** Checks the id. */
    public CustomerValue {
        Objects.requireNonNull(customerId, "customerId");
    }
}
