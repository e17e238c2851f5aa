package org.crm4j.core.timeline;

/**
 * What a timeline entry records. New sources add kinds; readers should expect kinds they do not know yet.
 */
public enum TimelineKind {
    /** A call (an activity). */
    CALL,
    /** An e-mail (an activity). */
    EMAIL,
    /** A meeting (an activity). */
    MEETING,
    /** A note (an activity). */
    NOTE,
    /** A task (an activity), placed at its completion, or its creation while open. */
    TASK,
    /** A sale. */
    SALE,
    /** A return of a sale. */
    RETURN,
    /** A change of stage of one of the customer's opportunities. */
    STAGE_CHANGE,
    /** The customer responded to a campaign. */
    CAMPAIGN_RESPONSE,
    /** The customer converted in a campaign. */
    CAMPAIGN_CONVERSION,
    /** One of the customer's tickets was opened (summary: its subject). */
    TICKET_OPENED,
    /** One of the customer's tickets was resolved, each time it was (summary: its subject). */
    TICKET_RESOLVED,
    /** The customer answered a survey (summary: the survey's name and scores). */
    SURVEY_ANSWER
}
