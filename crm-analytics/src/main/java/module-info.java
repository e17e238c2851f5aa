/**
 * crm4j analytics: clustering, decision trees, time series, association rules and regression written directly
 * in Java, with no runtime dependency beyond the JDK.
 *
 * <p>Each algorithm lives in its own package and follows one pattern: a non-instantiable class with static
 * {@code fit} methods taking the data and an {@code Options} record, returning an immutable fitted model.
 */
module org.crm4j.analytics {
    exports org.crm4j.analytics.association;
    exports org.crm4j.analytics.bayes;
    exports org.crm4j.analytics.cluster;
    exports org.crm4j.analytics.lifetime;
    exports org.crm4j.analytics.regression;
    exports org.crm4j.analytics.stats;
    exports org.crm4j.analytics.svm;
    exports org.crm4j.analytics.timeseries;
    exports org.crm4j.analytics.tree;
    exports org.crm4j.analytics;
}
