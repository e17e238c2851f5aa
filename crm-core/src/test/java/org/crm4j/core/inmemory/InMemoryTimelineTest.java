package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.TimelineContract;

/** The in-memory adapter passes {@link TimelineContract}. */
class InMemoryTimelineTest extends TimelineContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
