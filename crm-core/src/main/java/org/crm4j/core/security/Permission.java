package org.crm4j.core.security;

/**
 * What a user may do: read or write one feature, or one of the cross-cutting actions. An {@link AccessPolicy}
 * grants permissions to {@link Role}s; every service operation of a CRM with a {@link SecurityContext} requires
 * exactly one permission (the table is in crm-core's README, "Access control").
 */
public enum Permission {
    /** Read customers, their timeline. */
    CUSTOMER_READ,
    /** Register, change, tag, archive, delete customers; import customers. */
    CUSTOMER_WRITE,
    /** Read products. */
    PRODUCT_READ,
    /** Create, change, restock, delete products; import products. */
    PRODUCT_WRITE,
    /** Read sales and returns. */
    SALE_READ,
    /** Record sales and returns; import sales. */
    SALE_WRITE,
    /** Read campaigns, their members and results. */
    CAMPAIGN_READ,
    /** Plan, change, target, run campaigns; target a segment. */
    CAMPAIGN_WRITE,
    /** Read customer relationships and paths. */
    RELATIONSHIP_READ,
    /** Establish, change, end, delete customer relationships. */
    RELATIONSHIP_WRITE,
    /** Read leads. */
    LEAD_READ,
    /** Create, work, reassign, convert leads. */
    LEAD_WRITE,
    /** Read opportunities. */
    OPPORTUNITY_READ,
    /** Create, move, win, lose, reassign opportunities. */
    OPPORTUNITY_WRITE,
    /** Read activities. */
    ACTIVITY_READ,
    /** Record and complete activities. */
    ACTIVITY_WRITE,
    /** Read tickets, their service levels and escalation flags. */
    TICKET_READ,
    /** Open, work, assign, comment, resolve tickets; run the service automation. */
    TICKET_WRITE,
    /** Read surveys, invitations and satisfaction. */
    SURVEY_READ,
    /** Define surveys, invite, record answers. */
    SURVEY_WRITE,
    /** Read the sales and pipeline reports. */
    REPORT_READ,
    /** Export what the CRM holds (privacy export, backups). */
    EXPORT,
    /** Erase (anonymise) a customer's personal data. */
    ERASE,
    /** Run the insights (segments, lifetime values, churn, forecasts, scores, baskets). */
    INSIGHT_RUN,
    /** Read and verify the audit trail. */
    AUDIT_READ
}
