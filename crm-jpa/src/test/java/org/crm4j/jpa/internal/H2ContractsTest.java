package org.crm4j.jpa.internal;

/** The contract suites on H2 (in memory), in every build. */
class H2ContractsTest extends JpaContracts {
    @Override
    Dialect dialect() {
        return Dialect.H2;
    }
}
