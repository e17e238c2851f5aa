package org.crm4j.jpa.internal;

import org.crm4j.jpa.testing.RunsOn;

/** The contract suites on PostgreSQL, under {@code -Pdatabases}; they fail if the server cannot be reached. */
@RunsOn(Dialect.POSTGRESQL)
class PostgresqlContractsTest extends JpaContracts {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }
}
