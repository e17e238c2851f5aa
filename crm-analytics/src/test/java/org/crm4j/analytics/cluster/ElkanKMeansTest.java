package org.crm4j.analytics.cluster;

/** The K-means contract with the {@code ELKAN} assignment step. */
class ElkanKMeansTest extends KMeansContractTest {

    @Override
    KMeans.Algorithm algorithm() {
        return KMeans.Algorithm.ELKAN;
    }
}
