package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.LeadScoringContract;

/** The in-memory adapter passes {@link LeadScoringContract}. */
class InMemoryLeadScoringTest extends LeadScoringContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
