package org.crm4j.core.insight;

/**
 * One row of a segmentation's k-selection table.
 *
 * @param k          the number of segments tried
 * @param inertia    the within-cluster sum of squared distances on the standardised features, {@code >= 0}
 * @param silhouette the mean silhouette of that clustering, in {@code [−1, 1]} (larger is better separated)
 */
public record KCandidate(int k, double inertia, double silhouette) {
}
