package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.LeadRepositoryContract;

/** The in-memory adapter passes {@link LeadRepositoryContract}. */
class InMemoryLeadRepositoryTest extends LeadRepositoryContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
