package org.crm4j.core.relationship;

/**
 * How well a {@link CustomerRelationship} is going, from best to worst: GOOD, FAIR, DETERIORATING.
 */
public enum RelationshipStatus {
    /** The relationship is healthy. */
    GOOD,
    /** The relationship is neither good nor at risk. */
    FAIR,
    /** The relationship is getting worse and needs attention. */
    DETERIORATING;

    /**
     * Tells whether this status is worse than another one.
     *
     * @param other the status compared with, not null
     * @return true if this status comes after {@code other} in the order GOOD, FAIR, DETERIORATING
     */
    public boolean isWorseThan(RelationshipStatus other) {
        return compareTo(other) > 0;
    }
}
