package org.crm4j.core.backup;

import org.crm4j.core.CrmPorts;
import org.crm4j.core.contract.BackupServiceContract;
import org.crm4j.core.inmemory.InMemoryPorts;

/** The backup contract on the in-memory adapter. */
class InMemoryBackupServiceTest extends BackupServiceContract {

    @Override
    protected CrmPorts newPorts() {
        return InMemoryPorts.create();
    }
}
