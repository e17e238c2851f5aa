package org.crm4j.jpa.internal;

import java.util.Optional;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.activity.ActivityId;
import org.crm4j.core.activity.ActivityType;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.opportunity.OpportunityId;

/** Copies activities between the domain record and {@link ActivityEntity}. */
final class ActivityMapper {

    private ActivityMapper() {
    }

    static void copy(Activity from, ActivityEntity to) {
        to.id = from.id().value();
        to.type = from.type().name();
        to.subject = from.subject();
        to.body = from.body().orElse(null);
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

    static Activity toDomain(ActivityEntity row) {
        return new Activity(new ActivityId(row.id), ActivityType.valueOf(row.type), row.subject,
                Optional.ofNullable(row.body), Optional.ofNullable(row.customerId).map(CustomerId::new),
                Optional.ofNullable(row.leadId).map(LeadId::new),
                Optional.ofNullable(row.opportunityId).map(OpportunityId::new), Optional.ofNullable(row.occurredAt),
                Optional.ofNullable(row.dueDate), Optional.ofNullable(row.completedAt), row.createdAt, row.version);
    }
}
