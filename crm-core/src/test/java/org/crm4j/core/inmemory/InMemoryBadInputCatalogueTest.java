package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.BadInputCatalogueContract;

/** The bad-input catalogue on the in-memory adapter. */
class InMemoryBadInputCatalogueTest extends BadInputCatalogueContract {
    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
