package org.crm4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.Money;
import org.crm4j.core.PageRequest;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.security.AccessDeniedException;
import org.crm4j.core.security.Permission;
import org.crm4j.core.security.Principal;
import org.crm4j.core.security.Role;
import org.crm4j.core.security.SecurityContext;
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.SlaPolicy;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketSettings;
import org.crm4j.jpa.internal.Dialect;
import org.crm4j.jpa.testing.TestDatabase;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three ways to open a JPA-backed CRM, and what closing it closes. */
class JpaCrmTest {

    @Test
    void embedded_newDirectory_createsTheDatabaseAndKeepsTheDataForTheNextOpen(@TempDir Path temp) {
        Path directory = temp.resolve("data");
        Customer ada;
        try (Crm crm = JpaCrm.embedded(directory)) {
            ada = crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org"));
        }
        assertTrue(Files.exists(directory.resolve("crm4j.mv.db")));
        try (Crm crm = JpaCrm.embedded(directory)) {
            assertEquals(ada, crm.customers().get(ada.id()));
            assertThrows(DuplicateException.class,
                    () -> crm.customers().register(NewCustomer.of("Ada", "ADA@example.org")));
        }
    }

    @Test
    void of_dataSource_detectsTheDatabaseMigratesAndLeavesTheDataSourceOpen() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
            try (Crm crm = JpaCrm.of(db.dataSource())) {
                Product tea = crm.products().create(new NewProduct("TEA", "Tea", Money.of("4.50", "EUR"), 5));
                assertEquals(5, crm.products().get(tea.id()).stock());
            }
            try (var connection = db.dataSource().getConnection()) {
                assertTrue(connection.isValid(1));
            }
        }
    }

    @Test
    void of_entityManagerFactory_usesTheHostsUnitAndLeavesItOpen() {
        try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
            assertEquals(19, Crm4jSchema.migrate(db.dataSource())); // V1 to V8, V10, V11, V12, V15, V16, V17, V18, V19, V20, V21, V24 and V25 but the MariaDB-only V4
            HibernatePersistenceConfiguration host = new HibernatePersistenceConfiguration("host");
            JpaCrm.addTo(host);
            host.property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, db.dataSource())
                    .property(AvailableSettings.JDBC_TIME_ZONE, "UTC");
            try (EntityManagerFactory factory = host.createEntityManagerFactory()) {
                try (Crm crm = JpaCrm.of(factory)) {
                    Customer ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
                    assertEquals(ada, crm.customers().get(ada.id()));
                }
                assertTrue(factory.isOpen());
            }
        }
    }

    @Test
    void builder_noDatabase_isIllegalState() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JpaCrm.builder().build());
        assertTrue(e.getMessage().contains("exactly one database"), e.getMessage());
    }

    @Test
    void builder_migrateOff_onAnEmptyDatabase_failsValidationAndNamesTheMissingTable() {
        try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> JpaCrm.builder().dataSource(db.dataSource()).migrate(false).build());
            assertTrue(String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("crm_"),
                    e.getMessage());
        }
    }

    @Test
    void embedded_directoryLockedByAnotherUser_isIllegalStateNamingTheDirectory(@TempDir Path temp) throws Exception {
        Path directory = temp.resolve("data");
        try (Crm crm = JpaCrm.embedded(directory)) {
            crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org"));
        }
        try (FileChannel file = FileChannel.open(directory.resolve("crm4j.mv.db"), StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = file.lock()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> JpaCrm.embedded(directory));
            assertTrue(e.getMessage().contains(directory.toAbsolutePath().normalize().toString()), e.getMessage());
            assertTrue(lock.isValid());
        }
    }

    @Test
    void builder_ticketSettings_giveNewTicketsTheirServiceLevels() {
        BusinessCalendar weekdays = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
                .build();
        SlaTargets targets = new SlaTargets(Duration.ofHours(4), Duration.ofHours(16));
        SlaPolicy.Builder policy = SlaPolicy.builder();
        for (TicketPriority priority : TicketPriority.values()) {
            policy.targets(priority, targets);
        }
        TicketSettings settings = TicketSettings.defaults().withServiceLevels(weekdays, policy.build());
        try (TestDatabase db = TestDatabase.create(Dialect.H2);
                Crm crm = JpaCrm.builder().dataSource(db.dataSource()).ticketSettings(settings).build();
                Crm plain = JpaCrm.builder().dataSource(db.dataSource()).build()) {
            Customer ada = crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org"));
            Ticket ticket = crm.tickets().open(NewTicket.of(ada.id(), "Broken pot", "The lid cracked", "COMPLAINT",
                    TicketPriority.HIGH, TicketChannel.EMAIL));
            assertEquals(Optional.of(targets), ticket.slaTargets());
            assertEquals(Duration.ofHours(4), crm.tickets().sla(ticket.id()).orElseThrow().firstResponse().target());
            assertEquals(Optional.empty(), plain.tickets().open(NewTicket.of(ada.id(), "Late", "Where is it?",
                    "QUESTION", TicketPriority.LOW, TicketChannel.WEB)).slaTargets());
        }
    }

    @Test
    void builder_core_passesAHostsSecurityContextToTheCore() {
        try (TestDatabase db = TestDatabase.create(Dialect.H2);
                Crm admin = JpaCrm.builder().dataSource(db.dataSource()).build();
                Crm analyst = JpaCrm.builder().dataSource(db.dataSource()).core(core -> core.securityContext(
                        SecurityContext.fixed(Principal.of("ana", "insight", Role.ANALYST)))).build()) {
            Customer ada = admin.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org"));

            assertEquals(ada, analyst.customers().get(ada.id()));
            AccessDeniedException e = assertThrows(AccessDeniedException.class,
                    () -> analyst.customers().register(NewCustomer.of("Bob", "bob@example.org")));
            assertEquals(Optional.of(Permission.CUSTOMER_WRITE), e.permission());
            assertEquals(1, admin.customers().search(CustomerQuery.all(), PageRequest.of(0, 10)).totalElements());
        }
    }

    @Test
    void builder_coreNull_isRefused() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> JpaCrm.builder().core(null));
        assertEquals("core", e.getMessage());
    }

    @Test
    void builder_ticketSettingsNull_isRefused() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> JpaCrm.builder().ticketSettings(null));
        assertEquals("ticketSettings", e.getMessage());
    }
}
