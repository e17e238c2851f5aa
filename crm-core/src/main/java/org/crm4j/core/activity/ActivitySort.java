package org.crm4j.core.activity;

import org.crm4j.core.SortKey;

/** What a search of activities can be sorted by (see {@link org.crm4j.core.SortKey} for ties). */
public enum ActivitySort implements SortKey {
    /** By the id, in the unsigned order of the UUID. */
    ID("id"),
    /** By {@link Activity#timelineAt()}. */
    TIMELINE_AT("timelineAt"),
    /** By the time the activity was recorded. */
    CREATED_AT("createdAt");

    private final String property;

    ActivitySort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
