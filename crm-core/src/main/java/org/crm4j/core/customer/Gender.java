package org.crm4j.core.customer;

/** A customer's gender as the customer stated it. */
public enum Gender {
    /** Female. */
    FEMALE,
    /** Male. */
    MALE,
    /** Another gender. */
    OTHER,
    /** Not stated; the default. */
    UNDISCLOSED
}
