package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.AuditTrailContract;

/** The in-memory adapter passes {@link AuditTrailContract}. */
class InMemoryAuditTrailTest extends AuditTrailContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
