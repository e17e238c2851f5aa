package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.TransactionsContract;

/** The in-memory adapter passes {@link TransactionsContract}. */
class InMemoryTransactionsTest extends TransactionsContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
