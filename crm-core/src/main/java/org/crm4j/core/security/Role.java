package org.crm4j.core.security;

/**
 * The roles crm4j ships. What each may do is decided by an {@link AccessPolicy}: {@link AccessPolicy#defaults()}
 * gives the table of crm-core's README, a host may replace it.
 */
public enum Role {
    /** Everything, on every record. */
    ADMIN,
    /** The sales features, on every record of the manager's team. */
    SALES_MANAGER,
    /** The sales features, on the representative's own records and those shared with the team. */
    SALES_REP,
    /** Tickets and surveys, reading customers and sales, on the team's records. */
    SUPPORT_AGENT,
    /** Campaigns and surveys, reading customers, on every record. */
    MARKETER,
    /** Reading everything but the audit trail, running insights and reports, on every record. */
    ANALYST,
    /** Reading the audit trail only. */
    AUDITOR
}
