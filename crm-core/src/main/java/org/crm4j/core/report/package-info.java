/**
 * Reporting over sales history: the {@link org.crm4j.core.report.SalesReports} port (sales per product per month,
 * revenue per customer, RFM inputs, sales per day) that adapters may answer in SQL, and the
 * {@link org.crm4j.core.report.ReportService} in front of it (which also sums the days into weeks and months
 * with the change against the period before). Results are domain records; amounts are grouped by
 * currency, returns are netted in, months are UTC calendar months.
 */
package org.crm4j.core.report;
