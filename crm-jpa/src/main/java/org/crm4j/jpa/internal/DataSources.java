package org.crm4j.jpa.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The connection pools crm4j creates itself (HikariCP); a host's own data source is never wrapped. */
public final class DataSources {

    /** File name (without H2's {@code .mv.db} suffix) of the embedded database inside its directory. */
    public static final String EMBEDDED_NAME = "crm4j";

    private static final Logger LOG = LoggerFactory.getLogger(DataSources.class);

    private DataSources() {
    }

    /**
     * Opens a pool on an H2 file database in {@code directory}, creating the directory and the database on first
     * use.
     *
     * @param directory where the database files live
     * @return the pool; close it when done
     * @throws UncheckedIOException if the directory cannot be created
     */
    public static HikariDataSource embeddedH2(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database directory " + absolute, e);
        }
        boolean exists = Files.exists(absolute.resolve(EMBEDDED_NAME + ".mv.db"));
        HikariConfig config = new HikariConfig();
        // DB_CLOSE_ON_EXIT=FALSE: the pool closes the database, not H2's shutdown hook racing with it.
        config.setJdbcUrl("jdbc:h2:file:" + absolute.resolve(EMBEDDED_NAME) + ";DB_CLOSE_ON_EXIT=FALSE");
        config.setUsername("sa");
        config.setPassword("");
        config.setPoolName("crm4j-h2");
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        LOG.info("crm4j opening {} embedded H2 database in {}", exists ? "existing" : "new", absolute);
        return new HikariDataSource(config);
    }
}
