package org.crm4j.core.ticket;

/** How urgent a ticket is, from {@link #LOW} to {@link #URGENT}; the order of the constants is the order of urgency. */
public enum TicketPriority {
    /** Can wait. */
    LOW,
    /** The usual case. */
    NORMAL,
    /** Hurts the customer's business. */
    HIGH,
    /** Stops the customer's business. */
    URGENT
}
