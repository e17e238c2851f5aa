package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.TicketServiceContract;

/** The in-memory adapter passes {@link TicketServiceContract}. */
class InMemoryTicketServiceTest extends TicketServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
