package org.crm4j.core.automation;

/** Which SLA target of a ticket an escalation is about. */
public enum SlaTarget {
    /** The first agent reply. */
    FIRST_RESPONSE,
    /** The resolution. */
    RESOLUTION
}
