/**
 * Frequent itemsets and association rules for basket analysis ("customers who bought X also bought Y").
 *
 * <p>{@link org.crm4j.analytics.association.FPGrowth} (Han, Pei &amp; Yin 2000) and
 * {@link org.crm4j.analytics.association.Apriori} (Agrawal &amp; Srikant 1994) mine the same
 * {@link org.crm4j.analytics.association.FrequentItemsets}: every set of items contained in at least a minimum
 * number of transactions, with its exact count. {@link org.crm4j.analytics.association.AssociationRules} turns them
 * into {@link org.crm4j.analytics.association.AssociationRule}s with support, confidence, lift, leverage and
 * conviction, and filters or sorts rules by any of these measures.
 *
 * <pre>{@code
 * List<Set<String>> baskets = ...;                          // one set of SKUs per order
 * FrequentItemsets<String> f = FPGrowth.mine(baskets, 0.01);  // itemsets in at least 1 % of the orders
 * List<AssociationRule<String>> rules = AssociationRules.generate(f, 0.6);
 * for (AssociationRule<String> r : AssociationRules.sort(rules, AssociationRule.Measure.LIFT)) {
 *     System.out.println(r);                                // [bread] => [butter] (support ..., confidence ...)
 * }
 * }</pre>
 *
 * <p>Conventions shared by the package:
 * <ul>
 *   <li>Items are any objects with consistent {@code equals} and {@code hashCode}; null items, null transactions
 *       and an empty database are rejected with {@link java.lang.IllegalArgumentException}. An item repeated in
 *       one transaction counts once. Empty transactions count towards the database size.</li>
 *   <li>An itemset is frequent when {@code count >= minSupport * n}; a rule is kept when
 *       {@code count(X u Y) / count(X) >= minConfidence}. Both comparisons are made exactly on the counts, with
 *       the fraction read as the decimal it prints as (3 of 5 meets 0.6).</li>
 *   <li>Results are immutable and safe to share between threads; the input is never modified.</li>
 * </ul>
 */
package org.crm4j.analytics.association;
