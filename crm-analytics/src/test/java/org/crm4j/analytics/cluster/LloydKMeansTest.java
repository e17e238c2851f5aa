package org.crm4j.analytics.cluster;

/** The K-means contract with the {@code LLOYD} assignment step. */
class LloydKMeansTest extends KMeansContractTest {

    @Override
    KMeans.Algorithm algorithm() {
        return KMeans.Algorithm.LLOYD;
    }
}
