package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.CustomerRepositoryContract;

/** The in-memory adapter passes {@link CustomerRepositoryContract}. */
class InMemoryCustomerRepositoryTest extends CustomerRepositoryContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
