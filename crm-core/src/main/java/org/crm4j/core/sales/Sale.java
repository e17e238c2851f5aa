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
 * @param unitPrice  the product's price when the sale was recorded, or the negotiated price the sale was recorded
 *                   with (for a return: the price of the sale)
 * @param soldAt     when the sale or return happened
 * @param campaign   the campaign the sale is attributed to, if any
 * @param returnOf   for a return, the sale it returns units of; empty for a sale
 * @param requestId  the client's request id the sale was recorded with (see {@link NewSale}), unique in the CRM;
 *                   empty if none was given
 */
public record Sale(SaleId id, CustomerId customerId, ProductId productId, int quantity, Money unitPrice,
        Instant soldAt, Optional<CampaignId> campaign, Optional<SaleId> returnOf, Optional<String> requestId) {

    /** Longest request id. */
    public static final int REQUEST_ID_MAX_LENGTH = 100;
    /** The rule a request id must follow. */
    public static final String REQUEST_ID_RULE = "must be 1 to " + REQUEST_ID_MAX_LENGTH
            + " characters A-Z, a-z, 0-9, '.', '_', ':' or '-'";
    /** Rule: a unit price is not negative. */
    public static final String UNIT_PRICE_NOT_NEGATIVE = "must not be negative";
    /** Rule: a negotiated unit price is in the currency of the product's price ({@code %s}: its code). */
    public static final String UNIT_PRICE_CURRENCY = "must be in %s, the currency of the product's price";

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
        Require.nonNull("campaign", campaign);
        Require.nonNull("returnOf", returnOf);
        Require.nonNull("requestId", requestId);
        Require.storable("soldAt", soldAt);
        Require.storable("unitPrice", unitPrice);
        requestId.ifPresent(value -> checkRequestId(value, "requestId"));
        if (returnOf.isEmpty() && quantity <= 0) {
            throw new ValidationException("quantity", "must be > 0", quantity);
        }
        if (returnOf.isPresent() && quantity >= 0) {
            throw new ValidationException("quantity", "must be < 0 for a return", quantity);
        }
        if (unitPrice.isNegative()) {
            throw new ValidationException("unitPrice", UNIT_PRICE_NOT_NEGATIVE, unitPrice);
        }
    }

    /**
     * A sale or return without request id.
     *
     * @param id         the identity
     * @param customerId the customer
     * @param productId  the product
     * @param quantity   units sold (&gt; 0) or returned (&lt; 0)
     * @param unitPrice  the unit price
     * @param soldAt     when
     * @param campaign   the campaign, if any
     * @param returnOf   for a return, the sale it returns units of
     */
    public Sale(SaleId id, CustomerId customerId, ProductId productId, int quantity, Money unitPrice, Instant soldAt,
            Optional<CampaignId> campaign, Optional<SaleId> returnOf) {
        this(id, customerId, productId, quantity, unitPrice, soldAt, campaign, returnOf, Optional.empty());
    }

    /**
     * Checks a request id.
     *
     * @param value the request id, not null
     * @param field the field name to report
     * @return the value
     * @throws ValidationException on {@code field} with {@link #REQUEST_ID_RULE}
     */
    static String checkRequestId(String value, String field) {
        boolean ok = !value.isEmpty() && value.length() <= REQUEST_ID_MAX_LENGTH;
        for (int i = 0; ok && i < value.length(); i++) {
            char c = value.charAt(i);
            ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == ':' || c == '-';
        }
        if (!ok) {
            throw new ValidationException(field, REQUEST_ID_RULE, value);
        }
        return value;
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
