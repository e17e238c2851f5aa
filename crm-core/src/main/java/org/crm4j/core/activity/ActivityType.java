package org.crm4j.core.activity;

/** What kind of contact an activity records. */
public enum ActivityType {
    /** A phone call. */
    CALL,
    /** An e-mail sent or received. */
    EMAIL,
    /** A meeting. */
    MEETING,
    /** A note written down. */
    NOTE,
    /** Something to do by a due date; the only kind that is completed. */
    TASK
}
