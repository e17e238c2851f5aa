package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.PageRequest;
import org.crm4j.core.UserId;
import org.crm4j.core.audit.AuditAction;
import org.crm4j.core.audit.AuditEntry;
import org.crm4j.core.audit.AuditQuery;
import org.crm4j.core.audit.AuditSort;
import org.crm4j.core.audit.FieldChange;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerUpdate;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.security.AccessDeniedException;
import org.crm4j.core.security.Permission;
import org.crm4j.core.security.Principal;
import org.crm4j.core.security.Role;
import org.crm4j.core.security.SecurityContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail over any adapter's ports: every write recorded with actor, time, operation, record and changed
 * fields (personal ones masked) in the write's transaction, refusals recorded, nothing recorded for a write that
 * failed, the hash chain intact, queries by record, actor and period, and only AUDITOR (and ADMIN) reading it.
 */
public abstract class AuditTrailContract extends PortsContract {

    private MutableClock clock;
    private Crm crm;

    @BeforeEach
    final void crmOverThePorts() {
        clock = new MutableClock(NOW);
        crm = Crm.builder(ports).clock(clock).ids(IdGenerator.sequence()).build();
    }

    private Crm as(Principal principal) {
        return Crm.builder(ports).clock(clock).ids(IdGenerator.random())
                .securityContext(SecurityContext.fixed(principal)).build();
    }

    private List<AuditEntry> all() {
        return crm.audit().search(AuditQuery.all(), PageRequest.of(0, 1000)).content();
    }

    private static FieldChange change(String field, String before, String after) {
        return new FieldChange(field, Optional.ofNullable(before), Optional.ofNullable(after));
    }

