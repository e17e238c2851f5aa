package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.GeneratedCommandsContract;

/** The in-memory adapter passes {@link GeneratedCommandsContract}. */
class InMemoryGeneratedCommandsTest extends GeneratedCommandsContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
