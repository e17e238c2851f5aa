package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.ServiceAutomationContract;

/** The in-memory adapter passes {@link ServiceAutomationContract}. */
class InMemoryServiceAutomationTest extends ServiceAutomationContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
