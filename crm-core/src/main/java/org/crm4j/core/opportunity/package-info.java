/**
 * Opportunities: possible deals with a customer, worked through the stages PROSPECTING, QUALIFICATION, PROPOSAL
 * and NEGOTIATION (each with a host-configurable default probability) until they are won (optionally recording
 * the sales of their line items in the same transaction) or lost for a reason.
 */
package org.crm4j.core.opportunity;
