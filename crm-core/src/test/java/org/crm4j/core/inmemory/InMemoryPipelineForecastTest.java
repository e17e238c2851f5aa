package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.PipelineForecastContract;

/** The in-memory adapter passes {@link PipelineForecastContract}. */
class InMemoryPipelineForecastTest extends PipelineForecastContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
