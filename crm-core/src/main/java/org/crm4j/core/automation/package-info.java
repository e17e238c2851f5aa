/**
 * Service automation: the host's {@link org.crm4j.core.automation.AutomationRules} (assignment of new tickets by
 * category to a team, round-robin or least-loaded; escalation of SLA targets at risk or breached; auto-closing of
 * resolved tickets), applied idempotently by {@link org.crm4j.core.automation.ServiceAutomation#run} which returns
 * an {@link org.crm4j.core.automation.AutomationReport}; the {@link org.crm4j.core.automation.ServiceQueue} port.
 */
package org.crm4j.core.automation;
