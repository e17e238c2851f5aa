package org.crm4j.core.sales;

import java.time.Instant;
import java.util.Optional;
import org.crm4j.core.Money;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;

/**
 * One recorded stock movement to or from a customer: a sale (positive quantity) or a return of part of an earlier
 * sale (negative quantity, {@code returnOf} set). Sales are history: never changed, never deleted. Immutable.
 *
 * @param id         the identity
 * @param customerId the customer who bought or returned
 * @param productId  the product
 * @param quantity   units sold (&gt; 0) or returned (&lt; 0); never 0
 * @param unitPrice  the product's price when the sale was recorded (for a return: the price of the sale)
 * @param soldAt     when the sale or return happened
 * @param campaign   the campaign the sale is attributed to, if any
 * @param returnOf   for a return, the sale it returns units of; empty for a sale
 */
public record Sale(SaleId id, CustomerId customerId, ProductId productId, int quantity, Money unitPrice,
        Instant soldAt, Optional<CampaignId> campaign, Optional<SaleId> returnOf) {

    /**
     * Checks the invariants.
     *
     * @throws ValidationException naming the field: a required component null, {@code "quantity"} not positive
     *                             for a sale or not negative for a return, {@code "unitPrice"} negative
     */
    public Sale {
        Require.nonNull("saleId", id);
        Require.nonNull("customerId", customerId);
        Require.nonNull("productId", productId);
        Require.nonNull("unitPrice", unitPrice);
        Require.nonNull("soldAt", soldAt);
        campaign = campaign == null ? Optional.empty() : campaign;
        returnOf = returnOf == null ? Optional.empty() : returnOf;
        if (returnOf.isEmpty() && quantity <= 0) {
            throw new ValidationException("quantity", "must be > 0", quantity);
        }
        if (returnOf.isPresent() && quantity >= 0) {
            throw new ValidationException("quantity", "must be < 0 for a return", quantity);
        }
        if (unitPrice.isNegative()) {
            throw new ValidationException("unitPrice", "must not be negative", unitPrice);
        }
    }

    /** @return whether this is a return of part of an earlier sale */
    public boolean isReturn() {
        return returnOf.isPresent();
    }

    /** @return the unit price times the quantity: negative for a return */
    public Money total() {
        return unitPrice.times(quantity);
    }

}
