package org.crm4j.core.security;

import static org.crm4j.core.security.Permission.ACTIVITY_READ;
import static org.crm4j.core.security.Permission.ACTIVITY_WRITE;
import static org.crm4j.core.security.Permission.AUDIT_READ;
import static org.crm4j.core.security.Permission.CAMPAIGN_READ;
import static org.crm4j.core.security.Permission.CAMPAIGN_WRITE;
import static org.crm4j.core.security.Permission.CUSTOMER_READ;
import static org.crm4j.core.security.Permission.CUSTOMER_WRITE;
import static org.crm4j.core.security.Permission.EXPORT;
import static org.crm4j.core.security.Permission.INSIGHT_RUN;
import static org.crm4j.core.security.Permission.LEAD_READ;
import static org.crm4j.core.security.Permission.LEAD_WRITE;
import static org.crm4j.core.security.Permission.OPPORTUNITY_READ;
import static org.crm4j.core.security.Permission.OPPORTUNITY_WRITE;
import static org.crm4j.core.security.Permission.PRODUCT_READ;
import static org.crm4j.core.security.Permission.RELATIONSHIP_READ;
import static org.crm4j.core.security.Permission.RELATIONSHIP_WRITE;
import static org.crm4j.core.security.Permission.REPORT_READ;
import static org.crm4j.core.security.Permission.SALE_READ;
import static org.crm4j.core.security.Permission.SALE_WRITE;
import static org.crm4j.core.security.Permission.SURVEY_READ;
import static org.crm4j.core.security.Permission.SURVEY_WRITE;
import static org.crm4j.core.security.Permission.TICKET_READ;
import static org.crm4j.core.security.Permission.TICKET_WRITE;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The table of {@link AccessPolicy#defaults()}. */
final class DefaultAccessPolicy {

    static final AccessPolicy INSTANCE = table();

    private DefaultAccessPolicy() {
    }

    private static AccessPolicy table() {
        Map<Role, Set<Permission>> permissions = new EnumMap<>(Role.class);
        Map<Role, Scope> scopes = new EnumMap<>(Role.class);
        permissions.put(Role.ADMIN, EnumSet.allOf(Permission.class));
        scopes.put(Role.ADMIN, Scope.ALL);
        permissions.put(Role.SALES_MANAGER, EnumSet.of(CUSTOMER_READ, CUSTOMER_WRITE, LEAD_READ, LEAD_WRITE,
                OPPORTUNITY_READ, OPPORTUNITY_WRITE, ACTIVITY_READ, ACTIVITY_WRITE, SALE_READ, SALE_WRITE,
                RELATIONSHIP_READ, RELATIONSHIP_WRITE, PRODUCT_READ, CAMPAIGN_READ, TICKET_READ, SURVEY_READ,
                REPORT_READ, INSIGHT_RUN, EXPORT));
        scopes.put(Role.SALES_MANAGER, Scope.TEAM);
        permissions.put(Role.SALES_REP, EnumSet.of(CUSTOMER_READ, CUSTOMER_WRITE, LEAD_READ, LEAD_WRITE,
                OPPORTUNITY_READ, OPPORTUNITY_WRITE, ACTIVITY_READ, ACTIVITY_WRITE, SALE_READ, SALE_WRITE,
                RELATIONSHIP_READ, PRODUCT_READ, CAMPAIGN_READ, TICKET_READ));
        scopes.put(Role.SALES_REP, Scope.OWN);
        permissions.put(Role.SUPPORT_AGENT, EnumSet.of(CUSTOMER_READ, PRODUCT_READ, SALE_READ, TICKET_READ,
                TICKET_WRITE, SURVEY_READ, SURVEY_WRITE, ACTIVITY_READ, ACTIVITY_WRITE));
        scopes.put(Role.SUPPORT_AGENT, Scope.TEAM);
        permissions.put(Role.MARKETER, EnumSet.of(CUSTOMER_READ, PRODUCT_READ, SALE_READ, CAMPAIGN_READ,
                CAMPAIGN_WRITE, SURVEY_READ, SURVEY_WRITE, REPORT_READ, INSIGHT_RUN));
        scopes.put(Role.MARKETER, Scope.ALL);
        Set<Permission> reads = EnumSet.noneOf(Permission.class);
        for (Permission p : Permission.values()) {
            if (p.name().endsWith("_READ") && p != AUDIT_READ) {
                reads.add(p);
            }
        }
        reads.add(INSIGHT_RUN);
        permissions.put(Role.ANALYST, reads);
        scopes.put(Role.ANALYST, Scope.ALL);
        permissions.put(Role.AUDITOR, EnumSet.of(AUDIT_READ));
        scopes.put(Role.AUDITOR, Scope.ALL);
        return AccessPolicy.of(permissions, scopes);
    }
}
