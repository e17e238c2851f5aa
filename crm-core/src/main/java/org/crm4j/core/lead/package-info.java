/**
 * Leads: prospective customers not yet in the CRM, worked on by an owner from NEW through CONTACTED and QUALIFIED
 * until they are converted into a customer (in one transaction) or disqualified for a reason.
 */
package org.crm4j.core.lead;
