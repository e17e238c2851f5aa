package org.crm4j.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.jpa.testing.RowWriteCounter;
import org.crm4j.jpa.testing.TestDatabase;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Campaign membership at scale on PostgreSQL, single shot on a fresh schema with {@code members} customers
 * (inserted in plain JDBC) and one running e-mail campaign. Each case prints a {@code RESULT} line with its rate and
 * the rows of {@code crm_campaign_member} it inserted, updated and deleted, counted twice: from the JDBC driver's
 * update counts of every statement the CRM's connections ran ({@link RowWriteCounter}), and for responses from
 * PostgreSQL itself (rows whose {@code xmin}, the transaction that wrote the row version, is newer than a mark
 * taken before the responses).
 *
 * <ul>
 *   <li>{@code addMembers}: {@code CampaignService.addMembers} of all {@code members} customers in one call (one
 *       transaction; per batch of 1 000: active flags, withdrawn consents, existing members, a JDBC batch of
 *       INSERTs).</li>
 *   <li>{@code addMembersPlainJdbc}: the same rows as JDBC batches of 1 000 INSERTs in one transaction, without any
 *       check: the floor.</li>
 *   <li>{@code recordResponse}: {@code responses} calls of {@code CampaignService.recordResponse}, one transaction
 *       each, to members spread over a campaign that already has {@code members} members.</li>
 * </ul>
 *
 * Run (from the repository root; the PostgreSQL settings are those of the tests, see README.md):
 * <pre>{@code mvn -B -q install -DskipTests && mvn -B -Pbench -pl crm-jpa verify -Djmh.args="-f 1 -wi 0 -i 1 CampaignMemberBenchmark"}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(1)
public class CampaignMemberBenchmark {

    private static final int BATCH = 1_000;

    @Param("100000")
    int members;

    @Param("1000")
    int responses;

    private TestDatabase database;
    private EntityManagerFactory factory;
    private RowWriteCounter writes;
    private Crm crm;
    private CampaignId campaign;
    private final List<CustomerId> customers = new ArrayList<>();

    @Setup(Level.Iteration)
    public void freshDatabase(BenchmarkParams params) throws SQLException {
        database = TestDatabase.create(Dialect.POSTGRESQL);
        Migrations.migrate(database.dataSource(), Dialect.POSTGRESQL);
        writes = new RowWriteCounter("crm_campaign_member");
        factory = PersistenceUnit.create(writes.wrap(database.dataSource()), Dialect.POSTGRESQL, Entities.all());
        crm = Crm.of(JpaPorts.create(factory, Dialect.POSTGRESQL), Clock.systemUTC(), IdGenerator.random());
        insertCustomers();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        campaign = crm.campaigns().plan(new NewCampaign("Spring sale", today, today.plusDays(30),
                new CampaignTarget("everyone", "more sales"), CampaignChannel.EMAIL, Money.of("1000", "EUR"))).id();
        if (params.getBenchmark().endsWith("recordResponse")) {
            crm.campaigns().addMembers(campaign, customers);
        }
        writes.reset();
    }

    @TearDown(Level.Iteration)
    public void dropDatabase() {
        try {
            crm.close();
            factory.close();
        } finally {
            database.close();
            customers.clear();
        }
    }

    @Benchmark
    public int addMembers() throws SQLException {
        long start = System.nanoTime();
        crm.campaigns().addMembers(campaign, customers);
        report("addMembers", members, "members", start);
        int stored = crm.campaigns().results(campaign).members();
        check(stored == members && writes.inserted() == members && writes.updated() == 0
                && writes.deleted() == 0, "addMembers");
        return stored;
    }

    @Benchmark
    public int addMembersPlainJdbc() throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO crm_campaign_member (campaign_id,"
                     + " customer_id, targeted_at, responded_at, converted_at) VALUES (?, ?, ?, NULL, NULL)")) {
            connection.setAutoCommit(false);
            Instant now = Instant.now();
            for (int i = 0; i < customers.size(); i++) {
                insert.setObject(1, campaign.value());
                insert.setObject(2, customers.get(i).value());
                JdbcValues.setInstant(insert, 3, now, Dialect.POSTGRESQL);
                insert.addBatch();
                if ((i + 1) % BATCH == 0 || i == customers.size() - 1) {
                    insert.executeBatch();
                }
            }
            connection.commit();
        }
        report("addMembersPlainJdbc", members, "members", start);
        int stored = crm.campaigns().results(campaign).members();
        check(stored == members, "addMembersPlainJdbc");
        return stored;
    }

    @Benchmark
    public int recordResponse() throws SQLException {
        long mark = currentTransaction();
        long start = System.nanoTime();
        int step = members / responses;
        for (int i = 0; i < responses; i++) {
            crm.campaigns().recordResponse(campaign, customers.get(i * step));
        }
        report("recordResponse", responses, "responses", start);
        long rewritten = rowsWrittenAfter(mark);
        int responded = crm.campaigns().results(campaign).contacted().responded();
        System.out.printf(Locale.ROOT, "RESULT recordResponse: %.2f member rows updated per response (driver),"
                + " %d member rows of %d with a row version newer than the first response (PostgreSQL xmin)%n",
                (double) writes.updated() / responses, rewritten, members);
        check(responded == responses && writes.updated() == responses && writes.inserted() == 0
                && writes.deleted() == 0 && rewritten == responses, "recordResponse");
        return responded;
    }

    private void report(String name, int done, String unit, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%nRESULT %s: %d %s in %.3f s = %.0f %s/s (%.3f ms each); member rows"
                + " inserted %d, updated %d, deleted %d (driver counts)%n", name, done, unit, seconds,
                done / seconds, unit, seconds * 1000 / done, writes.inserted(), writes.updated(), writes.deleted());
    }

    private static void check(boolean consistent, String name) {
        if (!consistent) {
            throw new IllegalStateException(name + " wrote other rows than expected");
        }
    }

    /** @return the 32-bit id of a transaction started now; later transactions have larger ids */
    private long currentTransaction() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT txid_current() % 4294967296")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Counts the campaign's member rows whose current version a transaction after {@code mark} wrote. */
    private long rowsWrittenAfter(long mark) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM crm_campaign_member"
                     + " WHERE campaign_id = ? AND xmin::text::bigint > ?")) {
            count.setObject(1, campaign.value());
            count.setLong(2, mark);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private void insertCustomers() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO crm_customer (id, name, email,"
                     + " email_index, gender, lifecycle_stage, active, created_at, updated_at, version)"
                     + " VALUES (?, ?, ?, ?, 'UNDISCLOSED', 'PROSPECT', TRUE, ?, ?, 0)")) {
            connection.setAutoCommit(false);
            Instant now = Instant.now();
            for (int i = 0; i < members; i++) {
                UUID id = new UUID(0x5EED, i);
                insert.setObject(1, id);
                insert.setString(2, "Customer " + i);
                insert.setString(3, "c" + i + "@example.org");
                insert.setString(4, "c" + i + "@example.org"); // email_index: the address itself while in clear (V19)
                JdbcValues.setInstant(insert, 5, now, Dialect.POSTGRESQL);
                JdbcValues.setInstant(insert, 6, now, Dialect.POSTGRESQL);
                insert.addBatch();
                customers.add(new CustomerId(id));
                if ((i + 1) % BATCH == 0 || i == members - 1) {
                    insert.executeBatch();
                }
            }
            connection.commit();
        }
    }
}
