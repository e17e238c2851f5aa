package org.crm4j.core.automation;

/** How close a ticket's SLA target is to its breach when it is escalated. */
public enum EscalationLevel {
    /** Not achieved, the clock running, and at most the rule's lead time of business time left. */
    AT_RISK,
    /** Not achieved and past its due instant. */
    BREACHED
}
