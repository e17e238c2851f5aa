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
 * The activity aggregate: a call, e-mail, meeting or note that happened at a time, or a task due on a day, about a
 * customer, a lead or an opportunity. Immutable.
 *
 * <p>An activity about an opportunity of a customer also names the customer, so that the customer's timeline
 * finds it ({@link ActivityService} fills it in).
 *
 * @param id          the identity
 * @param type        the kind
 * @param subject     the subject, 1 to {@value #MAX_SUBJECT_LENGTH} characters
 * @param body        the text, at most {@value #MAX_BODY_LENGTH} characters, or empty
 * @param customer    the customer, or empty
 * @param lead        the lead, or empty
 * @param opportunity the opportunity, or empty; at least one of the three links is present
 * @param occurredAt  when a CALL, EMAIL, MEETING or NOTE happened (required for them, empty for a TASK)
 * @param dueDate     the day a TASK is due (required for it, empty for the others)
 * @param completedAt when a TASK was completed, or empty (always empty for the others)
 * @param createdAt   when the activity was recorded
 * @param version     the optimistic-locking version, 0 when first saved
 */
public record Activity(ActivityId id, ActivityType type, String subject, Optional<String> body,
        Optional<CustomerId> customer, Optional<LeadId> lead, Optional<OpportunityId> opportunity,
        Optional<Instant> occurredAt, Optional<LocalDate> dueDate, Optional<Instant> completedAt, Instant createdAt,
        long version) {

    /** The longest subject. */
    public static final int MAX_SUBJECT_LENGTH = 200;
    /** The longest body. */
    public static final int MAX_BODY_LENGTH = 10_000;
    /** Rule: an activity is about something. */
    public static final String LINKED = "must name a customer, a lead or an opportunity";
    /** Rule: only tasks are completed. */
    public static final String TASK_ONLY = "must be TASK to be completed";
    /** Rule: a task is completed once. */
    public static final String NOT_COMPLETED = "must not be completed already";
    /** Rule: a task has a due date and no time. */
    public static final String TASK_DUE = "must be given for a TASK (and only for it)";
    /** Rule: the others have a time and no due date. */
    public static final String TIMED = "must be given for CALL, EMAIL, MEETING and NOTE (not for a TASK)";

    /**
     * Checks the invariants.
     *
     * @throws ValidationException naming the field of the first broken invariant
     */
    public Activity {
        Require.nonNull("activityId", id);
        Require.nonNull("type", type);
        subject = Require.text("subject", subject, MAX_SUBJECT_LENGTH);
        body = Require.nonNull("body", body).filter(text -> !text.isBlank()).map(String::strip);
        if (body.isPresent() && body.get().length() > MAX_BODY_LENGTH) {
            throw new ValidationException("body", Require.maxLength(MAX_BODY_LENGTH), body.get().length());
        }
        body.ifPresent(text -> Require.multiline("body", text));
        Require.nonNull("customerId", customer);
        Require.nonNull("leadId", lead);
        Require.nonNull("opportunityId", opportunity);
        if (customer.isEmpty() && lead.isEmpty() && opportunity.isEmpty()) {
            throw new ValidationException("link", LINKED, null);
        }
        Require.nonNull("occurredAt", occurredAt).ifPresent(at -> Require.storable("occurredAt", at));
        Require.nonNull("dueDate", dueDate).ifPresent(day -> Require.storable("dueDate", day));
        Require.nonNull("completedAt", completedAt);
        boolean task = type == ActivityType.TASK;
        if (dueDate.isPresent() != task) {
            throw new ValidationException("dueDate", TASK_DUE, dueDate.orElse(null));
        }
        if (occurredAt.isPresent() == task) {
            throw new ValidationException("occurredAt", TIMED, occurredAt.orElse(null));
        }
        if (completedAt.isPresent() && !task) {
            throw new ValidationException("type", TASK_ONLY, type);
        }
        Require.nonNull("createdAt", createdAt);
        Require.notNegative("version", version);
    }

    /**
     * Completes a task.
     *
     * @param now the time
     * @return the completed task
     * @throws ValidationException on {@code "type"} ({@link #TASK_ONLY}) or {@code "completedAt"}
     *                             ({@link #NOT_COMPLETED})
     */
    public Activity complete(Instant now) {
        if (type != ActivityType.TASK) {
            throw new ValidationException("type", TASK_ONLY, type);
        }
        if (completedAt.isPresent()) {
            throw new ValidationException("completedAt", NOT_COMPLETED, completedAt.get());
        }
        return new Activity(id, type, subject, body, customer, lead, opportunity, occurredAt, dueDate,
                Optional.of(Require.nonNull("now", now)), createdAt, version);
    }

    /**
     * When the activity belongs on a timeline: the time it happened, or for a task its completion (else its
     * creation).
     *
     * @return the time
     */
    public Instant timelineAt() {
        return occurredAt.or(() -> completedAt).orElse(createdAt);
    }

    /**
     * The copy a repository stores on update.
     *
     * @param newVersion the stored version
     * @return this activity at {@code newVersion}
     */
    public Activity withVersion(long newVersion) {
        return new Activity(id, type, subject, body, customer, lead, opportunity, occurredAt, dueDate, completedAt,
                createdAt, newVersion);
    }
}
