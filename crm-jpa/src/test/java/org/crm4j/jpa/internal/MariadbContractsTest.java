package org.crm4j.jpa.internal;

import org.crm4j.jpa.testing.RunsOn;

/** The contract suites on MariaDB, under {@code -Pdatabases}; they fail if the server cannot be reached. */
@RunsOn(Dialect.MARIADB)
class MariadbContractsTest extends JpaContracts {
    @Override
    Dialect dialect() {
        return Dialect.MARIADB;
    }
}
