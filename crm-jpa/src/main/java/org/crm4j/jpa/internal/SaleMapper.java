package org.crm4j.jpa.internal;

import java.util.Currency;
import java.util.Optional;
import org.crm4j.core.Money;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleId;

/** Copies sales between the domain record and {@link SaleEntity}. */
final class SaleMapper {

    private SaleMapper() {
    }

    static SaleEntity toEntity(Sale from) {
        SaleEntity to = new SaleEntity();
        to.id = from.id().value();
        to.customerId = from.customerId().value();
        to.productId = from.productId().value();
        to.quantity = from.quantity();
        to.unitPriceAmount = from.unitPrice().amount();
        to.unitPriceCurrency = from.unitPrice().currency().getCurrencyCode();
        to.soldAt = Sql.micros(from.soldAt());
        to.campaignId = from.campaign().map(CampaignId::value).orElse(null);
        to.returnOf = from.returnOf().map(SaleId::value).orElse(null);
        to.requestId = from.requestId().orElse(null);
        return to;
    }

    static Sale toDomain(SaleEntity row) {
        return new Sale(new SaleId(row.id), new CustomerId(row.customerId), new ProductId(row.productId),
                row.quantity, Money.of(row.unitPriceAmount, Currency.getInstance(row.unitPriceCurrency)), row.soldAt,
                Optional.ofNullable(row.campaignId).map(CampaignId::new),
                Optional.ofNullable(row.returnOf).map(SaleId::new), Optional.ofNullable(row.requestId));
    }
}
