package org.crm4j.core.lead;

/** Where a lead came from. */
public enum LeadSource {
    /** The web site (a form, a chat). */
    WEB,
    /** Recommended by a customer or contact. */
    REFERRAL,
    /** Met at a trade fair, conference or other event. */
    EVENT,
    /** Answered a marketing campaign (the lead usually names it). */
    CAMPAIGN,
    /** Passed on by a partner. */
    PARTNER,
    /** Found by calling without prior contact. */
    COLD_CALL,
    /** Any other source. */
    OTHER
}
