package org.crm4j.jpa;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.privacy.CustomerKeyVault;
import org.crm4j.core.ticket.TicketSettings;
import org.crm4j.jpa.internal.CustomerKeyRotation;
import org.crm4j.jpa.internal.DataSources;
import org.crm4j.jpa.internal.Dialect;
import org.crm4j.jpa.internal.Entities;
import org.crm4j.jpa.internal.FieldCrypto;
import org.crm4j.jpa.internal.JpaPorts;
import org.crm4j.jpa.internal.Migrations;
import org.crm4j.jpa.internal.PersistenceUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a crm4j {@link Crm} on a database through Jakarta Persistence (Hibernate ORM).
 *
 * <pre>{@code
 * try (Crm crm = JpaCrm.embedded(Path.of("crm4j-data"))) {      // H2 file, created on first use
 *     crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org"));
 * }
 * try (Crm crm = JpaCrm.of(hostDataSource)) { ... }             // H2, PostgreSQL or MariaDB, detected
 * }</pre>
 *
 * <p>On start the schema is migrated with Flyway (history table {@value Crm4jSchema#HISTORY_TABLE}; switch it off
 * with {@link Builder#migrate(boolean)} and run {@link Crm4jSchema} or the SQL scripts yourself), then Hibernate
 * validates that the mapping and the schema agree. The persistence unit is built programmatically from crm4j's own
 * entity list: no {@code persistence.xml} is read and nothing is scanned.
 *
 * <p>The returned {@code Crm} is thread-safe. Closing it closes what this class created (the entity manager
 * factory, and the connection pool of {@link #embedded(Path)}), never the host's data source or factory.
 */
public final class JpaCrm {

    private static final Logger LOG = LoggerFactory.getLogger(JpaCrm.class);

    /** The longest wait for a row lock unless {@link Builder#lockTimeout(Duration)} says otherwise: 10 seconds. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = JpaPorts.DEFAULT_LOCK_TIMEOUT;

    private JpaCrm() {
    }

    /**
     * A CRM on an embedded H2 file database in {@code directory} (created with the database on first use), with
     * a HikariCP pool, the UTC system clock and random ids. Commits are durable: a call that returned has
     * written its changes to the database file and keeps them if the JVM crashes right after (about 1.3 ms per
     * committing call; batch many writes into one call).
     *
     * @param directory where the database files live, for example {@code Path.of("crm4j-data")}
     * @return the CRM; close it to close the database
     * @throws java.io.UncheckedIOException if the directory cannot be created
     * @throws IllegalStateException        if the database cannot be opened, for example because another process
     *                                      has it open
     */
    public static Crm embedded(Path directory) {
        return builder().embedded(directory).build();
    }

    /**
     * A CRM on a host's data source (H2, PostgreSQL or MariaDB, detected from its metadata), with the UTC system
     * clock and random ids. The data source is used as it is: pool it.
     *
     * @param dataSource the database, not null
     * @return the CRM; closing it leaves the data source open
     * @throws IllegalArgumentException if the database is not one crm4j supports
     */
    public static Crm of(DataSource dataSource) {
        return builder().dataSource(dataSource).build();
    }

    /**
     * A CRM on a host's own entity manager factory, whose persistence unit must include crm4j's entities (see
     * {@link #addTo(PersistenceConfiguration)}) and whose database already has crm4j's
     * schema (see {@link Crm4jSchema#migrate(DataSource)}). The dialect is detected from the factory.
     *
     * @param factory the host's factory, not null
     * @return the CRM; closing it leaves the factory open
     */
    public static Crm of(EntityManagerFactory factory) {
        return builder().entityManagerFactory(factory).build();
    }

    /**
     * Adds crm4j's entity classes to a host's programmatic persistence unit (Jakarta Persistence 3.2), for
     * {@link #of(EntityManagerFactory)}. Hosts should also set {@code hibernate.jdbc.time_zone=UTC}, and on
     * MariaDB {@code hibernate.type.preferred_uuid_jdbc_type=BINARY}, as crm4j's own unit does.
     *
     * @param configuration the host's configuration, not null
     * @return the configuration
     */
    public static PersistenceConfiguration addTo(PersistenceConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        for (Class<?> entity : Entities.all()) {
            configuration.managedClass(entity);
        }
        return configuration;
    }

    /** @return a builder for the less common settings: clock, ids, phone region, migrations */
    public static Builder builder() {
        return new Builder();
    }

    /** Settings of a JPA-backed {@link Crm}; name exactly one database. Not thread-safe. */
    public static final class Builder {

        private Path directory;
        private DataSource dataSource;
        private EntityManagerFactory factory;
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids = IdGenerator.random();
        private PhoneRegion defaultPhoneRegion;
        private TicketSettings ticketSettings = TicketSettings.defaults();
        private boolean migrate = true;
        private PersonalDataEncryption encryption;
        private Consumer<Crm.Builder> core = settings -> { };
        private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
        private CustomerKeyVault keyVault;

        private Builder() {
        }

        /**
         * How long a statement waits for a row lock that another transaction holds (the row of a product whose
         * stock a sale takes, a customer being updated, ...) before the call fails with a
         * {@link org.crm4j.core.TransientException} ("lock wait timeout"), having written nothing. Default
         * {@link JpaCrm#DEFAULT_LOCK_TIMEOUT} (10 s). Set as a session setting on each connection crm4j uses, the first
         * time it uses it: PostgreSQL {@code lock_timeout}, MariaDB {@code innodb_lock_wait_timeout} (whole
         * seconds, rounded up), H2 {@code LOCK_TIMEOUT}; a host that shares its pool with crm4j sees it on those
         * connections too. Deadlocks are found by the database itself, independently (PostgreSQL after its
         * {@code deadlock_timeout}, 1 s by default).
         *
         * @param value between 1 ms and 1 hour, or null to keep the database's (or the host's) own setting:
         *              PostgreSQL waits for ever by default, MariaDB 50 s, H2 1 s
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is zero, negative or longer than an hour
         */
        public Builder lockTimeout(Duration value) {
            if (value != null && (value.toMillis() < 1 || value.compareTo(Duration.ofHours(1)) > 0)) {
                throw new IllegalArgumentException("lockTimeout must be in [1 ms, 1 h] or null, was " + value);
            }
            this.lockTimeout = value;
            return this;
        }

        /**
         * Encrypts customers' personal data at rest (off by default: see crm-jpa's README, "Personal data at
         * rest"). The settings are bound to the CRM until it closes, for {@link PersonalDataEncryption#rotateKeys()}.
         *
         * @param value the keys and the fields kept in clear, or null for none
         * @return this builder
         */
        public Builder encryption(PersonalDataEncryption value) {
            this.encryption = value;
            return this;
        }

        /**
         * Crypto-shredding of backups (see {@link Crm.Builder#keyVault}): personal data in backup archives is sealed
         * under each customer's key from {@code value}, which erasure destroys. The vault must live outside this
         * CRM's database, for example a {@link FileCustomerKeyVault} or the host's KMS.
         *
         * @param value the vault of customer keys, or null (the default) for archives with personal data in clear
         * @return this builder
         */
        public Builder keyVault(CustomerKeyVault value) {
            this.keyVault = value;
            return this;
        }

        /**
         * @param value the directory of an embedded H2 file database
         * @return this builder
         */
        public Builder embedded(Path value) {
            this.directory = Objects.requireNonNull(value, "directory");
            return this;
        }

        /**
         * @param value a host's data source
         * @return this builder
         */
        public Builder dataSource(DataSource value) {
            this.dataSource = Objects.requireNonNull(value, "dataSource");
            return this;
        }

        /**
         * @param value a host's entity manager factory that includes crm4j's entities
         * @return this builder
         */
        public Builder entityManagerFactory(EntityManagerFactory value) {
            this.factory = Objects.requireNonNull(value, "factory");
            return this;
        }

        /**
         * @param value the source of timestamps, not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value the source of new ids, not null
         * @return this builder
         */
        public Builder ids(IdGenerator value) {
            this.ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /**
         * @param value the region of national phone numbers, or null for international numbers only
         * @return this builder
         */
        public Builder defaultPhoneRegion(PhoneRegion value) {
            this.defaultPhoneRegion = value;
            return this;
        }

        /**
         * @param value the ticket categories, reopen window and service levels (SLA policy and business calendar),
         *              not null; {@link TicketSettings#defaults()} (no service levels) unless given
         * @return this builder
         */
        public Builder ticketSettings(TicketSettings value) {
            this.ticketSettings = Objects.requireNonNull(value, "ticketSettings");
            return this;
        }

        /**
         * The core's other settings, those this builder has no method of its own for: a host's
         * {@link Crm.Builder#securityContext security context} and {@link Crm.Builder#accessPolicy access policy},
         * service automation rules, stage probabilities, user directory, retry policy. They are applied after this
         * builder's clock, ids, phone region and ticket settings (so a setting given here wins); the CRM's close
         * action stays this builder's, which closes what it opened.
         *
         * @param value what to set on the core's {@link Crm.Builder}, not null
         * @return this builder
         */
        public Builder core(Consumer<Crm.Builder> value) {
            this.core = Objects.requireNonNull(value, "core");
            return this;
        }

        /**
         * @param value whether to migrate the schema on start (default true); ignored for an entity manager
         *              factory, whose host migrates
         * @return this builder
         */
        public Builder migrate(boolean value) {
            this.migrate = value;
            return this;
        }

        /**
         * Opens the CRM.
         *
         * @return the CRM
         * @throws IllegalStateException if not exactly one database was named
         */
        public Crm build() {
            int named = (directory == null ? 0 : 1) + (dataSource == null ? 0 : 1) + (factory == null ? 0 : 1);
            if (named != 1) {
                throw new IllegalStateException("name exactly one database (embedded, dataSource or "
                        + "entityManagerFactory), was " + named);
            }
            long start = System.nanoTime();
            List<AutoCloseable> owned = new ArrayList<>();
            try {
                EntityManagerFactory emf = factory;
                Dialect dialect;
                if (emf == null) {
                    DataSource source = dataSource;
                    if (directory != null) {
                        HikariDataSource pool = DataSources.embeddedH2(directory);
                        owned.add(pool);
                        source = pool;
                    }
                    dialect = Dialect.detect(source);
                    if (migrate) {
                        Migrations.migrate(source, dialect);
                    }
                    emf = PersistenceUnit.create(source, dialect, Entities.all());
                    owned.add(0, emf);
                } else {
                    dialect = PersistenceUnit.dialectOf(emf);
                }
                FieldCrypto crypto = FieldCrypto.of(encryption);
                CrmPorts ports = JpaPorts.create(emf, dialect, crypto, lockTimeout);
                if (encryption != null) {
                    PersonalDataEncryption bound = encryption;
                    CustomerKeyRotation rotation = new CustomerKeyRotation(emf, dialect, crypto);
                    bound.bind(rotation);
                    owned.add(0, () -> bound.unbind(rotation));
                }
                Crm.Builder settings = Crm.builder(ports).clock(clock).ids(ids).defaultPhoneRegion(defaultPhoneRegion)
                        .ticketSettings(ticketSettings).keyVault(keyVault);
                core.accept(settings);
                Crm crm = settings.onClose(() -> closeAll(owned)).build();
                LOG.info("crm4j opened on {} in {} ms, personal data {}", dialect.folder(),
                        (System.nanoTime() - start) / 1_000_000, encryption == null ? "in clear"
                                : "encrypted: " + encryption.encrypted());
                return crm;
            } catch (RuntimeException e) {
                try {
                    closeAll(owned);
                } catch (RuntimeException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        }
    }

    private static void closeAll(List<AutoCloseable> resources) {
        RuntimeException failure = null;
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing crm4j failed: " + e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        LOG.info("crm4j closed");
        if (failure != null) {
            throw failure;
        }
    }
}
