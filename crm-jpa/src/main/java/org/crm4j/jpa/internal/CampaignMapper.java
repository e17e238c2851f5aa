package org.crm4j.jpa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Money;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.customer.CustomerId;

/** Copies campaigns between the domain record and {@link CampaignEntity}; members keep their order. */
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
        List<CampaignEntity.Member> members = new ArrayList<>(from.members().size());
        for (CampaignMember member : from.members()) {
            members.add(new CampaignEntity.Member(member.customer().value(), Sql.micros(member.targetedAt()),
                    micros(member.respondedAt()), micros(member.convertedAt())));
        }
        to.members.clear();
        to.members.addAll(members);
    }

    static Campaign toDomain(CampaignEntity row) {
        List<CampaignMember> members = new ArrayList<>(row.members.size());
        for (CampaignEntity.Member member : row.members) {
            members.add(new CampaignMember(new CustomerId(member.customerId), member.targetedAt,
                    Optional.ofNullable(member.respondedAt), Optional.ofNullable(member.convertedAt)));
        }
        return new Campaign(new CampaignId(row.id), row.name, row.startDate, row.endDate,
                new CampaignTarget(row.audience, row.goal), CampaignChannel.valueOf(row.channel),
                Money.of(row.budgetAmount, Currency.getInstance(row.budgetCurrency)),
                Optional.ofNullable(row.finishedAt), Optional.ofNullable(row.cancelledAt), members, row.createdAt,
                row.updatedAt, row.version);
    }

    private static Instant micros(Optional<Instant> instant) {
        return instant.map(Sql::micros).orElse(null);
    }
}
