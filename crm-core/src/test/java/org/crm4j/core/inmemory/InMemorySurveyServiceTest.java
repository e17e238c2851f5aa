package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.SurveyServiceContract;

/** The in-memory adapter passes {@link SurveyServiceContract}. */
class InMemorySurveyServiceTest extends SurveyServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
