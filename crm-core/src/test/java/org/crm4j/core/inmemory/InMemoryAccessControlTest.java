package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.AccessControlContract;

/** The in-memory adapter passes {@link AccessControlContract}. */
class InMemoryAccessControlTest extends AccessControlContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
