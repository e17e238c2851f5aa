package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.ActivityServiceContract;

/** The in-memory adapter passes {@link ActivityServiceContract}. */
class InMemoryActivityServiceTest extends ActivityServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
