package org.crm4j.core.campaign;

import org.crm4j.core.SortKey;

/**
 * What a search of campaigns can be sorted by (see {@link org.crm4j.core.SortKey} for ties and text order).
 */
public enum CampaignSort implements SortKey {
    /** By the id, in the unsigned order of the UUID. */
    ID("id"),
    /** By the name, case-insensitively. */
    NAME("name"),
    /** By the first day. */
    START_DATE("startDate"),
    /** By the last day. */
    END_DATE("endDate"),
    /** By the planning time. */
    CREATED_AT("createdAt");

    private final String property;

    CampaignSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
