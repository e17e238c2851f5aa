package org.crm4j.jpa.internal;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.customer;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.UserId;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.customer.CustomerUpdate;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.jpa.JpaCrm;
import org.crm4j.jpa.testing.RunsOn;
import org.crm4j.jpa.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What crm4j, Flyway and Hibernate log (slf4j-simple writes to standard error at the tests' level, WARN), on every
 * dialect: no warning when a CRM starts on a fresh database (Flyway applying every migration, Hibernate's
 * HHH90000025 "dialect set explicitly", issue 14 saw ten Flyway warnings about named primary keys on MariaDB), and
 * no database message with bound values (personal data) when the database refuses a statement, which the adapter
 * translates instead. Routine operations log at DEBUG, never at INFO or above: they run in a child JVM whose crm4j
 * loggers are at DEBUG (this JVM's level, WARN, set when the first logger was created, would hide INFO).
 */
class LoggingHygieneTest {

    private static final String BEGIN = "--- routine operations begin ---";
    private static final String END = "--- routine operations end ---";

    /**
     * The slow-transaction and slow-report warnings ({@code JpaTransactions}, {@code JpaSalesReports}) are meant to
     * appear whenever an operation takes seconds, which a cold child JVM on a loaded machine does; they carry only a
     * duration (and a report's period), so they are not what this test looks for and are set aside by this pattern.
     */
    private static final Pattern SLOW_WARNING = Pattern.compile(
            " WARN org\\.crm4j\\.jpa\\.internal\\.Jpa(Transactions - crm4j transaction took \\d+ ms$"
                    + "|SalesReports - crm4j report )");

    /**
     * Child JVM: starts a CRM on a fresh database of the dialect {@code args[0]}, then runs routine operations of
     * every service between the lines {@value #BEGIN} and {@value #END} on standard error.
     */
    public static void main(String[] args) {
        try (TestDatabase db = TestDatabase.create(Dialect.valueOf(args[0]));
             Crm crm = JpaCrm.of(db.dataSource())) {
            System.err.println(BEGIN);
            routineOperations(crm);
            System.err.println(END);
        }
    }

    private static void routineOperations(Crm crm) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UserId ann = UserId.of("ann");
        Customer ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
        ada = crm.customers().update(ada.id(), CustomerUpdate.from(ada).withName("Ada Lovelace"));
        crm.customers().tag(ada.id(), "newsletter");
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", eur("6.00"), 10));
        crm.sales().record(NewSale.of(ada.id(), tea.id(), 2));
        crm.customers().search(CustomerQuery.all(), PageRequest.of(0, 10));
        Campaign spring = crm.campaigns().plan(new NewCampaign("Spring sale", today, today.plusDays(30),
                new CampaignTarget("everyone", "more sales"), CampaignChannel.EMAIL, eur("100.00")));
        crm.campaigns().addMembers(spring.id(), List.of(ada.id()));
        crm.tickets().open(NewTicket.of(ada.id(), "Tea arrived wet", "The parcel was soaked.", "COMPLAINT",
                TicketPriority.NORMAL, TicketChannel.EMAIL));
        crm.leads().qualify(crm.leads().create(NewLead.of("Cid", "cid@example.org", LeadSource.WEB, ann)).id());
        crm.opportunities().create(NewOpportunity.of(ada.id(), "More tea", ann, eur("10.00"), today.plusDays(7)));
    }

    @Nested
    class OnH2 extends Suite {
        OnH2() {
            super(Dialect.H2);
        }
    }

    @Nested
    @RunsOn(Dialect.POSTGRESQL)
    class OnPostgresql extends Suite {
        OnPostgresql() {
            super(Dialect.POSTGRESQL);
        }
    }

    @Nested
    @RunsOn(Dialect.MARIADB)
    class OnMariadb extends Suite {
        OnMariadb() {
            super(Dialect.MARIADB);
        }
    }

    /** The crm4j log lines of a child JVM's routine operations ({@link #main}), start-up excluded. */
    private static List<String> routineOperationsLog(Dialect dialect, Path temp)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dorg.slf4j.simpleLogger.log.org.crm4j=debug",
                "-Dorg.jboss.logging.provider=slf4j"));
        for (String key : List.of("url", "user", "password")) {
            String property = "crm4j." + dialect.folder() + "." + key;
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add(LoggingHygieneTest.class.getName());
        command.add(dialect.name());
        Path log = temp.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("child JVM did not finish in 120 s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), output);
        int begin = output.indexOf(BEGIN);
        int end = output.indexOf(END);
        assertTrue(begin >= 0 && end > begin, output);
        return output.substring(begin + BEGIN.length(), end).lines()
                .filter(line -> line.matches("\\[[^\\]]*\\] [A-Z]+ org\\.crm4j.*"))
                .toList();
    }

    /** The tests, run on H2 always and on PostgreSQL and MariaDB when {@code crm4j.databases} names them. */
    abstract static class Suite {

        private final Dialect dialect;

        Suite(Dialect dialect) {
            this.dialect = dialect;
        }

        @Test
        void startOnAFreshDatabase_migratesAndLogsNoWarning() {
            try (TestDatabase db = TestDatabase.create(dialect)) {
                String output = capturingStandardError(() -> {
                    try (Crm crm = JpaCrm.of(db.dataSource())) {
                        crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
                    }
                });

                assertEquals(List.of(), warnings(output), output);
                assertFalse(output.contains("HHH90000025"), output);
                assertEquals(0, Migrations.migrate(db.dataSource(), dialect), "the start applied every migration");
            }
        }

        @Test
        void routineOperations_logNothingAtInfoOrAbove(@TempDir Path temp) throws IOException, InterruptedException {
            List<String> lines = routineOperationsLog(dialect, temp);

            assertTrue(lines.stream().anyMatch(line -> line.contains(" DEBUG org.crm4j.core.customer.")),
                    "the child's crm4j loggers write DEBUG: " + lines);
            assertEquals(List.of(), lines.stream().filter(line -> !line.contains(" DEBUG ") && !line.contains(
                    " TRACE ")).filter(line -> !SLOW_WARNING.matcher(line).find()).toList());
        }

        @Test
        void anInsertTheDatabaseRefuses_logsNoBoundValue() {
            try (TestDatabase db = TestDatabase.create(dialect)) {
                Migrations.migrate(db.dataSource(), dialect);
                String output = capturingStandardError(() -> {
                    try (EntityManagerFactory factory = PersistenceUnit.create(db.dataSource(), dialect,
                            Entities.all())) {
                        CrmPorts ports = JpaPorts.create(factory, dialect);
                        CustomerRepository customers = ports.get(CustomerRepository.class);
                        ports.transactions().run(() -> customers.save(customer(1, "Ada", "ada.secret@example.org",
                                NOW)));
                        DuplicateException e = assertThrows(DuplicateException.class, () -> ports.transactions().run(
                                () -> customers.save(customer(2, "Ada", "ada.secret@example.org", NOW))));
                        assertEquals("email", e.field());
                    }
                });

                assertFalse(output.contains("HHH90000025"), output);
                assertFalse(output.contains("ada.secret@example.org"), output);
                assertFalse(output.contains("SQL Error"), output);
            }
        }
    }

    /** Warnings and errors of Flyway, Hibernate and crm4j in slf4j-simple's format ({@code [thread] LEVEL logger}). */
    private static List<String> warnings(String output) {
        return output.lines()
                .filter(line -> line.matches("\\[[^\\]]*\\] (WARN|ERROR) (org\\.flywaydb|org\\.hibernate|org\\.crm4j).*"))
                .filter(line -> !SLOW_WARNING.matcher(line).find())
                .toList();
    }

    private static String capturingStandardError(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
