package org.crm4j.core.ticket;

import org.crm4j.core.Require;

/**
 * The host's service levels: the calendar SLA targets are measured in and the policy that gives new tickets their
 * targets.
 *
 * @param calendar the business calendar, not null
 * @param policy   the SLA policy, not null
 */
public record ServiceLevels(BusinessCalendar calendar, SlaPolicy policy) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public ServiceLevels {
        Require.nonNull("calendar", calendar);
        Require.nonNull("policy", policy);
    }
}
