/**
 * Reporting over sales history: the {@link org.crm4j.core.report.SalesReports} port (sales per product per month,
 * revenue per customer, RFM inputs) that adapters may answer in SQL, and the
 * {@link org.crm4j.core.report.ReportService} in front of it. Results are domain records; amounts are grouped by
 * currency, returns are netted in, months are UTC calendar months.
 */
package org.crm4j.core.report;
