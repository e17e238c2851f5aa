package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.CampaignRepositoryContract;

/** The in-memory adapter passes {@link CampaignRepositoryContract}. */
class InMemoryCampaignRepositoryTest extends CampaignRepositoryContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
