package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.BadInputContract;

/** The in-memory adapter passes {@link BadInputContract}. */
class InMemoryBadInputTest extends BadInputContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
