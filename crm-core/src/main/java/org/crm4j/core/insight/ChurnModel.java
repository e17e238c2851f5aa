package org.crm4j.core.insight;

/** The classifier of {@link InsightService#churn(ChurnOptions)}. */
public enum ChurnModel {
    /** A CART classification tree (Gini, depth at most 5, at least 5 customers per leaf). */
    TREE,
    /** A random forest of 100 CART trees (Breiman 2001). */
    FOREST,
    /** Logistic regression on the standardised features; its odds ratios are per standard deviation. */
    LOGISTIC
}
