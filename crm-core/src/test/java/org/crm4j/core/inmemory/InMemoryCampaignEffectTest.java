package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.CampaignEffectContract;

/** The in-memory adapter passes {@link CampaignEffectContract}. */
class InMemoryCampaignEffectTest extends CampaignEffectContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
