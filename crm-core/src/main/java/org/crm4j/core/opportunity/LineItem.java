package org.crm4j.core.opportunity;

import org.crm4j.core.Money;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.product.ProductId;

/**
 * One line of an opportunity: units of a product at a negotiated unit price. Immutable.
 *
 * @param product   the product
 * @param quantity  the units, at least 1
 * @param unitPrice the price of one unit, not negative
 */
public record LineItem(ProductId product, int quantity, Money unitPrice) {

    /**
     * Checks the line.
     *
     * @throws ValidationException on {@code "productId"} if null, {@code "quantity"} if not positive,
     *                             {@code "unitPrice"} if null or negative
     */
    public LineItem {
        Require.nonNull("productId", product);
        Require.positive("quantity", quantity);
        Require.nonNull("unitPrice", unitPrice);
        if (unitPrice.isNegative()) {
            throw new ValidationException("unitPrice", Opportunity.NOT_NEGATIVE, unitPrice);
        }
    }

    /** @return quantity × unit price */
    public Money total() {
        return unitPrice.times(quantity);
    }
}
