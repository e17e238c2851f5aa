package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.ProductRepositoryContract;

/** The in-memory adapter passes {@link ProductRepositoryContract}. */
class InMemoryProductRepositoryTest extends ProductRepositoryContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
