package org.crm4j.core.relationship;

/**
 * The kind of a {@link CustomerRelationship}. {@link #FRIEND} and {@link #COLLEAGUE} are symmetric: a friendship
 * of A with B is the friendship of B with A. {@link #CLIENT} is directed: the relationship's {@code from} customer
 * is a client of its {@code to} customer.
 */
public enum RelationshipType {
    /** Symmetric: the two customers are friends. */
    FRIEND(true),
    /** Symmetric: the two customers work together. */
    COLLEAGUE(true),
    /** Directed: {@code from} is a client of {@code to}. */
    CLIENT(false);

    private final boolean symmetric;

    RelationshipType(boolean symmetric) {
        this.symmetric = symmetric;
    }

    /**
     * Tells whether the direction of a relationship of this type carries no meaning.
     *
     * @return true for FRIEND and COLLEAGUE, false for CLIENT
     */
    public boolean isSymmetric() {
        return symmetric;
    }
}
