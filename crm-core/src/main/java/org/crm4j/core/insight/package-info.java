/**
 * Insights: questions asked of the CRM's own data and answered with crm-analytics, the one package of crm-core
 * that uses {@code org.crm4j.analytics}. {@link org.crm4j.core.insight.InsightService} reads aggregates through the
 * reporting port ({@link org.crm4j.core.report.SalesReports}, computed in SQL by the JPA adapter), fits a model and
 * returns an immutable result with the numbers behind it: today customer segmentation by recency, frequency and
 * monetary value ({@link org.crm4j.core.insight.CustomerSegmentation}), whose segments become campaign target
 * lists in one call, and customer lifetime value by BG/NBD and Gamma-Gamma
 * ({@link org.crm4j.core.insight.LifetimeValues}) over purchase histories read through the
 * {@link org.crm4j.core.insight.PurchaseHistories} port, monthly or weekly retention cohorts
 * ({@link org.crm4j.core.insight.RetentionCohorts}) and churn risk learnt from the purchase histories and the
 * returns, campaign responses, relationship deteriorations, tickets and complaints counted by the
 * {@link org.crm4j.core.insight.CustomerSignals} port ({@link org.crm4j.core.insight.ChurnAnalysis}), with survey
 * answers, which also give each segment's satisfaction ({@link org.crm4j.core.insight.SegmentSatisfaction}).
 */
package org.crm4j.core.insight;
