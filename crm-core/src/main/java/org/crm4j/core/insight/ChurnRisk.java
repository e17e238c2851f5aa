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
 * @param reasons     why: for {@link ChurnModel#TREE} the customer's whole decision path, root first; for
 *                    {@link ChurnModel#FOREST} and {@link ChurnModel#LOGISTIC} up to three conditions that raise the
 *                    risk most, strongest first (see {@link ChurnReason})
 */
public record ChurnRisk(CustomerId customerId, double probability, boolean churned, List<ChurnReason> reasons) {

    /** Copies the reasons. */
    public ChurnRisk {
        Objects.requireNonNull(customerId, "customerId");
        reasons = List.copyOf(reasons);
    }
}
