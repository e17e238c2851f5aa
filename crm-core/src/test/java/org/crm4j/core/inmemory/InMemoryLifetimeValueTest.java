package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.LifetimeValueContract;

/** The in-memory adapter passes {@link LifetimeValueContract}. */
class InMemoryLifetimeValueTest extends LifetimeValueContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
