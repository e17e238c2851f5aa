package org.crm4j.jpa.internal;

import java.util.List;

/** The managed classes of crm4j's persistence unit, listed explicitly (no scanning). */
public final class Entities {

    private Entities() {
    }

    /** @return every entity class crm4j maps */
    public static List<Class<?>> all() {
        return List.of(CustomerEntity.class, ProductEntity.class, SaleEntity.class, CampaignEntity.class,
                RelationshipEntity.class, LeadEntity.class,
                OpportunityEntity.class, ActivityEntity.class, TicketEntity.class,
                SurveyEntity.class, SurveyInvitationEntity.class,
                EscalationFlagEntity.class, TeamTurnEntity.class, RecordOwnerEntity.class,
                AuditEntryEntity.class);
    }
}
