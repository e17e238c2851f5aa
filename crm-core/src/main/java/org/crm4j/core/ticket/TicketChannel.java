package org.crm4j.core.ticket;

/** How a ticket reached customer service. */
public enum TicketChannel {
    /** By e-mail. */
    EMAIL,
    /** By phone. */
    PHONE,
    /** Through a web form. */
    WEB,
    /** By chat. */
    CHAT,
    /** In a shop or office. */
    IN_PERSON
}
