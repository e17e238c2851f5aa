package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;

/** Creates in-memory port bundles. */
public final class InMemoryPorts {

    private InMemoryPorts() {
    }

    /** @return a fresh, empty, thread-safe set of in-memory ports sharing one store and one transaction lock */
    public static CrmPorts create() {
        InMemoryStore store = new InMemoryStore();
        return new CrmPorts(new InMemoryCustomerRepository(store), new InMemoryProductRepository(store),
                new InMemorySaleRepository(store), new InMemorySalesReports(store),
                new InMemoryCampaignRepository(store),
                new InMemoryCampaignMemberRepository(store), new InMemoryRelationshipRepository(store), store);
    }
}