    @Test
    void writes_recordActorTimeOperationRecordAndMaskedChanges() {
        Customer ada = crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org"));
        clock.advance(Duration.ofMinutes(1));
        crm.customers().update(ada.id(), CustomerUpdate.from(ada).withName("Ada King"));
        clock.advance(Duration.ofMinutes(1));
        crm.customers().tag(ada.id(), "vip");
        clock.advance(Duration.ofMinutes(1));
        crm.customers().delete(ada.id());

        List<AuditEntry> entries = all();

        assertEquals(4, entries.size(), entries.toString());
        AuditEntry created = entries.get(0);
        assertEquals(1, created.sequence());
        assertEquals(NOW, created.at());
        assertEquals(Principal.SYSTEM_USER, created.actor());
        assertEquals(AuditAction.CREATE, created.action());
        assertEquals("CustomerService.register", created.operation());
        assertEquals("customer", created.recordType());
        assertEquals(ada.id().toString(), created.recordId());
        assertTrue(created.changes().contains(change("name", null, FieldChange.MASKED)), created.changes().toString());
        assertTrue(created.changes().contains(change("email", null, FieldChange.MASKED)));
        assertTrue(created.changes().contains(change("stage", null, "PROSPECT")));
        assertEquals(List.of(change("name", FieldChange.MASKED, FieldChange.MASKED)), entries.get(1).changes());
        assertEquals("CustomerService.update", entries.get(1).operation());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), entries.get(1).at());
        assertEquals(List.of(change("tags", null, FieldChange.MASKED)), entries.get(2).changes(),
                "tags are erased with the person, so the trail masks them too");
        assertEquals(AuditAction.DELETE, entries.get(3).action());
        assertTrue(entries.get(3).changes().contains(change("stage", "PROSPECT", null)));
        assertTrue(entries.stream().noneMatch(e -> e.changes().toString().contains("Lovelace")
                || e.changes().toString().contains("ada@example.org")), "no personal value in clear");
        assertTrue(crm.audit().verify().intact());
        assertEquals(4, crm.audit().verify().checked());
    }

    @Test
    void chain_eachEntryCarriesTheHashOfTheOneBefore() {
        Product tea = crm.products().create(new NewProduct("TEA-1", "Tea", eur("4.50"), 10));
        Customer ada = crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org"));
        Sale sale = crm.sales().record(NewSale.of(ada.id(), tea.id(), 2));

        List<AuditEntry> entries = all();

        assertEquals(AuditEntry.GENESIS, entries.get(0).previousHash());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).hash(), entries.get(i).previousHash());
            assertEquals(i + 1, entries.get(i).sequence());
            assertTrue(entries.get(i).hashMatches());
        }
        List<AuditEntry> ofSale = crm.audit().search(AuditQuery.all().forRecord("sale", sale.id()),
                PageRequest.of(0, 10)).content();
        assertEquals(1, ofSale.size());
        assertEquals("SalesService.record", ofSale.get(0).operation());
        List<AuditEntry> ofTea = crm.audit().search(AuditQuery.all().forRecord("product", tea.id()),
                PageRequest.of(0, 10)).content();
        assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE), ofTea.stream().map(AuditEntry::action).toList());
        assertEquals(List.of(change("stock", "10", "8")), ofTea.get(1).changes());
    }

    @Test
    void failedWrite_recordsNothing() {
        crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org"));

        assertThrows(DuplicateException.class,
                () -> crm.customers().register(NewCustomer.of("Ada Again", "ada@example.org")));

        assertEquals(1, all().size());
        assertTrue(crm.audit().verify().intact());
    }

    @Test
    void securityContext_namesTheActor_andRefusalsAreRecorded() {
        Crm ann = as(Principal.of("ann", "north", Role.SALES_REP));
        Customer eve = ann.customers().register(NewCustomer.of("Eve", "eve@example.org"));

        assertThrows(AccessDeniedException.class, () -> ann.products().create(new NewProduct("TEA-1", "Tea",
                eur("4.50"), 10)));

        List<AuditEntry> byAnn = crm.audit().search(AuditQuery.all().by(UserId.of("ann")), PageRequest.of(0, 10))
                .content();
        assertEquals(3, byAnn.size(), byAnn.toString());
        assertEquals(eve.id().toString(), byAnn.get(0).recordId());
        assertEquals(AuditAction.CREATE, byAnn.get(0).action());
        assertEquals(List.of(change("owner", null, "ann"), change("team", null, "north"),
                change("shared", null, "false")), byAnn.get(1).changes(), "the new customer's ownership");
        AuditEntry denied = byAnn.get(2);
        assertEquals(AuditAction.DENIED, denied.action());
        assertEquals("ProductService.create", denied.operation());
        assertEquals(List.of(change("denied", null, Permission.PRODUCT_WRITE.name())), denied.changes());
        assertEquals(0, crm.products().search(org.crm4j.core.product.ProductQuery.all(), PageRequest.of(0, 10))
                .totalElements());
        assertTrue(crm.audit().verify().intact());
    }

    @Test
    void eightThreadsWriting_oneChainWithoutForkOrGap() throws InterruptedException {
        List<java.util.concurrent.Callable<Void>> tasks = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            tasks.add(() -> {
                for (int i = 0; i < 5; i++) {
                    crm.customers().register(NewCustomer.of("C " + thread + " " + i, "c" + thread + "x" + i
                            + "@example.org"));
                }
                return null;
            });
        }

        assertEquals(List.of(), Concurrently.run(tasks));

        List<AuditEntry> entries = all();
        assertEquals(40, entries.size());
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(i + 1, entries.get(i).sequence());
        }
        assertTrue(crm.audit().verify().intact(), crm.audit().verify().toString());
    }

    @Test
    void search_byPeriod_halfOpen() {
        crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
        clock.advance(Duration.ofHours(1));
        crm.customers().register(NewCustomer.of("Bob", "bob@example.org"));
        Instant later = NOW.plus(Duration.ofHours(1));

        assertEquals(1, crm.audit().search(AuditQuery.all().between(NOW, later), PageRequest.of(0, 10))
                .totalElements());
        assertEquals(1, crm.audit().search(AuditQuery.all().between(later, later.plusSeconds(1)),
                PageRequest.of(0, 10)).totalElements());
        assertEquals(2, crm.audit().search(AuditQuery.all(), PageRequest.of(0, 1, org.crm4j.core.Sort.desc(
                AuditSort.ID))).totalElements());
    }

    @Test
    void reading_onlyAuditorAndAdmin() {
        crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));

        assertEquals(1, as(Principal.of("audrey", null, Role.AUDITOR)).audit()
                .search(AuditQuery.all(), PageRequest.of(0, 10)).totalElements());
        assertTrue(as(Principal.of("audrey", null, Role.AUDITOR)).audit().verify().intact());
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> as(Principal.of("ana", null, Role.ANALYST)).audit().search(AuditQuery.all(),
                        PageRequest.of(0, 10)));
        assertEquals(Optional.of(Permission.AUDIT_READ), denied.permission());
    }
}
