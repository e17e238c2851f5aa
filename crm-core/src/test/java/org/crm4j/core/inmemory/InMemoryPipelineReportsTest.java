package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.PipelineReportsContract;

/** The in-memory adapter passes {@link PipelineReportsContract}. */
class InMemoryPipelineReportsTest extends PipelineReportsContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
