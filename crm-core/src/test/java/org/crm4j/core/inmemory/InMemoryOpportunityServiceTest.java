package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.OpportunityServiceContract;

/** The in-memory adapter passes {@link OpportunityServiceContract}. */
class InMemoryOpportunityServiceTest extends OpportunityServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
