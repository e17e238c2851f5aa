package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.ChurnContract;

/** The in-memory adapter passes {@link ChurnContract}. */
class InMemoryChurnTest extends ChurnContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
