package org.crm4j.jpa.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.crm4j.core.Crm;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.jpa.JpaCrm;
import org.crm4j.jpa.KeyProvider;
import org.crm4j.jpa.PersonalDataEncryption;
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
 * The cost of encrypting customers' personal data at rest (issue 20): {@code register} (one transaction: the four
 * personal fields sealed, two blind indexes) and {@code get} (one read: four fields opened) through the public
 * services, with encryption {@code off} and {@code on}, side by side in one run, on a dedicated PostgreSQL database
 * ({@code crm4j.bench.url}, default {@code jdbc:postgresql://127.0.0.1:5432/bench_seccrypto}, emptied at the start
 * of each trial), on an H2 file database opened as {@code JpaCrm.embedded} opens it ({@code h2-file}: durable
 * commits, {@code WRITE_DELAY=0}; a fresh directory per trial) and on an in-memory H2 database ({@code h2}: no
 * disk, no network, so the encryption's share is largest there).
 * {@code sealOpen} is the cryptography alone: sealing and opening the four fields of one customer.
 * {@code recordNote} records a note with a {@value #NOTE_LENGTH}-character body (sealed with the free texts) and
 * {@code sealOpenLongBody} seals and opens a 10 000-character activity body alone.
 *
 * Run (from the repository root):
 * <pre>{@code JAVA_TOOL_OPTIONS=-Djmh.ignoreLock=true mvn -B -o -fn -Pbench -pl crm-jpa -am verify \
 *     -Djmh.args="-f 1 -wi 2 -i 5 -w 3 -r 3 PersonalDataBenchmark"}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PersonalDataBenchmark {

    private static final int CUSTOMERS = 1_000;
    private static final LocalDate BORN = LocalDate.of(1980, 5, 17);
    private static final int NOTE_LENGTH = 2_000;
    private static final String NOTE = "Called about the renewal; she asked for a call back next week. "
            .repeat(NOTE_LENGTH / 64 + 1).substring(0, NOTE_LENGTH);
    private static final String LONG_BODY = "Gesprächsnotiz über den Kunden, Vertragsverlängerung. "
            .repeat(10_000 / 54 + 1).substring(0, 10_000);

    /** Whether personal data is encrypted. */
    @Param({"off", "on"})
    public String encryption;

    /** {@code postgresql} (the dedicated database), {@code h2-file} (embedded, as the quick start) or {@code h2}. */
    @Param({"postgresql", "h2-file", "h2"})
    public String database;

    private HikariDataSource pool;
    private Path directory;
    private Crm crm;
    private List<CustomerId> ids;
    private SplittableRandom random;
    private long next;
    private FieldCrypto crypto;

    /** Fixed keys: the benchmark measures the cipher, not the key management. */
    static final class FixedKeys implements KeyProvider {
        private final SecretKey data = new SecretKeySpec(new byte[32], "AES");
        private final SecretKey index = new SecretKeySpec(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
            29, 30, 31, 32}, "HmacSHA256");

        @Override
        public String currentKeyId() {
            return "bench-1";
        }

        @Override
        public Optional<SecretKey> dataKey(String keyId) {
            return keyId.equals("bench-1") ? Optional.of(data) : Optional.empty();
        }

        @Override
        public SecretKey indexKey() {
            return index;
        }
    }

    @Setup(Level.Trial)
    public void open() throws SQLException, IOException {
        if (database.equals("h2-file")) {
            directory = Files.createTempDirectory("crm4j-personal-data-bench");
            pool = DataSources.embeddedH2(directory);
            start();
            return;
        }
        HikariConfig config = new HikariConfig();
        if (database.equals("postgresql")) {
            config.setJdbcUrl(System.getProperty("crm4j.bench.url", "jdbc:postgresql://127.0.0.1:5432/bench_seccrypto"));
            config.setUsername(System.getProperty("crm4j.postgresql.user", "postgres"));
            config.setPassword(System.getProperty("crm4j.postgresql.password", ""));
        } else {
            config.setJdbcUrl("jdbc:h2:mem:personal-data-" + encryption + ";DB_CLOSE_DELAY=-1");
            config.setUsername("sa");
            config.setPassword("");
        }
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(database.equals("postgresql") ? "DROP SCHEMA public CASCADE" : "DROP ALL OBJECTS");
            if (database.equals("postgresql")) {
                statement.execute("CREATE SCHEMA public");
            }
        }
        start();
    }

    private void start() {
        PersonalDataEncryption settings = encryption.equals("on") ? PersonalDataEncryption.with(new FixedKeys())
                : null;
        crypto = FieldCrypto.of(PersonalDataEncryption.with(new FixedKeys()));
        crm = JpaCrm.builder().dataSource(pool).encryption(settings).build();
        ids = new ArrayList<>(CUSTOMERS);
        for (int i = 0; i < CUSTOMERS; i++) {
            ids.add(crm.customers().register(customer(-1 - i)).id());
        }
        random = new SplittableRandom(42);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        crm.close();
        pool.close();
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
            directory = null;
        }
    }

    private static NewCustomer customer(long n) {
        return NewCustomer.of("Customer Number " + n, "customer" + n + "@example.org")
                .withPhone("+4930" + (1_000_000 + Math.abs(n) % 8_000_000)).withDateOfBirth(BORN);
    }

    @Benchmark
    public Customer register() {
        return crm.customers().register(customer(next++));
    }

    @Benchmark
    public Customer get() {
        return crm.customers().get(ids.get(random.nextInt(CUSTOMERS)));
    }

    /** One activity (a note of {@value #NOTE_LENGTH} characters about a random customer): one transaction. */
    @Benchmark
    public org.crm4j.core.activity.Activity recordNote() {
        return crm.activities().record(org.crm4j.core.activity.NewActivity.happened(
                org.crm4j.core.activity.ActivityType.NOTE, "Call", java.time.Instant.now()).withBody(NOTE)
                .about(ids.get(random.nextInt(CUSTOMERS))));
    }

    /** The cipher alone on the longest free text: seal and open a 10 000-character activity body. */
    @Benchmark
    public String sealOpenLongBody() {
        String row = ids.get(random.nextInt(CUSTOMERS)).value().toString();
        String keyId = crypto.notesKeyId();
        return crypto.openText(crypto.sealText(LONG_BODY, FieldCrypto.ACTIVITIES, row, "body", keyId),
                FieldCrypto.ACTIVITIES, row, "body", crypto.notesMask());
    }

    /** The cipher alone: seal the four fields of a customer and open them again (same in both settings). */
    @Benchmark
    public String sealOpen() {
        java.util.UUID row = ids.get(random.nextInt(CUSTOMERS)).value();
        String keyId = crypto.currentKeyId();
        int mask = crypto.mask();
        String name = crypto.open(org.crm4j.jpa.PersonalField.NAME,
                crypto.seal(org.crm4j.jpa.PersonalField.NAME, "Customer Number 123456", row, keyId), row, mask);
        String email = crypto.open(org.crm4j.jpa.PersonalField.EMAIL,
                crypto.seal(org.crm4j.jpa.PersonalField.EMAIL, "customer123456@example.org", row, keyId), row, mask);
        String phone = crypto.open(org.crm4j.jpa.PersonalField.PHONE,
                crypto.seal(org.crm4j.jpa.PersonalField.PHONE, "+49301123456", row, keyId), row, mask);
        String born = crypto.open(org.crm4j.jpa.PersonalField.DATE_OF_BIRTH,
                crypto.seal(org.crm4j.jpa.PersonalField.DATE_OF_BIRTH, "1980-05-17", row, keyId), row, mask);
        return name + email + phone + born + crypto.index(org.crm4j.jpa.PersonalField.EMAIL, email);
    }
}
