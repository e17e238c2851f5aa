package org.crm4j.core.sales;

import java.time.Instant;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;

/**
 * Command: record that a customer bought units of a product. The unit price is the product's price at that moment.
 *
 * @param customerId the buyer, an existing active customer
 * @param productId  the product, an existing active product with enough stock
 * @param quantity   the units, at least 1
 * @param soldAt     when the sale happened, not in the future; null for now (the service's clock)
 * @param campaign   the campaign to attribute the sale to, or null
 */
public record NewSale(CustomerId customerId, ProductId productId, int quantity, Instant soldAt, CampaignId campaign) {

    /**
     * A sale happening now, without campaign.
     *
     * @param customerId the buyer
     * @param productId  the product
     * @param quantity   the units
     * @return the command
     */
    public static NewSale of(CustomerId customerId, ProductId productId, int quantity) {
        return new NewSale(customerId, productId, quantity, null, null);
    }
}
