/**
 * Dense linear-algebra kernels for the regression algorithms: the triangular factor of a tall matrix by blocked
 * Householder reflections ({@link org.crm4j.analytics.linalg.TallQR}), a scale-invariant column-pivoted QR with
 * rank detection ({@link org.crm4j.analytics.linalg.PivotedQR}), and the small thread helper that shares chunks of
 * rows out so that results do not depend on the number of threads ({@link org.crm4j.analytics.linalg.Workers}).
 *
 * <p>Not exported from the module: an implementation detail shared by the algorithm packages, free to change.
 */
package org.crm4j.analytics.linalg;
