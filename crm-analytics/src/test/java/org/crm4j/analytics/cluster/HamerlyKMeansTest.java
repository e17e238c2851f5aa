package org.crm4j.analytics.cluster;

/** The K-means contract with the {@code HAMERLY} assignment step. */
class HamerlyKMeansTest extends KMeansContractTest {

    @Override
    KMeans.Algorithm algorithm() {
        return KMeans.Algorithm.HAMERLY;
    }
}
