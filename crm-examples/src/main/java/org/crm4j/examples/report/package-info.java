/**
 * The insights of a CRM as text tables ({@link org.crm4j.examples.report.InsightTables}), XChart charts
 * ({@link org.crm4j.examples.report.Charts}) and a self-contained HTML report with SVG charts
 * ({@link org.crm4j.examples.report.HtmlReport}), all from one {@link org.crm4j.examples.report.CrmInsights}.
 */
package org.crm4j.examples.report;
