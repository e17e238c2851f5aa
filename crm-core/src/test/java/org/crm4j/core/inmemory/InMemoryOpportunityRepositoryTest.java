package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.OpportunityRepositoryContract;

/** The in-memory adapter passes {@link OpportunityRepositoryContract}. */
class InMemoryOpportunityRepositoryTest extends OpportunityRepositoryContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
