package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.TicketReportsContract;

/** The in-memory adapter passes {@link TicketReportsContract}. */
class InMemoryTicketReportsTest extends TicketReportsContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
