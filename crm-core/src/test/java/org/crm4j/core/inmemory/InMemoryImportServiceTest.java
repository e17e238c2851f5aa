package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.ImportServiceContract;

/** The in-memory adapter passes {@link ImportServiceContract}. */
class InMemoryImportServiceTest extends ImportServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
