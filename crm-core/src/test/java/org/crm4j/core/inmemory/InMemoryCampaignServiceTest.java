package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.CampaignServiceContract;

/** The in-memory adapter passes {@link CampaignServiceContract}. */
class InMemoryCampaignServiceTest extends CampaignServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
