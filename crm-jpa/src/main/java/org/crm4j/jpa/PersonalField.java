package org.crm4j.jpa;

/**
 * A customer's personal field that crm4j can encrypt at rest. Each is encrypted unless the host keeps it in clear
 * with {@link PersonalDataEncryption#keepInClear(PersonalField...)}, which it does to search or sort by it.
 * {@link #NAME}, {@link #EMAIL}, {@link #PHONE} and {@link #DATE_OF_BIRTH} are columns of {@code crm_customer} (and
 * the first three of a lead's contact); {@link #NOTES} is every free text staff write about a customer.
 */
public enum PersonalField {
    /** The display name; encrypted, it can be neither searched by contained text nor sorted by. */
    NAME(1, "name"),
    /** The e-mail address; encrypted, exact lookups and uniqueness go through a blind index, contained text not. */
    EMAIL(2, "email"),
    /** The phone number; encrypted, exact lookups go through a blind index. */
    PHONE(4, "phone"),
    /** The date of birth; encrypted, it cannot be searched by range. */
    DATE_OF_BIRTH(8, "date_of_birth"),
    /**
     * The free texts written about a customer, up to 10 000 characters: activity bodies ({@code crm_activity.body},
     * including notes), ticket descriptions, resolution texts and comments ({@code crm_ticket.description},
     * {@code resolution_text}, {@code crm_ticket_comment.body}), survey answers' comments
     * ({@code crm_survey_invitation.comment_text}), a lead's disqualification reason
     * ({@code crm_lead.disqualified_because}) and an opportunity's lost reason ({@code crm_opportunity.lost_reason}).
     * One switch for all of them; encrypted, none can be searched by contained text (no query of crm4j does).
     */
    NOTES(16, "notes");

    private final int bit;
    private final String column;

    PersonalField(int bit, String column) {
        this.bit = bit;
        this.column = column;
    }

    /** @return the bit of this field in the stored set of encrypted fields of a row */
    public int bit() {
        return bit;
    }

    /**
     * @return the column of {@code crm_customer} that holds the field; for {@link #NOTES}, which spans several
     *         tables, {@code "notes"} (each free text is bound to its own table and column)
     */
    public String column() {
        return column;
    }
}
