package org.crm4j.core.report;

import java.time.YearMonth;
import org.crm4j.core.Money;
import org.crm4j.core.product.ProductId;

/**
 * The net sales of one product in one UTC calendar month, in one currency: units sold minus units returned, and
 * the revenue of sales minus the refunds of returns.
 *
 * @param productId the product
 * @param month     the UTC calendar month of the sale or return time
 * @param quantity  units sold minus units returned
 * @param revenue   sum of unit price times quantity, returns negative
 */
public record ProductMonthlySales(ProductId productId, YearMonth month, long quantity, Money revenue) {
}
