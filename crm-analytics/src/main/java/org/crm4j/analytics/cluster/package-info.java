/**
 * Clustering for customer segmentation: K-means with k-means++ seeding and exact, bound-accelerated Lloyd
 * iterations ({@link org.crm4j.analytics.cluster.KMeans}), mini-batch K-means for very large data
 * ({@link org.crm4j.analytics.cluster.MiniBatchKMeans}), internal quality measures
 * ({@link org.crm4j.analytics.cluster.ClusterQuality}: silhouette, Davies–Bouldin, Calinski–Harabasz), a choice of
 * {@code k} by silhouette and elbow ({@link org.crm4j.analytics.cluster.KSelection}) and feature standardisation
 * ({@link org.crm4j.analytics.cluster.Standardizer}).
 *
 * <pre>{@code
 * double[][] z = Standardizer.fit(rfm).transform(rfm);
 * KSelection sel = KMeans.selectK(z, 2, 10, KMeans.Options.of(2));
 * KMeansModel segments = sel.model(sel.silhouetteK());
 * System.out.println(segments.summary());
 * }</pre>
 *
 * <p>Arguments are checked eagerly: null, empty, ragged or non-finite data and options out of range raise
 * {@link java.lang.IllegalArgumentException} naming the argument, the rule and the value. Fitted models are
 * immutable and thread-safe. Results are reproducible for a given seed, whatever the number of threads.
 */
package org.crm4j.analytics.cluster;
