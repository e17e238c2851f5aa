package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.LeadServiceContract;

/** The in-memory adapter passes {@link LeadServiceContract}. */
class InMemoryLeadServiceTest extends LeadServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
