package org.crm4j.jpa.internal;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.crm4j.core.Money;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignTarget;

/** Copies campaigns between the domain record and {@link CampaignEntity}. */
final class CampaignMapper {

    private CampaignMapper() {
    }

    static void copy(Campaign from, CampaignEntity to) {
        to.id = from.id().value();
        to.name = from.name();
        to.startDate = from.startDate();
        to.endDate = from.endDate();
        to.audience = from.target().audience();
        to.goal = from.target().goal();
        to.channel = from.channel().name();
        to.budgetAmount = from.budget().amount();
        to.budgetCurrency = from.budget().currency().getCurrencyCode();
        to.finishedAt = micros(from.finishedAt());
        to.cancelledAt = micros(from.cancelledAt());
        to.createdAt = Sql.micros(from.createdAt());
        to.updatedAt = Sql.micros(from.updatedAt());
        to.version = from.version();
    }

    static Campaign toDomain(CampaignEntity row) {
        return new Campaign(new CampaignId(row.id), row.name, row.startDate, row.endDate,
                new CampaignTarget(row.audience, row.goal), CampaignChannel.valueOf(row.channel),
                Money.of(row.budgetAmount, Currency.getInstance(row.budgetCurrency)),
                Optional.ofNullable(row.finishedAt), Optional.ofNullable(row.cancelledAt), row.createdAt,
                row.updatedAt, row.version);
    }

    private static Instant micros(Optional<Instant> instant) {
        return instant.map(Sql::micros).orElse(null);
    }
}
