package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.InsightServiceContract;

/** The in-memory adapter passes {@link InsightServiceContract}. */
class InMemoryInsightServiceTest extends InsightServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
