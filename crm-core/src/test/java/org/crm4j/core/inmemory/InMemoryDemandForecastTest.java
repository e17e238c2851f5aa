package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.DemandForecastContract;

/** The in-memory adapter passes {@link DemandForecastContract}. */
class InMemoryDemandForecastTest extends DemandForecastContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
