package org.crm4j.core.guard;

import static org.crm4j.core.security.Permission.ACTIVITY_READ;
import static org.crm4j.core.security.Permission.ACTIVITY_WRITE;
import static org.crm4j.core.security.Permission.AUDIT_READ;
import static org.crm4j.core.security.Permission.CAMPAIGN_READ;
import static org.crm4j.core.security.Permission.CAMPAIGN_WRITE;
import static org.crm4j.core.security.Permission.CUSTOMER_READ;
import static org.crm4j.core.security.Permission.CUSTOMER_WRITE;
import static org.crm4j.core.security.Permission.ERASE;
import static org.crm4j.core.security.Permission.EXPORT;
import static org.crm4j.core.security.Permission.INSIGHT_RUN;
import static org.crm4j.core.security.Permission.LEAD_READ;
import static org.crm4j.core.security.Permission.LEAD_WRITE;
import static org.crm4j.core.security.Permission.OPPORTUNITY_READ;
import static org.crm4j.core.security.Permission.OPPORTUNITY_WRITE;
import static org.crm4j.core.security.Permission.PRODUCT_READ;
import static org.crm4j.core.security.Permission.PRODUCT_WRITE;
import static org.crm4j.core.security.Permission.RELATIONSHIP_READ;
import static org.crm4j.core.security.Permission.RELATIONSHIP_WRITE;
import static org.crm4j.core.security.Permission.REPORT_READ;
import static org.crm4j.core.security.Permission.SALE_READ;
import static org.crm4j.core.security.Permission.SALE_WRITE;
import static org.crm4j.core.security.Permission.SURVEY_READ;
import static org.crm4j.core.security.Permission.SURVEY_WRITE;
import static org.crm4j.core.security.Permission.TICKET_READ;
import static org.crm4j.core.security.Permission.TICKET_WRITE;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.crm4j.core.ValidationException;
import org.crm4j.core.access.AccessService;
import org.crm4j.core.activity.ActivityService;
import org.crm4j.core.audit.AuditService;
import org.crm4j.core.automation.ServiceAutomation;
import org.crm4j.core.campaign.CampaignService;
import org.crm4j.core.customer.CustomerService;
import org.crm4j.core.imports.ImportService;
import org.crm4j.core.insight.InsightService;
import org.crm4j.core.lead.LeadService;
import org.crm4j.core.opportunity.OpportunityService;
import org.crm4j.core.pipeline.PipelineReportService;
import org.crm4j.core.privacy.PrivacyService;
import org.crm4j.core.product.ProductService;
import org.crm4j.core.relationship.RelationshipService;
import org.crm4j.core.report.ReportService;
import org.crm4j.core.sales.SalesService;
import org.crm4j.core.security.Permission;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.security.RecordType;
import org.crm4j.core.survey.SurveyService;
import org.crm4j.core.ticket.TicketReportService;
import org.crm4j.core.ticket.TicketService;
import org.crm4j.core.timeline.TimelineService;

/**
 * The permission every service operation needs, declared once per service: the feature's read permission for the
 * methods listed as reads, its write permission for every other method (so that a method added later is a write
 * until someone lists it), and a few operations of their own. {@code OperationsTest} checks that every listed
 * name is a method of its service, the roles × operations matrix test pins the outcome per role. The services in
 * {@link #BY_RECORD} act on any owned record: their methods need the read or write permission of the type of the
 * {@link RecordRef} they are given.
 */
public final class Operations {

