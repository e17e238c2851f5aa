package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.RetentionContract;

/** The in-memory adapter passes {@link RetentionContract}. */
class InMemoryRetentionTest extends RetentionContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
