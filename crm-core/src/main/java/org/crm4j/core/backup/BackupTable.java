package org.crm4j.core.backup;

/**
 * The kinds of stored record a backup holds, each one file of the archive. {@link BackupStore#count} counts any of
 * them; {@link BackupStore#ids} lists the ids of those {@link #keyedById() keyed by a UUID}.
 */
public enum BackupTable {
    /** Products. */
    PRODUCT(true),
    /** Customers. */
    CUSTOMER(true),
    /** Campaigns. */
    CAMPAIGN(true),
    /** Campaign members (keyed by campaign and customer). */
    CAMPAIGN_MEMBER(false),
    /** Customer relationships. */
    RELATIONSHIP(true),
    /** Opportunities. */
    OPPORTUNITY(true),
    /** Leads. */
    LEAD(true),
    /** Activities. */
    ACTIVITY(true),
    /** Sales and returns. */
    SALE(true),
    /** Tickets. */
    TICKET(true),
    /** Surveys. */
    SURVEY(true),
    /** Survey invitations (with their answers). */
    INVITATION(true),
    /** The ownership of owned records (keyed by record type and id). */
    RECORD_OWNER(false),
    /** Escalation flags of tickets (keyed by ticket, target and level). */
    ESCALATION_FLAG(false),
    /** The round-robin turn of each team (keyed by team name). */
    TEAM_TURN(false),
    /** Audit trail entries (keyed by sequence). */
    AUDIT_ENTRY(false);

    private final boolean keyedById;

    BackupTable(boolean keyedById) {
        this.keyedById = keyedById;
    }

    /** @return whether {@link BackupStore#ids} lists this table */
    public boolean keyedById() {
        return keyedById;
    }
}
