package org.crm4j.core.relationship;

import org.crm4j.core.SortKey;

/**
 * What a search of relationships can be sorted by (see {@link org.crm4j.core.SortKey} for ties and text order).
 */
public enum RelationshipSort implements SortKey {
    /** By the id, in the unsigned order of the UUID. */
    ID("id"),
    /** By the first day of validity. */
    VALID_FROM("validFrom"),
    /** By the time it was established. */
    CREATED_AT("createdAt");

    private final String property;

    RelationshipSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
