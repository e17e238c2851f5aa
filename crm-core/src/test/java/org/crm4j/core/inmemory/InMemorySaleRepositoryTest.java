package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.SaleRepositoryContract;

/** The in-memory adapter passes {@link SaleRepositoryContract}. */
class InMemorySaleRepositoryTest extends SaleRepositoryContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
