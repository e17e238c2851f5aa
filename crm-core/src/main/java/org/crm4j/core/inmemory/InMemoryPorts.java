package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.activity.ActivityRepository;
import org.crm4j.core.audit.AuditTrail;
import org.crm4j.core.backup.BackupStore;
import org.crm4j.core.automation.ServiceQueue;
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
import org.crm4j.core.survey.SurveyInvitationRepository;
import org.crm4j.core.security.RecordOwners;
import org.crm4j.core.survey.SurveyRepository;
import org.crm4j.core.ticket.TicketReports;
import org.crm4j.core.ticket.TicketRepository;
import org.crm4j.core.report.SalesReports;
import org.crm4j.core.sales.SaleRepository;
import org.crm4j.core.timeline.TimelineReader;

/** Creates in-memory port bundles. */
public final class InMemoryPorts {

    private InMemoryPorts() {
    }

    /**
     * @return a fresh, empty, thread-safe bundle of every port of {@link org.crm4j.core.Crm#REQUIRED_PORTS}, all
     *         sharing one store and one transaction lock
     */
    public static CrmPorts create() {
        InMemoryStore store = new InMemoryStore();
        return CrmPorts.builder(store)
                .add(CustomerRepository.class, new InMemoryCustomerRepository(store))
                .add(ProductRepository.class, new InMemoryProductRepository(store))
                .add(SaleRepository.class, new InMemorySaleRepository(store))
                .add(SalesReports.class, new InMemorySalesReports(store))
                .add(PurchaseHistories.class, new InMemoryPurchaseHistories(store))
                .add(DemandHistories.class, new InMemoryDemandHistories(store))
                .add(CustomerSignals.class, new InMemoryCustomerSignals(store))
                .add(PipelineHistories.class, new InMemoryPipelineHistories(store))
                .add(CampaignRepository.class, new InMemoryCampaignRepository(store))
                .add(CampaignMemberRepository.class, new InMemoryCampaignMemberRepository(store))
                .add(RelationshipRepository.class, new InMemoryRelationshipRepository(store))
                .add(ImportRepository.class, new InMemoryImportRepository(store))
                .add(LeadRepository.class, new InMemoryLeadRepository(store))
                .add(OpportunityRepository.class, new InMemoryOpportunityRepository(store))
                .add(ActivityRepository.class, new InMemoryActivityRepository(store))
                .add(TimelineReader.class, new InMemoryTimelineReader(store))
                .add(PipelineReports.class, new InMemoryPipelineReports(store))
                .add(TicketRepository.class, new InMemoryTicketRepository(store))
                .add(ServiceQueue.class, new InMemoryServiceQueue(store))
                .add(TicketReports.class, new InMemoryTicketReports(store))
                .add(SurveyRepository.class, new InMemorySurveyRepository(store))
                .add(SurveyInvitationRepository.class, new InMemorySurveyInvitationRepository(store))
                .add(RecordOwners.class, new InMemoryRecordOwners(store))
                .add(AuditTrail.class, new InMemoryAuditTrail(store))
                .add(BackupStore.class, new InMemoryBackupStore(store))
                .build();
    }
}
