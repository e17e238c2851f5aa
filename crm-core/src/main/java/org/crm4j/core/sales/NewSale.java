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
 * Command: record that a customer bought units of a product. The unit price is the product's price at that moment,
 * unless the command gives a negotiated one ({@link #withUnitPrice(Money)}, as a won opportunity's line items do).
 *
 * <p>A {@code requestId} makes recording idempotent: it is stored with the sale, unique in the CRM, and recording
 * a sale whose request id is already stored returns the stored sale instead of recording another (also when the
 * first call failed with a {@link org.crm4j.core.CommitOutcomeUnknownException} after all, and when several
 * threads record it at once). Give every sale the client means to record once its own id, for example a UUID
 * made when the order was placed, and reuse it for retries.
 *
 * @param customerId the buyer, an existing active customer
 * @param productId  the product, an existing active product with enough stock
 * @param quantity   the units, at least 1
 * @param soldAt     when the sale happened, not in the future; empty for now (the service's clock)
 * @param campaign   the campaign to attribute the sale to; empty for none
 * @param requestId  the client's id of this sale, 1 to {@value Sale#REQUEST_ID_MAX_LENGTH} characters
 *                   {@code A-Z a-z 0-9 . _ : -}; empty for none
 * @param unitPrice  the price of one unit agreed with the buyer, in the currency of the product's price and not
 *                   negative (checked when the sale is recorded); empty for the product's price at that moment
 */
public record NewSale(CustomerId customerId, ProductId productId, int quantity, Optional<Instant> soldAt,
        Optional<CampaignId> campaign, Optional<String> requestId, Optional<Money> unitPrice) {

    /**
     * @throws ValidationException on field {@code "soldAt"}, {@code "campaign"}, {@code "requestId"} or
     *                             {@code "unitPrice"}, rule {@link Require#NOT_NULL}, if an {@code Optional} is null
     */
    public NewSale {
        Require.nonNull("soldAt", soldAt);
        Require.nonNull("campaign", campaign);
        Require.nonNull("requestId", requestId);
        Require.nonNull("unitPrice", unitPrice);
    }

    /**
     * The command without a negotiated unit price (the product's price applies).
     *
     * @param customerId the buyer
     * @param productId  the product
     * @param quantity   the units
     * @param soldAt     when, or empty for now
     * @param campaign   the campaign, or empty
     * @param requestId  the client's id, or empty
     */
    public NewSale(CustomerId customerId, ProductId productId, int quantity, Optional<Instant> soldAt,
            Optional<CampaignId> campaign, Optional<String> requestId) {
        this(customerId, productId, quantity, soldAt, campaign, requestId, Optional.empty());
    }

    /**
     * A sale happening now, without campaign or request id; add them with the withers.
     *
     * @param customerId the buyer
     * @param productId  the product
     * @param quantity   the units
     * @return the command
     */
    public static NewSale of(CustomerId customerId, ProductId productId, int quantity) {
        return new NewSale(customerId, productId, quantity, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * @param at when the sale happened, not null
     * @return a copy with that time
     */
    public NewSale withSoldAt(Instant at) {
        return new NewSale(customerId, productId, quantity, Optional.of(Require.nonNull("soldAt", at)), campaign,
                requestId, unitPrice);
    }

    /**
     * @param attributed the campaign to attribute the sale to, not null
     * @return a copy with that campaign
     */
    public NewSale withCampaign(CampaignId attributed) {
        return new NewSale(customerId, productId, quantity, soldAt,
                Optional.of(Require.nonNull("campaign", attributed)), requestId, unitPrice);
    }

    /**
     * @param value the client's id of this sale (checked when the sale is recorded), not null
     * @return a copy with that request id
     */
    public NewSale withRequestId(String value) {
        return new NewSale(customerId, productId, quantity, soldAt, campaign,
                Optional.of(Require.nonNull("requestId", value)), unitPrice);
    }

    /**
     * @param price the negotiated price of one unit (currency and sign checked when the sale is recorded), not null
     * @return a copy with that unit price instead of the product's
     */
    public NewSale withUnitPrice(Money price) {
        return new NewSale(customerId, productId, quantity, soldAt, campaign, requestId,
                Optional.of(Require.nonNull("unitPrice", price)));
    }
}
