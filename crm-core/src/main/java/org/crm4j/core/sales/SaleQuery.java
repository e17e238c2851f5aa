package org.crm4j.core.sales;

import java.time.Instant;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;

/**
 * Search criteria for sales and returns. Every present criterion must hold; an empty one accepts everything.
 * Immutable.
 *
 * @param customerId the customer
 * @param productId  the product
 * @param campaign   the attributed campaign
 * @param from       with {@code to}, the half-open period of instants {@code [from, to)} of {@link Sale#soldAt()}:
 *                   sold at or after this instant
 * @param to         sold before this instant (exclusive)
 */
public record SaleQuery(Optional<CustomerId> customerId, Optional<ProductId> productId,
        Optional<CampaignId> campaign, Optional<Instant> from, Optional<Instant> to) {

    /**
     * Validates the period.
     *
     * @throws ValidationException on the field of a null {@code Optional} (rule {@link Require#NOT_NULL}), or on
     *                             field {@code "to"} if it is before {@code from}
     */
    public SaleQuery {
        Require.nonNull("customerId", customerId);
        Require.nonNull("productId", productId);
        Require.nonNull("campaign", campaign);
        Require.nonNull("from", from);
        Require.nonNull("to", to);
        Require.notBefore("to", to.orElse(null), "from", from.orElse(null));
    }

    /** @return criteria matching every sale and return */
    public static SaleQuery all() {
        return new SaleQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * @param customer the customer, not null
     * @return a copy that also requires the customer
     */
    public SaleQuery withCustomer(CustomerId customer) {
        return new SaleQuery(Optional.of(Require.nonNull("customerId", customer)), productId, campaign, from, to);
    }

    /**
     * @param product the product, not null
     * @return a copy that also requires the product
     */
    public SaleQuery withProduct(ProductId product) {
        return new SaleQuery(customerId, Optional.of(Require.nonNull("productId", product)), campaign, from, to);
    }

    /**
     * @param attributed the campaign, not null
     * @return a copy that also requires the campaign
     */
    public SaleQuery withCampaign(CampaignId attributed) {
        return new SaleQuery(customerId, productId, Optional.of(Require.nonNull("campaign", attributed)), from, to);
    }

    /**
     * @param start sold at or after, not null
     * @param end   sold before (exclusive), not before {@code start}
     * @return a copy that also requires the sale time in {@code [start, end)}
     */
    public SaleQuery between(Instant start, Instant end) {
        Require.period("from", start, "to", end);
        return new SaleQuery(customerId, productId, campaign, Optional.of(start), Optional.of(end));
    }

    /**
     * Whether a sale matches, as adapters that filter in memory need it; database adapters implement the same
     * meaning in their query language.
     *
     * @param sale the sale or return
     * @return whether all present criteria hold
     */
    public boolean matches(Sale sale) {
        return customerId.map(sale.customerId()::equals).orElse(true)
                && productId.map(sale.productId()::equals).orElse(true)
                && campaign.map(c -> sale.campaign().filter(c::equals).isPresent()).orElse(true)
                && from.map(f -> !sale.soldAt().isBefore(f)).orElse(true)
                && to.map(t -> sale.soldAt().isBefore(t)).orElse(true);
    }
}
