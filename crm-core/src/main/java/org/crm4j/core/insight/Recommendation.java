package org.crm4j.core.insight;

import java.util.Objects;
import org.crm4j.core.product.ProductId;

/**
 * A product recommended by {@link BasketAnalysis#recommendFor}, with the rule that explains it: the customer has
 * bought every product of the rule's antecedent, and the rule's consequent is this product.
 *
 * @param product the product the customer has not bought
 * @param score   the rule's confidence: the share of baskets with the antecedent that also held the product
 * @param rule    the strongest rule the customer's history triggers for the product
 */
public record Recommendation(ProductId product, double score, BasketRule rule) {

    /** Checks that no component is null. */
    public Recommendation {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(rule, "rule");
    }
}
