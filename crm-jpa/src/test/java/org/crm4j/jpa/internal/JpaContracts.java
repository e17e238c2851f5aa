package org.crm4j.jpa.internal;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.AccessControlContract;
import org.crm4j.core.contract.ActivityServiceContract;
import org.crm4j.core.contract.AuditTrailContract;
import org.crm4j.core.contract.BadInputCatalogueContract;
import org.crm4j.core.contract.BadInputContract;
import org.crm4j.core.contract.CampaignMemberRepositoryContract;
import org.crm4j.core.contract.CampaignRepositoryContract;
import org.crm4j.core.contract.CampaignServiceContract;
import org.crm4j.core.contract.BasketContract;
import org.crm4j.core.contract.CampaignEffectContract;
import org.crm4j.core.contract.LeadScoringContract;
import org.crm4j.core.contract.PipelineForecastContract;
import org.crm4j.core.contract.ChurnContract;
import org.crm4j.core.contract.DemandForecastContract;
import org.crm4j.core.contract.CustomerRepositoryContract;
import org.crm4j.core.contract.CustomerServiceContract;
import org.crm4j.core.contract.ImportServiceContract;
import org.crm4j.core.contract.GeneratedCommandsContract;
import org.crm4j.core.contract.GeneratedPipelineCommandsContract;
import org.crm4j.core.contract.IdempotentSalesContract;
import org.crm4j.core.contract.LookupsContract;
import org.crm4j.core.contract.InsightServiceContract;
import org.crm4j.core.contract.LeadRepositoryContract;
import org.crm4j.core.contract.LeadServiceContract;
import org.crm4j.core.contract.LifetimeValueContract;
import org.crm4j.core.contract.OpportunityRepositoryContract;
import org.crm4j.core.contract.OpportunityServiceContract;
import org.crm4j.core.contract.PipelineReportsContract;
import org.crm4j.core.contract.PrivacyServiceContract;
import org.crm4j.core.contract.BackupServiceContract;
import org.crm4j.core.contract.ProductRepositoryContract;
import org.crm4j.core.contract.ProductServiceContract;
import org.crm4j.core.contract.RelationshipRepositoryContract;
import org.crm4j.core.contract.RelationshipServiceContract;
import org.crm4j.core.contract.ReportServiceContract;
import org.crm4j.core.contract.RetentionContract;
import org.crm4j.core.contract.SaleRepositoryContract;
import org.crm4j.core.contract.SalesBatchContract;
import org.crm4j.core.contract.SalesReportsContract;
import org.crm4j.core.contract.SalesServiceContract;
import org.crm4j.core.contract.StorageLimitsContract;
import org.crm4j.core.contract.ServiceAutomationContract;
import org.crm4j.core.contract.SurveyServiceContract;
import org.crm4j.core.contract.TicketReportsContract;
import org.crm4j.core.contract.TicketServiceContract;
import org.crm4j.core.contract.TimelineContract;
import org.crm4j.core.contract.TransactionsContract;
import org.crm4j.jpa.PersonalDataEncryption;
import org.crm4j.jpa.PersonalField;
import org.crm4j.jpa.testing.TestKeys;
import org.junit.jupiter.api.Nested;

/**
 * Every contract suite of crm-core's test-jar, run against the JPA adapter on one database. The subclasses pick
 * the database: {@link H2ContractsTest} always, {@link PostgresqlContractsTest} and {@link MariadbContractsTest}
 * under {@code -Pdatabases}.
 */
abstract class JpaContracts {

    /** @return the database the suites run on */
    abstract Dialect dialect();

    CrmPorts emptyPorts() {
        return JpaTestFixture.on(dialect()).emptyPorts();
    }

    @Nested
    class AccessControl extends AccessControlContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class AuditTrail extends AuditTrailContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class AuditTamper extends AuditTamperSuite {
        @Override
        Dialect dialect() {
            return JpaContracts.this.dialect();
        }
    }

    @Nested
    class CustomerRepository extends CustomerRepositoryContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class ProductRepository extends ProductRepositoryContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class SaleRepository extends SaleRepositoryContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class SalesReports extends SalesReportsContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class Transactions extends TransactionsContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class CustomerService extends CustomerServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class ProductService extends ProductServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class SalesService extends SalesServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class SalesBatch extends SalesBatchContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class BadInput extends BadInputContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class BadInputCatalogue extends BadInputCatalogueContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class CampaignRepository extends CampaignRepositoryContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class CampaignMemberRepository extends CampaignMemberRepositoryContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class CampaignMemberWrites extends CampaignMemberWritesSuite {
        @Override
        Dialect dialect() {
            return JpaContracts.this.dialect();
        }
    }

    @Nested
    class CustomerGetAllQueries extends CustomerGetAllQueriesSuite {
        @Override
        Dialect dialect() {
            return JpaContracts.this.dialect();
        }
    }

    @Nested
    class CampaignMemberMigration extends CampaignMemberMigrationSuite {
        @Override
        Dialect dialect() {
            return JpaContracts.this.dialect();
        }
    }

