package org.crm4j.core.insight;

import java.time.LocalDate;
import java.util.Objects;
import org.crm4j.core.product.ProductId;

/**
 * One product's net unit sales in one period, as {@link DemandHistories#unitSales} reports them: units sold in the
 * period minus the units of those sales returned (a return counts in the period of the sale it returns).
 *
 * @param productId   the product
 * @param periodStart the first day of the period (a Monday or the first of a month, UTC)
 * @param units       the net units
 */
public record UnitSales(ProductId productId, LocalDate periodStart, long units) {

    /** Checks that no component is null. */
    public UnitSales {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(periodStart, "periodStart");
    }
}
