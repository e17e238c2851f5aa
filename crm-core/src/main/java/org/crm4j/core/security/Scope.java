package org.crm4j.core.security;

/**
 * Which owned records (customers, leads, opportunities, tickets: see {@link RecordType}) a user sees and
 * changes. Wider scopes include the narrower ones: {@code OWN} &lt; {@code TEAM} &lt; {@code ALL}.
 */
public enum Scope {
    /** The user's own records and those of the user's team that their owner shared with the team. */
    OWN,
    /** The user's own records and every record of the user's team. */
    TEAM,
    /** Every record, owned or not. */
    ALL;

    /**
     * @param other another scope, not null
     * @return the wider of the two
     */
    public Scope widest(Scope other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
