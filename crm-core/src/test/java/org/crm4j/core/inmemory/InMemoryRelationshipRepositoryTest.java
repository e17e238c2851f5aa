package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.RelationshipRepositoryContract;

/** The in-memory adapter passes {@link RelationshipRepositoryContract}. */
class InMemoryRelationshipRepositoryTest extends RelationshipRepositoryContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
