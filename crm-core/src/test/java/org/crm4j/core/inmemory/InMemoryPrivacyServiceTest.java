package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.PrivacyServiceContract;

/** The privacy contract on the in-memory adapter. */
class InMemoryPrivacyServiceTest extends PrivacyServiceContract {
    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
