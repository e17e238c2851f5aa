package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.CampaignMemberRepositoryContract;

/** The in-memory adapter passes {@link CampaignMemberRepositoryContract}. */
class InMemoryCampaignMemberRepositoryTest extends CampaignMemberRepositoryContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
