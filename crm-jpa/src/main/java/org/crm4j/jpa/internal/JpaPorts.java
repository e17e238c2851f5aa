package org.crm4j.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.Objects;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.activity.ActivityRepository;
import org.crm4j.core.automation.ServiceQueue;
import org.crm4j.core.ticket.TicketReports;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.imports.ImportRepository;
import org.crm4j.core.insight.DemandHistories;
import org.crm4j.core.insight.CustomerSignals;
import org.crm4j.core.insight.PipelineHistories;
import org.crm4j.core.insight.PurchaseHistories;
import org.crm4j.core.lead.LeadRepository;
import org.crm4j.core.opportunity.OpportunityRepository;
import org.crm4j.core.pipeline.PipelineReports;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.relationship.RelationshipRepository;
import org.crm4j.core.report.SalesReports;
import org.crm4j.core.sales.SaleRepository;
import org.crm4j.core.audit.AuditTrail;
import org.crm4j.core.backup.BackupStore;
import org.crm4j.core.security.RecordOwners;
import org.crm4j.core.survey.SurveyInvitationRepository;
import org.crm4j.core.survey.SurveyRepository;
import org.crm4j.core.ticket.TicketRepository;
import org.crm4j.core.timeline.TimelineReader;

/** Builds the core's ports over one entity manager factory; all of them share one {@link JpaTransactions}. */
public final class JpaPorts {

    private JpaPorts() {
    }

    /**
     * Creates the ports.
     *
     * @param factory the entity manager factory of crm4j's persistence unit, not null
     * @param dialect the database's dialect, not null
     * @return every port of {@link org.crm4j.core.Crm#REQUIRED_PORTS}, sharing one {@link JpaTransactions}
     */
    public static CrmPorts create(EntityManagerFactory factory, Dialect dialect) {
        return create(factory, dialect, FieldCrypto.CLEAR);
    }

    /**
     * Creates the ports with personal data sealed by {@code crypto}.
     *
     * @param factory the entity manager factory of crm4j's persistence unit, not null
     * @param dialect the database's dialect, not null
     * @param crypto  how personal columns are stored, not null ({@link FieldCrypto#CLEAR} for none)
     * @return every port of {@link org.crm4j.core.Crm#REQUIRED_PORTS}, sharing one {@link JpaTransactions}
     */
    public static CrmPorts create(EntityManagerFactory factory, Dialect dialect, FieldCrypto crypto) {
        return create(factory, dialect, crypto, DEFAULT_LOCK_TIMEOUT);
    }

    /** The longest wait for a row lock unless the host sets another: 10 seconds. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Creates the ports with personal data sealed by {@code crypto} and a lock timeout.
     *
     * @param factory     the entity manager factory of crm4j's persistence unit, not null
     * @param dialect     the database's dialect, not null
     * @param crypto      how personal columns are stored, not null ({@link FieldCrypto#CLEAR} for none)
     * @param lockTimeout the longest wait of a statement for a row lock, or null to keep the database's setting
     * @return every port of {@link org.crm4j.core.Crm#REQUIRED_PORTS}, sharing one {@link JpaTransactions}
     */
    public static CrmPorts create(EntityManagerFactory factory, Dialect dialect, FieldCrypto crypto,
            Duration lockTimeout) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(crypto, "crypto");
        JpaTransactions transactions = new JpaTransactions(factory, dialect, lockTimeout);
        return CrmPorts.builder(transactions)
                .add(CustomerRepository.class, new JpaCustomerRepository(transactions, dialect, crypto))
                .add(ProductRepository.class, new JpaProductRepository(transactions, dialect))
                .add(SaleRepository.class, new JpaSaleRepository(transactions, dialect))
                .add(SalesReports.class, new JpaSalesReports(transactions, dialect))
                .add(PurchaseHistories.class, new JpaPurchaseHistories(transactions, dialect))
                .add(DemandHistories.class, new JpaDemandHistories(transactions, dialect))
                .add(CustomerSignals.class, new JpaCustomerSignals(transactions))
                .add(PipelineHistories.class, new JpaPipelineHistories(transactions))
                .add(CampaignRepository.class, new JpaCampaignRepository(transactions, dialect))
                .add(CampaignMemberRepository.class, new JpaCampaignMemberRepository(transactions, dialect, crypto))
                .add(RelationshipRepository.class, new JpaRelationshipRepository(transactions))
                .add(ImportRepository.class, new JpaImportRepository(transactions, dialect, crypto))
                .add(LeadRepository.class, new JpaLeadRepository(transactions, dialect, crypto))
                .add(OpportunityRepository.class, new JpaOpportunityRepository(transactions, dialect, crypto))
                .add(ActivityRepository.class, new JpaActivityRepository(transactions, crypto))
                .add(TimelineReader.class, new JpaTimelineReader(transactions))
                .add(PipelineReports.class, new JpaPipelineReports(transactions, dialect))
                .add(TicketRepository.class, new JpaTicketRepository(transactions, crypto))
                .add(ServiceQueue.class, new JpaServiceQueue(transactions, dialect, crypto))
                .add(TicketReports.class, new JpaTicketReports(transactions))
                .add(SurveyRepository.class, new JpaSurveyRepository(transactions))
                .add(SurveyInvitationRepository.class,
                        new JpaSurveyInvitationRepository(transactions, dialect, crypto))
                .add(RecordOwners.class, new JpaRecordOwners(transactions))
                .add(AuditTrail.class, new JpaAuditTrail(transactions))
                .add(BackupStore.class, new JpaBackupStore(transactions, dialect))
                .build();
    }
}
