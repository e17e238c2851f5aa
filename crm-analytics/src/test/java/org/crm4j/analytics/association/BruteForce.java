package org.crm4j.analytics.association;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The test oracle: frequent itemsets and rules by plain enumeration and counting, sharing no code with the miners.
 */
final class BruteForce {

    private BruteForce() {
    }

    /** The number of transactions containing every item of {@code items}, by scanning. */
    static <T> int count(List<? extends Collection<? extends T>> transactions, Set<T> items) {
        int count = 0;
        for (Collection<? extends T> transaction : transactions) {
            if (transaction.containsAll(items)) {
                count++;
            }
        }
        return count;
    }

    /** The smallest count meeting a relative threshold: {@code c >= minSupport * n}, on the decimal value. */
    static int minCount(double minSupport, int n) {
        BigDecimal required = new BigDecimal(Double.toString(minSupport)).multiply(BigDecimal.valueOf(n));
        int c = 1;
        while (BigDecimal.valueOf(c).compareTo(required) < 0) {
            c++;
        }
        return c;
    }

    /**
     * Every itemset of at most {@code maxLength} items contained in at least {@code minCount} transactions, by
     * enumerating every subset of the item universe (for small universes only).
     */
    static <T> Map<Set<T>, Integer> bySubsets(List<? extends Collection<T>> transactions, int minCount,
                                              int maxLength) {
        Set<T> seen = new LinkedHashSet<>();
        transactions.forEach(seen::addAll);
        List<T> universe = new ArrayList<>(seen);
        if (universe.size() > 16) {
            throw new IllegalArgumentException("universe too large for subset enumeration: " + universe.size());
        }
        Map<Set<T>, Integer> frequent = new HashMap<>();
        for (int mask = 1; mask < (1 << universe.size()); mask++) {
            if (Integer.bitCount(mask) > maxLength) {
                continue;
            }
            Set<T> items = new HashSet<>();
            for (int i = 0; i < universe.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    items.add(universe.get(i));
                }
            }
            int count = count(transactions, items);
            if (count >= minCount) {
                frequent.put(items, count);
            }
        }
        return frequent;
    }

    /**
     * Every frequent itemset by depth-first extension over per-item transaction bit sets (for larger databases):
     * an itemset is extended only by items after its last one in a fixed (sorted) order.
     */
    static Map<Set<String>, Integer> byBitSets(List<? extends Collection<String>> transactions, int minCount) {
        Map<String, BitSet> covers = new HashMap<>();
        for (int row = 0; row < transactions.size(); row++) {
            for (String item : transactions.get(row)) {
                covers.computeIfAbsent(item, k -> new BitSet()).set(row);
            }
        }
        List<String> items = new ArrayList<>(new TreeSet<>(covers.keySet()));
        Map<Set<String>, Integer> frequent = new HashMap<>();
        BitSet all = new BitSet();
        all.set(0, transactions.size());
        extend(new ArrayList<>(), all, 0, items, covers, minCount, frequent);
        return frequent;
    }

    private static void extend(List<String> prefix, BitSet cover, int from, List<String> items,
                               Map<String, BitSet> covers, int minCount, Map<Set<String>, Integer> frequent) {
        for (int i = from; i < items.size(); i++) {
            BitSet extended = (BitSet) cover.clone();
            extended.and(covers.get(items.get(i)));
            int count = extended.cardinality();
            if (count >= minCount) {
                prefix.add(items.get(i));
                frequent.put(Set.copyOf(prefix), count);
                extend(prefix, extended, i + 1, items, covers, minCount, frequent);
                prefix.remove(prefix.size() - 1);
            }
        }
    }

    /** A rule as the oracle sees it: its two sides and its three counts. */
    record Rule<T>(Set<T> antecedent, Set<T> consequent, int count, int antecedentCount, int consequentCount) {
    }

    /**
     * Every rule {@code X => Z \ X} of every frequent itemset {@code Z} whose confidence is at least
     * {@code minConfidence}, decided on the decimal value: {@code c(Z) >= minConfidence * c(X)}.
     */
    static <T> Set<Rule<T>> rules(Map<Set<T>, Integer> frequent, double minConfidence) {
        BigDecimal threshold = new BigDecimal(Double.toString(minConfidence));
        Set<Rule<T>> rules = new HashSet<>();
        for (Map.Entry<Set<T>, Integer> entry : frequent.entrySet()) {
            List<T> items = new ArrayList<>(entry.getKey());
            int k = items.size();
            for (int mask = 1; mask < (1 << k) - 1; mask++) {
                Set<T> x = new HashSet<>();
                Set<T> y = new HashSet<>();
                for (int i = 0; i < k; i++) {
                    ((mask & (1 << i)) != 0 ? x : y).add(items.get(i));
                }
                int cx = frequent.get(x);
                if (BigDecimal.valueOf(entry.getValue()).compareTo(threshold.multiply(BigDecimal.valueOf(cx))) >= 0) {
                    rules.add(new Rule<>(x, y, entry.getValue(), cx, frequent.get(y)));
                }
            }
        }
        return rules;
    }

    /** The miner's rules in the oracle's form. */
    static <T> Set<Rule<T>> asOracleRules(List<AssociationRule<T>> rules) {
        Set<Rule<T>> converted = new HashSet<>();
        for (AssociationRule<T> r : rules) {
            converted.add(new Rule<>(new HashSet<>(r.antecedent()), new HashSet<>(r.consequent()), r.count(),
                    r.antecedentCount(), r.consequentCount()));
        }
        return converted;
    }

    /** The miner's itemsets as a map from item set to count. */
    static <T> Map<Set<T>, Integer> asMap(FrequentItemsets<T> itemsets) {
        Map<Set<T>, Integer> map = new HashMap<>();
        itemsets.stream().forEach(s -> map.put(new HashSet<>(s.items()), s.count()));
        return map;
    }
}
