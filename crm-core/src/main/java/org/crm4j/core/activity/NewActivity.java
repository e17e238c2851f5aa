package org.crm4j.core.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.opportunity.OpportunityId;

/**
 * Command: record an activity. Holds the input as entered; {@link ActivityService#record(NewActivity)} validates it
 * and names the offending field of a rejected command.
 *
 * @param type        the kind
 * @param subject     the subject
 * @param body        the text, or empty
 * @param customer    the customer, or empty
 * @param lead        the lead, or empty
 * @param opportunity the opportunity, or empty (at least one link)
 * @param occurredAt  when a CALL, EMAIL, MEETING or NOTE happened, not in the future
 * @param dueDate     the day a TASK is due
 */
public record NewActivity(ActivityType type, String subject, Optional<String> body, Optional<CustomerId> customer,
        Optional<LeadId> lead, Optional<OpportunityId> opportunity, Optional<Instant> occurredAt,
        Optional<LocalDate> dueDate) {

    /**
     * Checks that no {@code Optional} is null.
     *
     * @throws ValidationException on the field of a null {@code Optional}
     */
    public NewActivity {
        Require.nonNull("body", body);
        Require.nonNull("customerId", customer);
        Require.nonNull("leadId", lead);
        Require.nonNull("opportunityId", opportunity);
        Require.nonNull("occurredAt", occurredAt);
        Require.nonNull("dueDate", dueDate);
    }

    /**
     * A call, e-mail, meeting or note that happened, not yet linked.
     *
     * @param type       the kind
     * @param subject    the subject
     * @param occurredAt when
     * @return the command
     */
    public static NewActivity happened(ActivityType type, String subject, Instant occurredAt) {
        return new NewActivity(type, subject, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(occurredAt), Optional.empty());
    }

    /**
     * A task, not yet linked.
     *
     * @param subject the subject
     * @param dueDate the due day
     * @return the command
     */
    public static NewActivity task(String subject, LocalDate dueDate) {
        return new NewActivity(ActivityType.TASK, subject, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.ofNullable(dueDate));
    }

    /**
     * @param value the text
     * @return a copy with the text
     */
    public NewActivity withBody(String value) {
        return new NewActivity(type, subject, Optional.ofNullable(value), customer, lead, opportunity, occurredAt,
                dueDate);
    }

    /**
     * @param value the customer
     * @return a copy linked to the customer
     */
    public NewActivity about(CustomerId value) {
        return new NewActivity(type, subject, body, Optional.of(value), lead, opportunity, occurredAt, dueDate);
    }

    /**
     * @param value the lead
     * @return a copy linked to the lead
     */
    public NewActivity about(LeadId value) {
        return new NewActivity(type, subject, body, customer, Optional.of(value), opportunity, occurredAt, dueDate);
    }

    /**
     * @param value the opportunity
     * @return a copy linked to the opportunity
     */
    public NewActivity about(OpportunityId value) {
        return new NewActivity(type, subject, body, customer, lead, Optional.of(value), occurredAt, dueDate);
    }
}