    @Nested
    class ImportService extends ImportServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class CampaignService extends CampaignServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class RelationshipRepository extends RelationshipRepositoryContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class RelationshipService extends RelationshipServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class TicketReports extends TicketReportsContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class TicketService extends TicketServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class ReportService extends ReportServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class IdempotentSales extends IdempotentSalesContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class GeneratedCommands extends GeneratedCommandsContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class GeneratedPipelineCommands extends GeneratedPipelineCommandsContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class InsightService extends InsightServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class LifetimeValue extends LifetimeValueContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class Retention extends RetentionContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class Churn extends ChurnContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class Basket extends BasketContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class LeadScoring extends LeadScoringContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class DemandForecast extends DemandForecastContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class PipelineForecasts extends PipelineForecastContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class CampaignEffects extends CampaignEffectContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class LeadRepository extends LeadRepositoryContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class LeadService extends LeadServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class OpportunityRepository extends OpportunityRepositoryContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class OpportunityService extends OpportunityServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class ActivityService extends ActivityServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class Timeline extends TimelineContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class PipelineReports extends PipelineReportsContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class Lookups extends LookupsContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class StorageLimits extends StorageLimitsContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class ServiceAutomation extends ServiceAutomationContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class SurveyService extends SurveyServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    /** Every personal field encrypted under the test key "k1". */
    CrmPorts encryptedPorts() {
        return JpaTestFixture.on(dialect()).emptyPorts(FieldCrypto.of(PersonalDataEncryption.with(TestKeys.of("k1"))));
    }

    @Nested
    class EncryptedCustomerRepository extends CustomerRepositoryContract {
        @Override
        protected CrmPorts newPorts() {
            return encryptedPorts();
        }

        @Override
        protected boolean searchesPersonalText() {
            return false;
        }
    }

    @Nested
    class EncryptedLeadRepository extends LeadRepositoryContract {
        @Override
        protected CrmPorts newPorts() {
            return encryptedPorts();
        }

        @Override
        protected boolean searchesPersonalText() {
            return false;
        }
    }

    @Nested
    class EncryptedLeadService extends LeadServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return encryptedPorts();
        }
    }

    @Nested
    class EncryptedCustomerService extends CustomerServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return encryptedPorts();
        }
    }

    /** Names and dates of birth kept in clear (sorting by name, searching by age), e-mail and phone encrypted. */
    @Nested
    class EncryptedLookups extends LookupsContract {
        @Override
        protected CrmPorts newPorts() {
            return JpaTestFixture.on(dialect()).emptyPorts(FieldCrypto.of(PersonalDataEncryption
                    .with(TestKeys.of("k1")).keepInClear(PersonalField.NAME, PersonalField.DATE_OF_BIRTH)));
        }
    }

    @Nested
    class EncryptedCampaignMemberRepository extends CampaignMemberRepositoryContract {
        @Override
        protected CrmPorts newPorts() {
            return encryptedPorts();
        }

        @Override
        protected boolean searchesPersonalText() {
            return false;
        }
    }

    @Nested
    class PrivacyService extends PrivacyServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class BackupService extends BackupServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return emptyPorts();
        }
    }

    @Nested
    class EncryptedBackupService extends BackupServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return encryptedPorts();
        }
    }

    @Nested
    class EncryptedPrivacyService extends PrivacyServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return encryptedPorts();
        }
    }

    @Nested
    class EncryptedImportService extends ImportServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return encryptedPorts();
        }
    }

    /** The bad-input catalogue with every personal field and free text encrypted. */
    @Nested
    class EncryptedBadInputCatalogue extends BadInputCatalogueContract {
        @Override
        protected CrmPorts newPorts() {
            return encryptedPorts();
        }
    }

    @Nested
    class EncryptedActivityService extends ActivityServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return encryptedPorts();
        }
    }

    @Nested
    class EncryptedTicketService extends TicketServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return encryptedPorts();
        }
    }

    @Nested
    class EncryptedServiceAutomation extends ServiceAutomationContract {
        @Override
        protected CrmPorts newPorts() {
            return encryptedPorts();
        }
    }

    /** Free texts encrypted; names in clear, as the contract lists campaign members sorted by name. */
    @Nested
    class EncryptedSurveyService extends SurveyServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return JpaTestFixture.on(dialect()).emptyPorts(FieldCrypto.of(PersonalDataEncryption
                    .with(TestKeys.of("k1")).keepInClear(PersonalField.NAME)));
        }
    }

    @Nested
    class EncryptedOpportunityService extends OpportunityServiceContract {
        @Override
        protected CrmPorts newPorts() {
            return encryptedPorts();
        }
    }

    @Nested
    class FreeTextAtRest extends FreeTextAtRestSuite {
        @Override
        Dialect dialect() {
            return JpaContracts.this.dialect();
        }
    }

    @Nested
    class PersonalDataAtRest extends PersonalDataAtRestSuite {
        @Override
        Dialect dialect() {
            return JpaContracts.this.dialect();
        }
    }
}
