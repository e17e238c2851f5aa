package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.SalesServiceContract;

/** The in-memory adapter passes {@link SalesServiceContract}. */
class InMemorySalesServiceTest extends SalesServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
