package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.ProductServiceContract;

/** The in-memory adapter passes {@link ProductServiceContract}. */
class InMemoryProductServiceTest extends ProductServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
