package org.crm4j.core.campaign;

import org.crm4j.core.SortKey;

/**
 * What a page of a campaign's members can be sorted by (see {@link org.crm4j.core.SortKey} for ties and text
 * order); the member's id is its customer's id.
 */
public enum CampaignMemberSort implements SortKey {
    /** By the customer id, in the unsigned order of the UUID. */
    ID("id"),
    /** By when the customer was targeted. */
    TARGETED_AT("targetedAt"),
    /** By the customer's name, case-insensitively. */
    NAME("name");

    private final String property;

    CampaignMemberSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
