package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.CustomerServiceContract;

/** The in-memory adapter passes {@link CustomerServiceContract}. */
class InMemoryCustomerServiceTest extends CustomerServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
