package org.crm4j.core.audit;

import org.crm4j.core.SortKey;

/** The order of {@link AuditService#search}: by sequence (the entry's id), which is also the order of time. */
public enum AuditSort implements SortKey {
    /** By sequence. */
    ID("sequence");

    private final String property;

    AuditSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
