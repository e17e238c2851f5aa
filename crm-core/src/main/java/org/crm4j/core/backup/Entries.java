package org.crm4j.core.backup;

import java.util.UUID;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.ControlGroup;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.RecordType;

/** The lines of the archive's files that are not a domain record by themselves. */
final class Entries {

    private Entries() {
    }

    /** A line of {@code control-groups.jsonl}: the control group of one campaign. */
    record CampaignControlGroup(CampaignId campaign, ControlGroup controlGroup) {
    }

    /** A line of {@code record-owners.jsonl}: the ownership of one owned record. */
    record RecordOwner(RecordType type, UUID id, Ownership ownership) {
    }

    /** A line of {@code team-turns.jsonl}: how many tickets a team's round robin has handed out. */
    record TeamTurn(String team, long turn) {
    }
}
