package org.crm4j.jpa.internal;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to do when a connection was found dead: the server may have closed every connection of the pool (a restart,
 * a failover, an administrator terminating backends), and a pool reuses a recently used connection without testing
 * it, so each of them would fail one more call. For a HikariCP pool (crm4j's own, or a host's) every connection is
 * soft-evicted: idle ones are closed now, busy ones when they are returned, and the next call gets a new
 * connection. Other pools are left alone; configure them to test connections on borrow.
 */
final class ConnectionEviction {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionEviction.class);

    private ConnectionEviction() {
    }

    /**
     * @param factory the entity manager factory whose pool to evict
     * @return the action to run when a connection was found dead; does nothing for pools other than HikariCP
     */
    static Runnable of(EntityManagerFactory factory) {
        DataSource dataSource;
        try {
            ConnectionProvider provider = factory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                    .getService(ConnectionProvider.class);
            dataSource = provider == null || !provider.isUnwrappableAs(DataSource.class) ? null
                    : provider.unwrap(DataSource.class);
        } catch (RuntimeException e) {
            dataSource = null;
        }
        HikariDataSource hikari = hikari(dataSource);
        if (hikari == null) {
            return () -> LOG.debug("crm4j lost a database connection; the pool is not HikariCP, nothing evicted");
        }
        return () -> {
            var pool = hikari.getHikariPoolMXBean();
            if (pool != null) {
                pool.softEvictConnections();
                LOG.warn("crm4j lost a database connection; evicted the other connections of pool {}",
                        hikari.getPoolName());
            }
        };
    }

    private static HikariDataSource hikari(DataSource dataSource) {
        if (dataSource == null) {
            return null;
        }
        if (dataSource instanceof HikariDataSource direct) {
            return direct;
        }
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }
}
