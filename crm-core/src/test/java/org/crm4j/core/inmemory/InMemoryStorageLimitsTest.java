package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.StorageLimitsContract;

/** The in-memory adapter passes {@link StorageLimitsContract}. */
class InMemoryStorageLimitsTest extends StorageLimitsContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
