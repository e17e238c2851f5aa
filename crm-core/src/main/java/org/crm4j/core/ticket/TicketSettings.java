package org.crm4j.core.ticket;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The host's ticket settings.
 *
 * @param categories   the categories tickets may have, 1 to 50 characters each, at least one
 * @param reopenWindow  how long after its resolution a ticket may be reopened, positive
 * @param serviceLevels the calendar and SLA policy, if the host measures SLAs
 */
public record TicketSettings(Set<String> categories, Duration reopenWindow, Optional<ServiceLevels> serviceLevels) {

    /**
     * @throws ValidationException {@code categories} {@code must not be empty}, {@code categories[]}
     *                             {@code must not be blank}; {@code reopenWindow} {@code must be positive}
     */
    public TicketSettings {
        Require.nonNull("categories", categories);
        if (categories.isEmpty()) {
            throw new ValidationException("categories", "must not be empty", categories);
        }
        Set<String> names = new TreeSet<>();
        for (String category : categories) {
            names.add(Require.text("categories[]", category, 50));
        }
        categories = Set.copyOf(names);
        Require.nonNull("reopenWindow", reopenWindow);
        if (reopenWindow.isNegative() || reopenWindow.isZero()) {
            throw new ValidationException("reopenWindow", "must be positive", reopenWindow);
        }
        Require.nonNull("serviceLevels", serviceLevels);
    }

    /**
     * Settings without service levels.
     *
     * @param categories   the categories
     * @param reopenWindow the reopen window
     */
    public TicketSettings(Set<String> categories, Duration reopenWindow) {
        this(categories, reopenWindow, Optional.empty());
    }

    /**
     * @param calendar the business calendar
     * @param policy   the SLA policy
     * @return a copy that gives new tickets the policy's targets, measured in the calendar
     */
    public TicketSettings withServiceLevels(BusinessCalendar calendar, SlaPolicy policy) {
        return new TicketSettings(categories, reopenWindow, Optional.of(new ServiceLevels(calendar, policy)));
    }

    /** @return categories COMPLAINT, INCIDENT, QUESTION and REQUEST, and a reopen window of 7 days */
    public static TicketSettings defaults() {
        return new TicketSettings(Set.of("COMPLAINT", "INCIDENT", "QUESTION", "REQUEST"), Duration.ofDays(7));
    }

    /** @return the rule of an unknown category: {@code "must be one of [...]"} in sorted order */
    String categoryRule() {
        return "must be one of " + new TreeSet<>(categories);
    }
}
