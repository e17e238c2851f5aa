package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.ReportServiceContract;

/** The in-memory adapter passes {@link ReportServiceContract}. */
class InMemoryReportServiceTest extends ReportServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
