package org.crm4j.core.inmemory;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.RelationshipServiceContract;

/** The in-memory adapter passes {@link RelationshipServiceContract}. */
class InMemoryRelationshipServiceTest extends RelationshipServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
