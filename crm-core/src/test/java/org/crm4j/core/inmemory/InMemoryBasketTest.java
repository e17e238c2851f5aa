package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.BasketContract;

/** The in-memory adapter passes {@link BasketContract}. */
class InMemoryBasketTest extends BasketContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
