package org.crm4j.core.insight;

import java.util.List;
import java.util.Objects;
import org.crm4j.core.customer.CustomerId;

/**
 * One customer's churn risk.
 *
 * @param customerId  the customer
 * @param probability the model's probability that the customer churns, in {@code [0, 1]}
 * @param churned     whether the customer did churn in the window (the label the model learnt from)
 * @param reasons     up to three features that push the risk up most, in words, strongest first
 */
public record ChurnRisk(CustomerId customerId, double probability, boolean churned, List<String> reasons) {

    /** Copies the reasons. */
    public ChurnRisk {
        Objects.requireNonNull(customerId, "customerId");
        reasons = List.copyOf(reasons);
    }
}
