package org.crm4j.jpa.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Money;
import org.crm4j.core.UserId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.opportunity.LineItem;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.opportunity.StageChange;
import org.crm4j.core.product.ProductId;

/**
 * Copies opportunities between the domain record and {@link OpportunityEntity}, sealing and opening the lost
 * reason; lists in their order.
 */
final class OpportunityMapper {

    private OpportunityMapper() {
    }

    static void copy(Opportunity from, OpportunityEntity to, FieldCrypto crypto) {
        to.id = from.id().value();
        to.customerId = from.customer().map(CustomerId::value).orElse(null);
        to.name = from.name();
        to.ownerId = from.owner().value();
        to.amount = from.amount().amount();
        to.currency = from.amount().currency().getCurrencyCode();
        to.expectedCloseDate = from.expectedCloseDate();
        to.stage = from.stage().name();
        to.probability = from.probability();
        String keyId = crypto.notesKeyId();
        to.lostReason = crypto.sealText(from.lostReason().orElse(null), FieldCrypto.OPPORTUNITIES, to.id.toString(),
                "lost_reason", keyId);
        to.sealedFields = crypto.notesMask();
        to.dataKeyId = keyId;
        to.closedAt = from.closedAt().map(Sql::micros).orElse(null);
        to.createdAt = Sql.micros(from.createdAt());
        to.updatedAt = Sql.micros(from.updatedAt());
        to.version = from.version();
        List<OpportunityEntity.StageChange> history = new ArrayList<>(from.history().size());
        for (StageChange change : from.history()) {
            history.add(new OpportunityEntity.StageChange(change.previous().name(), change.current().name(),
                    Sql.micros(change.at())));
        }
        to.history.clear();
        to.history.addAll(history);
        List<OpportunityEntity.LineItem> items = new ArrayList<>(from.lineItems().size());
        for (LineItem item : from.lineItems()) {
            items.add(new OpportunityEntity.LineItem(item.product().value(), item.quantity(),
                    item.unitPrice().amount()));
        }
        to.lineItems.clear();
        to.lineItems.addAll(items);
    }

    static Opportunity toDomain(OpportunityEntity row, FieldCrypto crypto) {
        String lostReason = crypto.openText(row.lostReason, FieldCrypto.OPPORTUNITIES, row.id.toString(),
                "lost_reason", row.sealedFields);
        Currency currency = Currency.getInstance(row.currency);
        List<StageChange> history = new ArrayList<>(row.history.size());
        for (OpportunityEntity.StageChange change : row.history) {
            history.add(new StageChange(OpportunityStage.valueOf(change.previous),
                    OpportunityStage.valueOf(change.current), change.changedAt));
        }
        List<LineItem> items = new ArrayList<>(row.lineItems.size());
        for (OpportunityEntity.LineItem item : row.lineItems) {
            items.add(new LineItem(new ProductId(item.productId), item.quantity, Money.of(item.unitPrice, currency)));
        }
        return new Opportunity(new OpportunityId(row.id), Optional.ofNullable(row.customerId).map(CustomerId::new),
                row.name, new UserId(row.ownerId), Money.of(row.amount, currency), row.expectedCloseDate,
                OpportunityStage.valueOf(row.stage), row.probability, history, Optional.ofNullable(lostReason),
                items, row.createdAt, row.updatedAt, row.version);
    }
}
