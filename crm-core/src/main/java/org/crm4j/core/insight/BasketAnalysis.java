package org.crm4j.core.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;

/**
 * The result of {@link InsightService#baskets(BasketOptions)}: the association rules between products found by
 * FP-Growth in the baskets (one customer's purchases on one UTC day), strongest first, and each customer's
 * products, from which {@link #recommendFor} recommends. Immutable and thread-safe.
 */
public final class BasketAnalysis {

    /** The order of rules: lift, then confidence, then support, descending; then the products' ids as text. */
    static final Comparator<BasketRule> STRONGEST_FIRST = Comparator.comparingDouble(BasketRule::lift).reversed()
            .thenComparing(Comparator.comparingDouble(BasketRule::confidence).reversed())
            .thenComparing(Comparator.comparingDouble(BasketRule::support).reversed())
            .thenComparing(BasketAnalysis::key);

    private final BasketOptions options;
    private final int baskets;
    private final int itemsets;
    private final List<BasketRule> rules;
    private final Map<CustomerId, Set<ProductId>> bought;

    BasketAnalysis(BasketOptions options, int baskets, int itemsets, List<BasketRule> rules,
            Map<CustomerId, Set<ProductId>> bought) {
        this.options = Objects.requireNonNull(options, "options");
        this.baskets = baskets;
        this.itemsets = itemsets;
        List<BasketRule> sorted = new ArrayList<>(rules);
        sorted.sort(STRONGEST_FIRST);
        this.rules = List.copyOf(sorted);
        Map<CustomerId, Set<ProductId>> copy = new HashMap<>();
        bought.forEach((c, p) -> copy.put(c, Set.copyOf(p)));
        this.bought = Map.copyOf(copy);
    }

    private static String key(BasketRule rule) {
        return rule.antecedent().stream().map(p -> p.value().toString()).sorted().toList() + "=>"
                + rule.consequent().stream().map(p -> p.value().toString()).sorted().toList();
    }

    /** @return the options */
    public BasketOptions options() {
        return options;
    }

    /** @return the number of baskets mined */
    public int baskets() {
        return baskets;
    }

    /** @return the number of customers with a basket */
    public int customers() {
        return bought.size();
    }

    /** @return the number of frequent product sets (at least {@code minSupport}) */
    public int frequentItemsets() {
        return itemsets;
    }

    /** @return the rules with at least the options' support and confidence, strongest (highest lift) first */
    public List<BasketRule> rules() {
        return rules;
    }

    /**
     * Ranks the products a customer has not bought (in the analysed period) by the rules their purchases trigger:
     * a rule with one product as consequent whose antecedent the customer has bought entirely. Each product is
     * scored by the highest confidence of such a rule (ties: higher lift), which explains it.
     *
     * @param customer the customer, not null
     * @param n        the most recommendations, {@code >= 0}
     * @return up to {@code n} recommendations, highest score first (ties: higher lift, then product id as text);
     *         empty when the customer bought nothing in the period or triggers no rule
     * @throws ValidationException on field {@code customerId} ({@code must not be null}) or {@code n}
     *                             ({@code must be >= 0})
     */
    public List<Recommendation> recommendFor(CustomerId customer, int n) {
        if (customer == null) {
            throw new ValidationException("customerId", "must not be null", null);
        }
        if (n < 0) {
            throw new ValidationException("n", "must be >= 0", n);
        }
        Set<ProductId> mine = bought.getOrDefault(customer, Set.of());
        Map<ProductId, BasketRule> best = new HashMap<>();
        for (BasketRule rule : rules) {
            if (rule.consequent().size() != 1 || !mine.containsAll(rule.antecedent())) {
                continue;
            }
            ProductId product = rule.consequent().iterator().next();
            if (mine.contains(product)) {
                continue;
            }
            BasketRule known = best.get(product);
            if (known == null || rule.confidence() > known.confidence()
                    || rule.confidence() == known.confidence() && rule.lift() > known.lift()) {
                best.put(product, rule);
            }
        }
        return best.entrySet().stream()
                .map(e -> new Recommendation(e.getKey(), e.getValue().confidence(), e.getValue()))
                .sorted(Comparator.comparingDouble(Recommendation::score).reversed()
                        .thenComparing(Comparator.comparingDouble((Recommendation r) -> r.rule().lift()).reversed())
                        .thenComparing(r -> r.product().value().toString()))
                .limit(n).toList();
    }

    /** @return the analysis in plain language */
    public String describe() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d baskets of %d customers from %s to %s hold %d product sets in at least %.1f %% of the baskets,"
                        + " giving %d rules with a confidence of at least %.0f %%.", baskets, customers(),
                options.from(), options.to(), itemsets, 100 * options.minSupport(), rules.size(),
                100 * options.minConfidence()));
        for (int i = 0; i < Math.min(3, rules.size()); i++) {
            BasketRule r = rules.get(i);
            text.append(String.format(Locale.ROOT, " %s %s → %s: support %.3f, confidence %.2f, lift %.2f.",
                    i == 0 ? "Strongest:" : "Then", r.antecedent(), r.consequent(), r.support(), r.confidence(),
                    r.lift()));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "BasketAnalysis[baskets=" + baskets + ", rules=" + rules.size() + "]";
    }
}
