package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.IdempotentSalesContract;

/** The in-memory adapter passes {@link IdempotentSalesContract}. */
class InMemoryIdempotentSalesTest extends IdempotentSalesContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
