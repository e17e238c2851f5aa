package org.crm4j.jpa.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.automation.AssignmentStrategy;
import org.crm4j.core.automation.AutomationReport;
import org.crm4j.core.automation.AutomationRules;
import org.crm4j.core.automation.EscalationRule;
import org.crm4j.core.automation.Team;
import org.crm4j.core.ticket.BacklogBucket;
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.CategoryMonth;
import org.crm4j.core.ticket.ReopenRate;
import org.crm4j.core.ticket.ServiceTime;
import org.crm4j.core.ticket.ServiceTimeStats;
import org.crm4j.core.ticket.SlaPolicy;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.TicketGrouping;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Customer service at scale on PostgreSQL, through the public services: 1 000 000 tickets of 10 000 customers, of
 * which 100 000 are unsolved (a third each NEW, OPEN and PENDING, opened in the 30 days before {@link #NOW}; one in
 * 13 without team or assignee) and 10 000 RESOLVED in the last week; the rest CLOSED over 2025 and 2026 (20 000 of
 * them reopened once). Each has its status history, an agent reply (all but the NEW ones), its measured business
 * times (V16), and the unsolved ones opened before Monday noon their BREACHED flags (as earlier runs would have left
 * them). Loaded once with {@code generate_series} into
 * a dedicated database ({@code crm4j.bench.url}, default {@code jdbc:postgresql://127.0.0.1:5432/bench_svc17},
 * created when missing; user and password of the tests, {@code crm4j.postgresql.user}/{@code .password}).
 *
 * <ul>
 *   <li>{@code automationRun}: {@code ServiceAutomation.run(NOW)} with an assignment rule per category (round robin
 *       and least loaded), escalation one hour before a target and auto-close after 7 days, over the 100 000
 *       unsolved tickets. The setup runs it once first (assigning the NEW tickets without team, flagging the
 *       tickets opened since Monday noon that are at risk or breached), so the measured runs are the steady state of
 *       a scheduler: every rule checked, nothing left to do.</li>
 *   <li>the metrics of {@code crm.ticketReports()} over the two years: business times by month, priority, team,
 *       category, the backlog now, categories per month and reopen rates.</li>
 * </ul>
 *
 * Run (from the repository root; see crm-jpa/BENCHMARKS.md):
 * <pre>{@code mvn -B -fn -Pbench -pl crm-jpa -am verify -Djmh.args="ServiceScaleBenchmark"}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ServiceScaleBenchmark {

    private static final int TICKETS = 1_000_000;
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final List<Duration> AGES = List.of(Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(3),
            Duration.ofDays(7), Duration.ofDays(14));

    /**
     * Loads the data: PostgreSQL, deterministic ids {@code md5('ticket' || i)::uuid}. Ticket {@code i} is unsolved
     * when {@code i % 10 = 0} (NEW, OPEN or PENDING by {@code i % 30}), RESOLVED when {@code i % 100 = 1}, else
     * CLOSED; reopened once when {@code i % 50 = 3}.
     */
    private static final String LOAD = """
INSERT INTO crm_customer (id, name, email, email_index, phone, date_of_birth, gender, lifecycle_stage, active, created_at,
       updated_at, version)
SELECT md5('customer' || i)::uuid, 'Customer ' || i, 'c' || i || '@bench.test', 'c' || i || '@bench.test', NULL, NULL,
       'UNDISCLOSED', 'ACTIVE', TRUE,
       TIMESTAMPTZ '2023-01-01 00:00:00+00', TIMESTAMPTZ '2023-01-01 00:00:00+00', 0
FROM generate_series(1, 10000) i;
INSERT INTO crm_ticket (id, customer_id, subject, description, category, priority, channel, sla_first_response_nanos,
       sla_resolution_nanos, sale_id, product_id, assignee, team, status, resolution_code, resolution_text,
       first_response_at, first_response_seconds, first_response_met, resolved_at, resolution_seconds, resolution_met,
       first_response_month, resolution_month, reopen_count, created_at, created_month, updated_at, version)
SELECT md5('ticket' || i)::uuid, md5('customer' || (1 + i % 10000))::uuid, 'Ticket ' || i, 'Words of ticket ' || i,
       (ARRAY['COMPLAINT', 'INCIDENT', 'QUESTION', 'REQUEST'])[1 + (i / 7) % 4],
       (ARRAY['LOW', 'NORMAL', 'HIGH', 'URGENT'])[1 + (i / 3) % 4], 'EMAIL', 3600000000000, 28800000000000,
       NULL, NULL,
       CASE WHEN i % 13 = 0 THEN NULL ELSE 'agent' || (i / 11 % 5) || '-' || (i % 4) END,
       CASE WHEN i % 13 = 0 THEN NULL ELSE 'team' || (i / 11 % 5) END,
       s.status,
       CASE WHEN s.status IN ('RESOLVED', 'CLOSED') THEN 'FIXED' END,
       CASE WHEN s.status IN ('RESOLVED', 'CLOSED') THEN 'Done.' END,
       CASE WHEN s.status <> 'NEW' THEN c.created + f.seconds * INTERVAL '1 second' END,
       CASE WHEN s.status <> 'NEW' THEN f.seconds END,
       CASE WHEN s.status <> 'NEW' THEN f.seconds <= 3600 END,
       CASE WHEN s.status IN ('RESOLVED', 'CLOSED') THEN c.created + r.seconds * INTERVAL '1 second' END,
       CASE WHEN s.status IN ('RESOLVED', 'CLOSED') THEN r.seconds / 3 END,
       CASE WHEN s.status IN ('RESOLVED', 'CLOSED') THEN r.seconds / 3 <= 28800 END,
       CASE WHEN s.status <> 'NEW' THEN CAST(to_char((c.created + f.seconds * INTERVAL '1 second') AT TIME ZONE 'UTC',
            'YYYYMM') AS INTEGER) END,
       CASE WHEN s.status IN ('RESOLVED', 'CLOSED') THEN CAST(to_char((c.created + r.seconds * INTERVAL '1 second')
            AT TIME ZONE 'UTC', 'YYYYMM') AS INTEGER) END,
       CASE WHEN i % 50 = 3 THEN 1 ELSE 0 END,
       c.created,
       CAST(to_char(c.created AT TIME ZONE 'UTC', 'YYYYMM') AS INTEGER),
       CASE s.status WHEN 'CLOSED' THEN c.created + (r.seconds + 7 * 86400) * INTERVAL '1 second'
            WHEN 'RESOLVED' THEN c.created + r.seconds * INTERVAL '1 second'
            ELSE c.created + 7200 * INTERVAL '1 second' END,
       0
FROM generate_series(1, 1000000) i
CROSS JOIN LATERAL (SELECT CASE WHEN i % 10 = 0 THEN (ARRAY['NEW', 'OPEN', 'PENDING'])[1 + i % 30 / 10]
       WHEN i % 100 = 1 THEN 'RESOLVED' ELSE 'CLOSED' END AS status) s
CROSS JOIN LATERAL (SELECT CASE
       WHEN i % 10 = 0 THEN TIMESTAMPTZ '2026-12-01 11:00:00+00' - ((i::bigint * 7919) % (30 * 86400)) * INTERVAL '1 second'
       WHEN i % 100 = 1 THEN TIMESTAMPTZ '2026-11-27 12:00:00+00' - ((i::bigint * 7919) % (3 * 86400)) * INTERVAL '1 second'
       ELSE TIMESTAMPTZ '2025-01-01 00:00:00+00' + ((i::bigint * 104729) % (690 * 86400)) * INTERVAL '1 second'
       END AS created) c
CROSS JOIN LATERAL (SELECT (i::bigint * 31) % 3000 AS seconds) f
CROSS JOIN LATERAL (SELECT 10800 + (i::bigint * 7919) % 259200 AS seconds) r;
INSERT INTO crm_ticket_comment (ticket_id, seq, author, body, kind, written_at)
SELECT t.id, 0, 'agent', 'We are on it.', 'AGENT_REPLY', t.first_response_at FROM crm_ticket t
WHERE t.first_response_at IS NOT NULL;
INSERT INTO crm_ticket_status_change (ticket_id, seq, previous_status, current_status, changed_at)
SELECT t.id, 0, 'NEW', 'OPEN', t.created_at + INTERVAL '60 seconds' FROM crm_ticket t WHERE t.status <> 'NEW';
INSERT INTO crm_ticket_status_change (ticket_id, seq, previous_status, current_status, changed_at)
SELECT t.id, 1, 'OPEN', 'PENDING', t.created_at + INTERVAL '120 seconds' FROM crm_ticket t WHERE t.status = 'PENDING';
INSERT INTO crm_ticket_status_change (ticket_id, seq, previous_status, current_status, changed_at)
SELECT t.id, 1, 'OPEN', 'RESOLVED', t.resolved_at FROM crm_ticket t
WHERE t.status IN ('RESOLVED', 'CLOSED') AND t.reopen_count = 0;
INSERT INTO crm_ticket_status_change (ticket_id, seq, previous_status, current_status, changed_at)
SELECT t.id, 2, 'RESOLVED', 'CLOSED', t.resolved_at + INTERVAL '7 days' FROM crm_ticket t
WHERE t.status = 'CLOSED' AND t.reopen_count = 0;
INSERT INTO crm_ticket_status_change (ticket_id, seq, previous_status, current_status, changed_at)
SELECT t.id, x.seq, x.previous_status, x.current_status, x.changed_at FROM crm_ticket t
CROSS JOIN LATERAL (VALUES (1, 'OPEN', 'RESOLVED', t.created_at + INTERVAL '1 hour'),
       (2, 'RESOLVED', 'OPEN', t.created_at + INTERVAL '2 hours'), (3, 'OPEN', 'RESOLVED', t.resolved_at),
       (4, 'RESOLVED', 'CLOSED', t.resolved_at + INTERVAL '7 days')) x(seq, previous_status, current_status, changed_at)
WHERE t.reopen_count = 1 AND (x.seq < 4 OR t.status = 'CLOSED');
-- the flags earlier runs left: unsolved tickets opened before Monday 30 November 12:00 have breached their 8 h
-- resolution target (the PENDING ones excepted: their clock stopped two minutes after opening), the NEW ones also
-- their 1 h first-response target
INSERT INTO crm_ticket_escalation (ticket_id, sla_target, escalation_level, escalated_at)
SELECT t.id, 'RESOLUTION', 'BREACHED', TIMESTAMPTZ '2026-11-30 12:00:00+00' FROM crm_ticket t
WHERE t.status IN ('NEW', 'OPEN') AND t.created_at < TIMESTAMPTZ '2026-11-30 12:00:00+00';
INSERT INTO crm_ticket_escalation (ticket_id, sla_target, escalation_level, escalated_at)
SELECT t.id, 'FIRST_RESPONSE', 'BREACHED', TIMESTAMPTZ '2026-11-30 12:00:00+00' FROM crm_ticket t
WHERE t.status = 'NEW' AND t.created_at < TIMESTAMPTZ '2026-11-30 12:00:00+00'
""";

    private HikariDataSource dataSource;
    private EntityManagerFactory factory;
    private Crm crm;

    static TicketSettings settings() {
        SlaPolicy.Builder policy = SlaPolicy.builder();
        for (TicketPriority priority : TicketPriority.values()) {
            policy.targets(priority, new SlaTargets(Duration.ofHours(1), Duration.ofHours(8)));
        }
        BusinessCalendar office = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
                .build();
        return TicketSettings.defaults().withServiceLevels(office, policy.build());
    }

    static AutomationRules rules() {
        AutomationRules rules = AutomationRules.none();
        for (int t = 0; t < 5; t++) {
            rules = rules.withTeam(new Team("team" + t, List.of("agent" + t + "-0", "agent" + t + "-1",
                    "agent" + t + "-2", "agent" + t + "-3"), "agent" + t + "-0"));
        }
        return rules.assigning("COMPLAINT", "team0", AssignmentStrategy.ROUND_ROBIN)
                .assigning("INCIDENT", "team1", AssignmentStrategy.LEAST_LOADED)
                .assigning("QUESTION", "team2", AssignmentStrategy.ROUND_ROBIN)
                .escalating(new EscalationRule(Duration.ofHours(1), true, true))
                .autoClosingAfter(Duration.ofDays(7));
    }

    @Setup(Level.Trial)
    public void openDatabase() throws SQLException {
        String url = System.getProperty("crm4j.bench.url", "jdbc:postgresql://127.0.0.1:5432/bench_svc17");
        String user = System.getProperty("crm4j.postgresql.user", "postgres");
        String password = System.getProperty("crm4j.postgresql.password", "");
        BenchDatabases.createIfMissing(url, user, password);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        dataSource = new HikariDataSource(config);
        Migrations.migrate(dataSource, Dialect.POSTGRESQL);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (BenchDatabases.count(statement, "SELECT COUNT(*) FROM crm_ticket") == 0) {
                long start = System.nanoTime();
                for (String sql : LOAD.split(";\\s*\\n")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("VACUUM ANALYZE");
                System.out.printf(Locale.ROOT, "%nRESULT load: %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
            BenchDatabases.check(BenchDatabases.count(statement, "SELECT COUNT(*) FROM crm_ticket") == TICKETS, "tickets loaded");
        }
        factory = PersistenceUnit.create(dataSource, Dialect.POSTGRESQL, Entities.all());
        crm = Crm.builder(JpaPorts.create(factory, Dialect.POSTGRESQL)).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .ids(IdGenerator.random()).ticketSettings(settings()).automationRules(rules()).build();
        long start = System.nanoTime();
        AutomationReport first = crm.automation().run(NOW);
        System.out.printf(Locale.ROOT, "%nRESULT first automation run: %.1f s, %d assigned, %d escalated,"
                + " %d closed%n", (System.nanoTime() - start) / 1e9, first.assigned().size(),
                first.escalated().size(), first.closed().size());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            BenchDatabases.check(BenchDatabases.count(statement, "SELECT COUNT(*) FROM crm_ticket WHERE status IN ('NEW', 'OPEN', 'PENDING')")
                    == TICKETS / 10, "100 000 unsolved tickets");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        try {
            crm.close();
            factory.close();
        } finally {
            dataSource.close();
        }
    }

    /** A scheduler's run over the 100 000 unsolved tickets once the first run did the work: checks every rule. */
    @Benchmark
    public AutomationReport automationRun() {
        AutomationReport report = crm.automation().run(NOW);
        BenchDatabases.check(report.assigned().isEmpty() && report.escalated().isEmpty() && report.closed().isEmpty(),
                "an idempotent run");
        return report;
    }

    @Benchmark
    public List<ServiceTimeStats> resolutionTimesByMonth() {
        return crm.ticketReports().serviceTimes(ServiceTime.RESOLUTION, TicketGrouping.MONTH, FROM, NOW);
    }

    @Benchmark
    public List<ServiceTimeStats> resolutionTimesByPriority() {
        return crm.ticketReports().serviceTimes(ServiceTime.RESOLUTION, TicketGrouping.PRIORITY, FROM, NOW);
    }

    @Benchmark
    public List<ServiceTimeStats> firstResponseTimesByTeam() {
        return crm.ticketReports().serviceTimes(ServiceTime.FIRST_RESPONSE, TicketGrouping.TEAM, FROM, NOW);
    }

    @Benchmark
    public List<ServiceTimeStats> firstResponseTimesByCategoryQuarter() {
        return crm.ticketReports().serviceTimes(ServiceTime.FIRST_RESPONSE, TicketGrouping.CATEGORY,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
    }

    @Benchmark
    public List<BacklogBucket> backlogNow() {
        return crm.ticketReports().backlog(NOW, AGES);
    }

    @Benchmark
    public List<BacklogBucket> backlogAYearAgo() {
        return crm.ticketReports().backlog(NOW.minus(Duration.ofDays(365)), AGES);
    }

    @Benchmark
    public List<CategoryMonth> categoriesByMonth() {
        return crm.ticketReports().categoriesByMonth(FROM, NOW);
    }

    @Benchmark
    public List<ReopenRate> reopenRates() {
        return crm.ticketReports().reopenRates(FROM, NOW);
    }
}
