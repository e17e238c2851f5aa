package org.crm4j.jpa.internal;

import java.util.Optional;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.activity.ActivityId;
import org.crm4j.core.activity.ActivityType;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.opportunity.OpportunityId;

/** Copies activities between the domain record and {@link ActivityEntity}, sealing and opening the body. */
final class ActivityMapper {

    private ActivityMapper() {
    }

    static void copy(Activity from, ActivityEntity to, FieldCrypto crypto) {
        to.id = from.id().value();
        to.type = from.type().name();
        to.subject = from.subject();
        String keyId = crypto.notesKeyId();
        to.body = crypto.sealText(from.body().orElse(null), FieldCrypto.ACTIVITIES, to.id.toString(), "body", keyId);
        to.sealedFields = crypto.notesMask();
        to.dataKeyId = keyId;
        to.customerId = from.customer().map(CustomerId::value).orElse(null);
        to.leadId = from.lead().map(LeadId::value).orElse(null);
        to.opportunityId = from.opportunity().map(OpportunityId::value).orElse(null);
        to.occurredAt = from.occurredAt().map(Sql::micros).orElse(null);
        to.dueDate = from.dueDate().orElse(null);
        to.completedAt = from.completedAt().map(Sql::micros).orElse(null);
        to.timelineAt = Sql.micros(from.timelineAt());
        to.createdAt = Sql.micros(from.createdAt());
        to.version = from.version();
    }

    static Activity toDomain(ActivityEntity row, FieldCrypto crypto) {
        String body = crypto.openText(row.body, FieldCrypto.ACTIVITIES, row.id.toString(), "body", row.sealedFields);
        return new Activity(new ActivityId(row.id), ActivityType.valueOf(row.type), row.subject,
                Optional.ofNullable(body), Optional.ofNullable(row.customerId).map(CustomerId::new),
                Optional.ofNullable(row.leadId).map(LeadId::new),
                Optional.ofNullable(row.opportunityId).map(OpportunityId::new), Optional.ofNullable(row.occurredAt),
                Optional.ofNullable(row.dueDate), Optional.ofNullable(row.completedAt), row.createdAt, row.version);
    }
}
