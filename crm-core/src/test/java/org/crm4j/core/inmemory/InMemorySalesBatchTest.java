package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.SalesBatchContract;

/** The in-memory adapter passes {@link SalesBatchContract}. */
class InMemorySalesBatchTest extends SalesBatchContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
