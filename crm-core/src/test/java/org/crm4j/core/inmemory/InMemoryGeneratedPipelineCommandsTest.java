package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.GeneratedPipelineCommandsContract;

/** The in-memory adapter passes {@link GeneratedPipelineCommandsContract}. */
class InMemoryGeneratedPipelineCommandsTest extends GeneratedPipelineCommandsContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
