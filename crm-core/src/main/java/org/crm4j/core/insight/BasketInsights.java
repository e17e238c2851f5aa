package org.crm4j.core.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crm4j.analytics.association.AssociationRule;
import org.crm4j.analytics.association.AssociationRules;
import org.crm4j.analytics.association.FPGrowth;
import org.crm4j.analytics.association.FrequentItemsets;
import org.crm4j.analytics.association.MiningOptions;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;

/** The basket insight of {@link DefaultInsightService}: reads the basket lines, mines them with FP-Growth. */
final class BasketInsights {

    private final DemandHistories histories;
    private final Transactions transactions;

    BasketInsights(DemandHistories histories, Transactions transactions) {
        this.histories = histories;
        this.transactions = transactions;
    }

    BasketAnalysis baskets(BasketOptions options, ProgressListener listener) {
        if (options == null) {
            throw new ValidationException("options", "must not be null", null);
        }
        if (listener == null) {
            throw new ValidationException("listener", "must not be null", null);
        }
        List<List<ProductId>> baskets = new ArrayList<>();
        Map<CustomerId, Set<ProductId>> bought = new HashMap<>();
        long[] lines = new long[1];
        transactions.run(() -> {
            baskets.clear(); // a retried transaction streams again from the start
            bought.clear();
            lines[0] = 0;
            histories.forEachBasket(options.from(), options.to(), (customer, day, products) -> {
                baskets.add(products);
                bought.computeIfAbsent(customer, c -> new HashSet<>()).addAll(products);
                lines[0] += products.size();
            });
        });
        listener.progress("read " + lines[0] + " basket lines", 1, 3);
        if (baskets.isEmpty()) {
            throw new ValidationException("baskets", "must include at least one basket in [from, to)", 0);
        }
        FrequentItemsets<ProductId> itemsets = FPGrowth.mine(baskets, MiningOptions.defaults()
                .withMinSupport(options.minSupport()).withMaxLength(options.maxItems()));
        listener.progress("found " + itemsets.size() + " frequent product sets in " + baskets.size() + " baskets",
                2, 3);
        List<BasketRule> rules = new ArrayList<>();
        for (AssociationRule<ProductId> r : AssociationRules.generate(itemsets, options.minConfidence())) {
            rules.add(new BasketRule(r.antecedent(), r.consequent(), r.count(), r.support(), r.confidence(),
                    r.lift(), r.leverage(), r.conviction()));
        }
        listener.progress("derived " + rules.size() + " rules", 3, 3);
        return new BasketAnalysis(options, baskets.size(), itemsets.size(), rules, bought);
    }
}
