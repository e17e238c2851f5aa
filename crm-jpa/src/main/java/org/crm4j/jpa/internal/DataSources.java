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

    private static final String H2_DRIVER = "org.h2.Driver";

    private DataSources() {
    }

    private static void requireDriver(String driverClass, String artifact, String what) {
        try {
            Class.forName(driverClass, false, DataSources.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(what + " needs the JDBC driver " + driverClass + ", which is not on the "
                    + "class path: crm-jpa's drivers are optional, add the dependency " + artifact, e);
        }
    }

    /**
     * Opens a pool on an H2 file database in {@code directory}, creating the directory and the database on first
     * use.
     *
     * @param directory where the database files live
     * @return the pool; close it when done
     * @throws UncheckedIOException if the directory cannot be created
     * @throws IllegalStateException if H2's JDBC driver ({@code com.h2database:h2}, an optional dependency that the
     *                               host adds) is not on the class path, or if the database cannot be opened, for
     *                               example because another process has it open
     */
    public static HikariDataSource embeddedH2(Path directory) {
        requireDriver(H2_DRIVER, "com.h2database:h2", "the embedded database");
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database directory " + absolute, e);
        }
        boolean exists = Files.exists(absolute.resolve(EMBEDDED_NAME + ".mv.db"));
        HikariConfig config = new HikariConfig();
        // DB_CLOSE_ON_EXIT=FALSE: the pool closes the database, not H2's shutdown hook racing with it.
        // WRITE_DELAY=0: every commit is written to the file before it returns (H2's default, 500 ms, keeps
        // commits in memory that long, so a crashed JVM lost them). Cost: see BENCHMARKS.md.
        config.setJdbcUrl("jdbc:h2:file:" + absolute.resolve(EMBEDDED_NAME) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        config.setUsername("sa");
        config.setPassword("");
        config.setPoolName("crm4j-h2");
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        LOG.info("crm4j opening {} embedded H2 database in {}", exists ? "existing" : "new", absolute);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) { // HikariPool.PoolInitializationException: H2 could not open the file
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new IllegalStateException("cannot open the embedded database in " + absolute
                    + " (is another process using it?): " + root.getMessage(), e);
        }
    }
}
