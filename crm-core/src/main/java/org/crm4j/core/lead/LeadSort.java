package org.crm4j.core.lead;

import org.crm4j.core.SortKey;

/** What a search of leads can be sorted by (see {@link org.crm4j.core.SortKey} for ties and text order). */
public enum LeadSort implements SortKey {
    /** By the id, in the unsigned order of the UUID. */
    ID("id"),
    /** By the person's name, case-insensitively. */
    PERSON_NAME("personName"),
    /** By the time the lead was entered. */
    CREATED_AT("createdAt"),
    /** By the time of the last change. */
    UPDATED_AT("updatedAt");

    private final String property;

    LeadSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
