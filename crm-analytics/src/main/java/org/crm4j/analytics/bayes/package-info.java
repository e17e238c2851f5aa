/**
 * Naive Bayes classifiers: {@link org.crm4j.analytics.bayes.CategoricalNaiveBayes} for categorical features
 * (additive smoothing) and {@link org.crm4j.analytics.bayes.GaussianNaiveBayes} for continuous ones (variance
 * smoothing as scikit-learn). Both compute in log space and return class probabilities in ascending label order;
 * they are the classic lead-scoring models of CRM products (fast, robust to many features, calibrated enough to
 * rank).
 */
package org.crm4j.analytics.bayes;
