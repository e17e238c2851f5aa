package org.crm4j.core.security;

/**
 * The kinds of records that have an owner and a team ({@link Ownership}) and are seen only within a user's
 * {@link Scope}. Other records (products, sales, campaigns, ...) are governed by {@link Permission}s alone.
 */
public enum RecordType {
    /** A {@code org.crm4j.core.customer.Customer}. */
    CUSTOMER,
    /** A {@code org.crm4j.core.lead.Lead}. */
    LEAD,
    /** An {@code org.crm4j.core.opportunity.Opportunity}. */
    OPPORTUNITY,
    /** A {@code org.crm4j.core.ticket.Ticket}. */
    TICKET;

    /** @return the name used in messages and audit entries: {@code "customer"}, {@code "lead"}, ... */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
