package org.crm4j.core.insight;

import java.util.Objects;
import java.util.Set;
import org.crm4j.core.product.ProductId;

/**
 * An association rule "baskets with the antecedent's products also hold the consequent's", with its measures
 * over the {@code n} baskets (Agrawal et al. 1993; Brin et al. 1997; Piatetsky-Shapiro 1991).
 *
 * @param antecedent the products X, not empty
 * @param consequent the products Y, not empty, disjoint from X
 * @param baskets    the baskets holding X and Y
 * @param support    {@code c(XY) / n}
 * @param confidence {@code c(XY) / c(X)}
 * @param lift       {@code confidence / (c(Y) / n)}: above 1 when X and Y go together more than by chance
 * @param leverage   {@code c(XY)/n − c(X) c(Y) / n²}
 * @param conviction {@code (1 − c(Y)/n) / (1 − confidence)}, infinite when the confidence is 1
 */
public record BasketRule(Set<ProductId> antecedent, Set<ProductId> consequent, int baskets, double support,
        double confidence, double lift, double leverage, double conviction) {

    /** Copies the sets. */
    public BasketRule {
        antecedent = Set.copyOf(Objects.requireNonNull(antecedent, "antecedent"));
        consequent = Set.copyOf(Objects.requireNonNull(consequent, "consequent"));
    }
}
