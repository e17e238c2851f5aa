package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.SalesReportsContract;

/** The in-memory adapter passes {@link SalesReportsContract}. */
class InMemorySalesReportsTest extends SalesReportsContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
