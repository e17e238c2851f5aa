package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.LookupsContract;

/** The in-memory adapter passes {@link LookupsContract}. */
class InMemoryLookupsTest extends LookupsContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