    /** The rule of each guarded service interface. */
    public static final Map<Class<?>, Rule> RULES = Map.ofEntries(
            Map.entry(CustomerService.class, Rule.of(CUSTOMER_READ, CUSTOMER_WRITE,
                    "get", "find", "findByEmail", "findByPhone", "getAll", "search")),
            Map.entry(ProductService.class, Rule.of(PRODUCT_READ, PRODUCT_WRITE, "get", "find", "findBySku",
                    "search")),
            Map.entry(SalesService.class, Rule.of(SALE_READ, SALE_WRITE, "get", "find", "history", "search")),
            Map.entry(ReportService.class, Rule.of(REPORT_READ, REPORT_READ)),
            Map.entry(CampaignService.class, Rule.of(CAMPAIGN_READ, CAMPAIGN_WRITE, "get", "find", "search",
                    "campaignsOf", "results", "members", "controlGroup")),
            Map.entry(RelationshipService.class, Rule.of(RELATIONSHIP_READ, RELATIONSHIP_WRITE, "get", "find",
                    "search", "neighbours", "deterioratedBetween", "shortestPath")),
            Map.entry(ImportService.class, new Rule(CUSTOMER_WRITE, CUSTOMER_WRITE, Set.of(),
                    Map.of("importProducts", PRODUCT_WRITE, "importSales", SALE_WRITE))),
            Map.entry(LeadService.class, Rule.of(LEAD_READ, LEAD_WRITE, "get", "find", "search",
                    "matchingCustomer")),
            Map.entry(OpportunityService.class, Rule.of(OPPORTUNITY_READ, OPPORTUNITY_WRITE, "get", "find",
                    "search")),
            Map.entry(ActivityService.class, Rule.of(ACTIVITY_READ, ACTIVITY_WRITE, "get", "find", "search")),
            Map.entry(TimelineService.class, Rule.of(CUSTOMER_READ, CUSTOMER_READ)),
            Map.entry(PipelineReportService.class, Rule.of(REPORT_READ, REPORT_READ)),
            Map.entry(TicketService.class, Rule.of(TICKET_READ, TICKET_WRITE, "get", "find", "ofCustomer", "sla")),
            Map.entry(TicketReportService.class, Rule.of(TICKET_READ, TICKET_READ)),
            Map.entry(SurveyService.class, Rule.of(SURVEY_READ, SURVEY_WRITE, "get", "find", "invitation",
                    "invitationsOf", "satisfaction")),
            Map.entry(ServiceAutomation.class, Rule.of(TICKET_READ, TICKET_WRITE, "rules", "flags")),
            Map.entry(InsightService.class, new Rule(INSIGHT_RUN, INSIGHT_RUN, Set.of(),
                    Map.of("targetSegment", CAMPAIGN_WRITE, "markAtRisk", CUSTOMER_WRITE))),
            Map.entry(AuditService.class, Rule.of(AUDIT_READ, AUDIT_READ)),
            Map.entry(PrivacyService.class, Rule.of(EXPORT, ERASE, "export")));

    /**
     * The services whose methods need the permission of the type of their {@link RecordRef} argument, with the names
     * of their reading methods (every other method is a write).
     */
    public static final Map<Class<?>, Set<String>> BY_RECORD = Map.of(AccessService.class, Set.of("ownership"));

    private Operations() {
    }

    /**
     * @param service a guarded service interface
     * @return whether {@link #RULES} or {@link #BY_RECORD} has a rule for it
     */
    public static boolean isRuled(Class<?> service) {
        return RULES.containsKey(service) || BY_RECORD.containsKey(service);
    }

    /**
     * @param service a guarded service interface
     * @param method  one of its methods
     * @param args    the call's arguments
     * @return the permission the call needs
     * @throws ValidationException      on field {@code "record"} if a service of {@link #BY_RECORD} is called
     *                                  without a record
     * @throws IllegalArgumentException if {@code service} has no rule
     */
    public static Permission permissionOf(Class<?> service, Method method, Object[] args) {
        Set<String> reads = BY_RECORD.get(service);
        if (reads == null) {
            return permissionOf(service, method);
        }
        RecordType type = Arrays.stream(args).filter(RecordRef.class::isInstance).map(RecordRef.class::cast)
                .findFirst().orElseThrow(() -> new ValidationException("record", "must not be null", null)).type();
        boolean read = reads.contains(method.getName());
        return switch (type) {
            case CUSTOMER -> read ? CUSTOMER_READ : CUSTOMER_WRITE;
            case LEAD -> read ? LEAD_READ : LEAD_WRITE;
            case OPPORTUNITY -> read ? OPPORTUNITY_READ : OPPORTUNITY_WRITE;
            case TICKET -> read ? TICKET_READ : TICKET_WRITE;
        };
    }

    /**
     * @param service a guarded service interface
     * @param method  one of its methods
     * @return the permission the method needs
     * @throws IllegalArgumentException if {@code service} has no rule
     */
    public static Permission permissionOf(Class<?> service, Method method) {
        Rule rule = RULES.get(service);
        if (rule == null) {
            throw new IllegalArgumentException("service must have a rule in Operations.RULES, was " + service);
        }
        return rule.permissionOf(method.getName());
    }

    /**
     * How one service's methods map to permissions.
     *
     * @param read      the permission of the methods in {@code reads}
     * @param write     the permission of every other method
     * @param reads     the names of the reading methods
     * @param overrides methods with a permission of their own, by name
     */
    public record Rule(Permission read, Permission write, Set<String> reads, Map<String, Permission> overrides) {

        /** Copies. */
        public Rule {
            reads = Set.copyOf(reads);
            overrides = Map.copyOf(overrides);
        }

        static Rule of(Permission read, Permission write, String... reads) {
            return new Rule(read, write, Set.of(reads), Map.of());
        }

        /**
         * @param method a method name
         * @return its permission
         */
        public Permission permissionOf(String method) {
            Permission own = overrides.get(method);
            if (own != null) {
                return own;
            }
            return reads.contains(method) ? read : write;
        }
    }
}
