package org.crm4j.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
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
     * @throws IllegalStateException if Hibernate cannot start, for example because the schema does not match
     */
    /**
     * The dialect of a host's entity manager factory.
     *
     * @param factory the factory
     * @return the dialect
     * @throws IllegalArgumentException if the database is not one crm4j supports
     */
    public static Dialect dialectOf(EntityManagerFactory factory) {
        org.hibernate.dialect.Dialect hibernate = factory.unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect();
        if (hibernate instanceof H2Dialect) {
            return Dialect.H2;
        }
        if (hibernate instanceof PostgreSQLDialect) {
            return Dialect.POSTGRESQL;
        }
        if (hibernate instanceof MariaDBDialect) {
            return Dialect.MARIADB;
        }
        throw new IllegalArgumentException("database must be H2, PostgreSQL or MariaDB, was "
                + hibernate.getClass().getName());
    }

    public static EntityManagerFactory create(DataSource dataSource, Dialect dialect, List<Class<?>> entityClasses) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(NAME)
                .managedClasses(entityClasses)
                .schemaToolingAction(Action.VALIDATE)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // no explicit dialect: Hibernate detects it from the connection (setting it logs HHH90000025)
                .property(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                .property(AvailableSettings.SHOW_SQL, false)
                // failures are translated into CrmExceptions; Hibernate's own error log would repeat the database's
                // message, which carries bound values (personal data), at WARN/ERROR
                .property(AvailableSettings.LOG_JDBC_ERRORS, false)
                .property(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 64)
                .property(AvailableSettings.LOG_SLOW_QUERY, 500L);
        if (dialect == Dialect.MARIADB) {
            // BINARY(16) ids: MariaDB's native UUID type would not sort in the unsigned order of the UUID.
            configuration.property(AvailableSettings.PREFERRED_UUID_JDBC_TYPE, "BINARY");
        }
        try {
            return configuration.createEntityManagerFactory();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new IllegalStateException("cannot start crm4j's persistence unit on " + dialect.folder() + ": "
                    + root.getMessage() + " (is the schema migrated? see Crm4jSchema)", e);
        }
    }
}
