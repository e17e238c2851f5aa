package org.crm4j.core;

/**
 * A property a feature's search can be sorted by. Each feature has one enum of them ({@code CustomerSort},
 * {@code ProductSort}, ...), and its search takes a {@code PageRequest} of that enum, so that sorting a search by
 * a property it does not know does not compile. Every enum has an {@code ID} constant; ties are always broken by
 * id ascending (in the unsigned order of the UUID), so paging is stable. Text properties compare
 * case-insensitively.
 *
 * <p>Adapters map each constant to their own ordering with an exhaustive {@code switch} (no {@code default}), so
 * that adding a key to a feature breaks the adapter's compilation rather than its queries.
 */
public interface SortKey {

    /** @return the property's name as the domain spells it, for example {@code "createdAt"}; for messages and logs */
    String property();
}
