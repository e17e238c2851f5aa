package org.crm4j.core.customer;

import org.crm4j.core.SortKey;

/**
 * What a search of customers can be sorted by (see {@link org.crm4j.core.SortKey} for ties and text order).
 */
public enum CustomerSort implements SortKey {
    /** By the id, in the unsigned order of the UUID. */
    ID("id"),
    /** By the name, case-insensitively. */
    NAME("name"),
    /** By the normalised e-mail address. */
    EMAIL("email"),
    /** By the registration time. */
    CREATED_AT("createdAt"),
    /** By the time of the last change. */
    UPDATED_AT("updatedAt");

    private final String property;

    CustomerSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
