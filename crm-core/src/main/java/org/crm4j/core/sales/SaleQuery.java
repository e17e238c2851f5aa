package org.crm4j.core.sales;

import java.time.Instant;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;

/**
 * Search criteria for sales and returns; every criterion is optional (null) and all given ones must match.
 * Immutable.
 *
 * @param customerId the customer, or null
 * @param productId  the product, or null
 * @param campaign   the attributed campaign, or null
 * @param from       sold at or after this instant, or null
 * @param to         sold before this instant (exclusive), or null
 */
public record SaleQuery(CustomerId customerId, ProductId productId, CampaignId campaign, Instant from, Instant to) {


    /**
     * Validates the date range.
     *
     * @throws ValidationException on field {@code "to"} if it is before {@code from}
     */
    public SaleQuery {
        Require.notBefore("to", to, "from", from);
    }

    /** @return criteria matching every sale and return */
    public static SaleQuery all() {
        return new SaleQuery(null, null, null, null, null);
    }

    /**
     * @param customer the customer
     * @return a copy that also requires the customer
     */
    public SaleQuery withCustomer(CustomerId customer) {
        return new SaleQuery(customer, productId, campaign, from, to);
    }

    /**
     * @param product the product
     * @return a copy that also requires the product
     */
    public SaleQuery withProduct(ProductId product) {
        return new SaleQuery(customerId, product, campaign, from, to);
    }

    /**
     * @param attributed the campaign
     * @return a copy that also requires the campaign
     */
    public SaleQuery withCampaign(CampaignId attributed) {
        return new SaleQuery(customerId, productId, attributed, from, to);
    }

    /**
     * @param start sold at or after, or null
     * @param end   sold before (exclusive), or null
     * @return a copy that also requires the sale time in {@code [start, end)}
     */
    public SaleQuery between(Instant start, Instant end) {
        return new SaleQuery(customerId, productId, campaign, start, end);
    }

    /**
     * Whether a sale matches, as adapters that filter in memory need it.
     *
     * @param sale the sale or return
     * @return whether all given criteria match
     */
    public boolean matches(Sale sale) {
        return (customerId == null || sale.customerId().equals(customerId))
                && (productId == null || sale.productId().equals(productId))
                && (campaign == null || sale.campaign().filter(campaign::equals).isPresent())
                && (from == null || !sale.soldAt().isBefore(from))
                && (to == null || sale.soldAt().isBefore(to));
    }
}
