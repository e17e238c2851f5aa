package org.crm4j.jpa.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crm4j.core.Crm;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.jpa.JpaCrm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of durable commits on the embedded H2 database: one {@code register} (one transaction) per operation
 * on an H2 file database opened with {@code WRITE_DELAY=0} (what {@code JpaCrm.embedded} uses: every commit is
 * written to the file before it returns) and with H2's default {@code WRITE_DELAY=500} (commits written by a
 * background thread up to 500 ms later, lost if the JVM crashes).
 *
 * Run (from the repository root; JMH also starts in crm-analytics under {@code -am} and finds nothing there):
 * <pre>{@code mvn -B -o -fn -Pbench -pl crm-jpa -am verify -Djmh.args="-f 1 -wi 2 -i 3 EmbeddedCommitBenchmark"}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class EmbeddedCommitBenchmark {

    /** H2's {@code WRITE_DELAY} in milliseconds: 0 is crm4j's durable setting, 500 H2's default. */
    @Param({"0", "500"})
    public int writeDelay;

    private Path directory;
    private HikariDataSource pool;
    private Crm crm;
    private long next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("crm4j-commit-bench");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + directory.resolve("crm4j") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY="
                + writeDelay);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(10);
        pool = new HikariDataSource(config);
        crm = JpaCrm.of(pool);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        crm.close();
        pool.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    public Customer register() {
        long n = next++;
        return crm.customers().register(NewCustomer.of("Customer " + n, "c" + n + "@example.org"));
    }
}
