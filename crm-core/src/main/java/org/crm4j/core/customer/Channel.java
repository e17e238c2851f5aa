package org.crm4j.core.customer;

/** A marketing channel a customer may consent to. */
public enum Channel {
    /** E-mail. */
    EMAIL,
    /** Text messages. */
    SMS,
    /** Phone calls. */
    PHONE,
    /** Letters. */
    POST
}
