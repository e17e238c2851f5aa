package org.crm4j.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * Builds crm4j's persistence unit programmatically: the entity classes are listed explicitly, nothing is
 * discovered by scanning and no {@code persistence.xml} is read, so a host's own persistence units and crm4j's
 * never see each other's classes.
 */
public final class PersistenceUnit {

    /** The persistence unit name. */
    public static final String NAME = "crm4j";

    private PersistenceUnit() {
    }

    /**
     * Creates the entity manager factory on a migrated data source; Hibernate validates that the mapping and the
     * schema agree and fails otherwise.
     *
     * @param dataSource    the database, not null
     * @param dialect       its dialect, not null
     * @param entityClasses the managed classes
     * @return the factory; close it when done
     */
    public static EntityManagerFactory create(DataSource dataSource, Dialect dialect, List<Class<?>> entityClasses) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(NAME)
                .managedClasses(entityClasses)
                .schemaToolingAction(Action.VALIDATE)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.DIALECT, dialect.hibernateDialect())
                .property(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                .property(AvailableSettings.SHOW_SQL, false)
                .property(AvailableSettings.LOG_SLOW_QUERY, 500L);
        return configuration.createEntityManagerFactory();
    }
}
