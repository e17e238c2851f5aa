package org.crm4j.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.Objects;
import org.crm4j.core.CrmPorts;

/** Builds the core's ports over one entity manager factory; all of them share one {@link JpaTransactions}. */
public final class JpaPorts {

    private JpaPorts() {
    }

    /**
     * Creates the ports.
     *
     * @param factory the entity manager factory of crm4j's persistence unit, not null
     * @param dialect the database's dialect, not null
     * @return the ports
     */
    public static CrmPorts create(EntityManagerFactory factory, Dialect dialect) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(dialect, "dialect");
        JpaTransactions transactions = new JpaTransactions(factory);
        return new CrmPorts(new JpaCustomerRepository(transactions, dialect),
                new JpaProductRepository(transactions, dialect), new JpaSaleRepository(transactions, dialect),
                new JpaSalesReports(transactions, dialect), new JpaCampaignRepository(transactions, dialect),
                new JpaCampaignMemberRepository(transactions, dialect),
                new JpaRelationshipRepository(transactions), transactions);
    }
}
