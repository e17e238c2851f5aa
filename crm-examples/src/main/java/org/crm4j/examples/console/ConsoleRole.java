package org.crm4j.examples.console;

/**
 * The role names of crm4j's access model (issue #20), as the console grants them to Spring Security users
 * ({@code ROLE_} + name). Until crm4j's own {@code SecurityContext} port exists, the console enforces them on its
 * URLs only (see {@link SecurityConfiguration}); crm4j's services do not see who is calling.
 */
public enum ConsoleRole {
    /** Everything, including deleting. */
    ADMIN,
    /** The sales team's customers, products, sales and pipeline. */
    SALES_MANAGER,
    /** Own customers, sales and pipeline. */
    SALES_REP,
    /** Tickets and surveys, and the customers they concern. */
    SUPPORT_AGENT,
    /** Campaigns and surveys. */
    MARKETER,
    /** Read-only insights. */
    ANALYST,
    /** Read-only audit view. */
    AUDITOR
}
