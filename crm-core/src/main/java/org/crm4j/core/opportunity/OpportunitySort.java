package org.crm4j.core.opportunity;

import org.crm4j.core.SortKey;

/** What a search of opportunities can be sorted by (see {@link org.crm4j.core.SortKey} for ties and text order). */
public enum OpportunitySort implements SortKey {
    /** By the id, in the unsigned order of the UUID. */
    ID("id"),
    /** By the name, case-insensitively. */
    NAME("name"),
    /** By the amount (whatever its currency). */
    AMOUNT("amount"),
    /** By the expected close day. */
    EXPECTED_CLOSE_DATE("expectedCloseDate"),
    /** By the creation time. */
    CREATED_AT("createdAt");

    private final String property;

    OpportunitySort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
