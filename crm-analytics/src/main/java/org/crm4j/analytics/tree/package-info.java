/**
 * Decision trees and forests: ID3 on categorical attributes ({@link org.crm4j.analytics.tree.Id3}), CART
 * classification and regression trees with Gini or entropy splits, declared-categorical features and minimal
 * cost-complexity pruning ({@link org.crm4j.analytics.tree.DecisionTree},
 * {@link org.crm4j.analytics.tree.RegressionTree}), and random forests
 * ({@link org.crm4j.analytics.tree.RandomForest}).
 *
 * <p>Every algorithm is a non-instantiable class with static {@code fit} methods returning an immutable model
 * whose prediction methods are pure and thread-safe. CART searches splits either exactly, on feature columns sorted
 * once (each node keeps its samples in sorted order by stable partitioning, so no node re-sorts), or on per-node
 * histograms of features binned once into at most 256 quantile bins, the larger child's histogram obtained by
 * subtraction ({@link org.crm4j.analytics.tree.SplitSearch}; the default picks by the number of rows), and follows
 * scikit-learn's conventions so that its trees can be compared with {@code DecisionTreeClassifier}: thresholds
 * halfway between consecutive distinct values, a row goes left when {@code x <= threshold}, depth counts edges.
 *
 * <p>Argument errors are {@link java.lang.IllegalArgumentException}s whose message names the argument, the rule
 * and the offending value.
 */
package org.crm4j.analytics.tree;
