package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.customer;
import static org.crm4j.core.contract.Fixtures.customerId;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.crm4j.core.contract.Fixtures.fullCustomer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.customer.CustomerSort;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.LifecycleStage;
import org.crm4j.core.customer.Tag;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.sales.SaleRepository;
import org.junit.jupiter.api.Test;

/** What every {@link CustomerRepository} must do. Extend it and implement {@link #newPorts()}. */
public abstract class CustomerRepositoryContract extends PortsContract {

    private ProductRepository products() {
        return ports.get(ProductRepository.class);
    }

    private SaleRepository sales() {
        return ports.get(SaleRepository.class);
    }

    private CustomerRepository repository() {
        return ports.get(CustomerRepository.class);
    }

    private void assertRefusedWhileEncrypted(String field, Runnable search) {
        ValidationException refused = assertThrows(ValidationException.class, () -> tx(() -> {
            search.run();
            return null;
        }));
        assertEquals(field, refused.field());
    }

    private Customer saved(Customer customer) {
        return tx(() -> repository().save(customer));
    }

    private List<CustomerId> ids(Page<Customer> page) {
        return page.content().stream().map(Customer::id).toList();
    }

    @Test
    void save_customerWithEveryField_isFoundEqual() {
        Customer customer = fullCustomer(1);

        saved(customer);

        assertEquals(Optional.of(customer), tx(() -> repository().find(customerId(1))));
    }

    @Test
    void activeFlags_storedAndUnknownIds_tellWhoIsActiveAndLeaveOutTheUnknown() {
        saved(customer(1, "Ada", "ada@example.org", NOW));
        saved(customer(2, "Bob", "bob@example.org", NOW).archive(NOW));

        assertEquals(Map.of(customerId(1), true, customerId(2), false),
                tx(() -> repository().activeFlags(List.of(customerId(1), customerId(2), customerId(9)))));
    }

    @Test
    void find_unknownId_isEmpty() {
        assertEquals(Optional.empty(), tx(() -> repository().find(customerId(9))));
    }

    @Test
    void findByEmail_savedAddress_findsTheCustomer() {
        Customer ada = saved(customer(1, "Ada", "ada@example.org", NOW));

        assertEquals(Optional.of(ada), tx(() -> repository().findByEmail(EmailAddress.of("ADA@example.org"))));
    }

    @Test
    void save_emailOfAnotherCustomer_isDuplicateAndNothingChanged() {
        saved(customer(1, "Ada", "ada@example.org", NOW));

        DuplicateException e = assertThrows(DuplicateException.class,
                () -> saved(customer(2, "Other Ada", "Ada@Example.org", NOW)));

        assertEquals("email", e.field());
        assertEquals(Optional.empty(), tx(() -> repository().find(customerId(2))));
    }

    @Test
    void save_takenId_isDuplicate() {
        saved(customer(1, "Ada", "ada@example.org", NOW));

        DuplicateException e = assertThrows(DuplicateException.class,
                () -> saved(customer(1, "Bob", "bob@example.org", NOW)));

        assertEquals("customerId", e.field());
        assertEquals("Ada", tx(() -> repository().find(customerId(1))).orElseThrow().name());
    }

    @Test
    void update_currentVersion_storesTheChangeAtTheNextVersion() {
        Customer ada = saved(customer(1, "Ada", "ada@example.org", NOW));

        Customer updated = tx(() -> repository().update(ada.moveTo(LifecycleStage.ACTIVE, NOW.plusSeconds(5))));

        assertEquals(1, updated.version());
        assertEquals(Optional.of(updated), tx(() -> repository().find(ada.id())));
        assertEquals(LifecycleStage.ACTIVE, updated.stage());
    }

    @Test
    void update_staleVersion_isConcurrentUpdateAndKeepsTheStoredCustomer() {
        Customer ada = saved(customer(1, "Ada", "ada@example.org", NOW));
        Customer first = tx(() -> repository().update(ada.tag(Tag.of("first"), NOW)));

        assertThrows(ConcurrentUpdateException.class,
                () -> tx(() -> repository().update(ada.tag(Tag.of("second"), NOW))));

        assertEquals(Optional.of(first), tx(() -> repository().find(ada.id())));
    }

    @Test
    void update_unknownCustomer_isNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> tx(() -> repository().update(customer(7, "Nobody", "nobody@example.org", NOW))));

        assertEquals("customerId", e.field());
    }

    @Test
    void update_emailOfAnotherCustomer_isDuplicateAndNothingChanged() {
        saved(customer(1, "Ada", "ada@example.org", NOW));
        Customer bob = saved(customer(2, "Bob", "bob@example.org", NOW));

        DuplicateException e = assertThrows(DuplicateException.class, () -> tx(() -> repository().update(
                bob.changeDetails("Bob", EmailAddress.of("ada@example.org"), null, null, null, NOW))));

        assertEquals("email", e.field());
        assertEquals(Optional.of(bob), tx(() -> repository().find(bob.id())));
    }

    @Test
    void delete_savedCustomer_isGone() {
        Customer ada = saved(customer(1, "Ada", "ada@example.org", NOW));

        txRun(() -> repository().delete(ada.id()));

        assertEquals(Optional.empty(), tx(() -> repository().find(ada.id())));
    }

    @Test
    void delete_unknownCustomer_isNotFound() {
        assertThrows(NotFoundException.class, () -> txRun(() -> repository().delete(customerId(3))));
    }

    @Test
    void hasSales_customerWithoutSales_isFalse() {
        Customer ada = saved(customer(1, "Ada", "ada@example.org", NOW));

        assertFalse(tx(() -> repository().hasSales(ada.id())));
    }

    @Test
    void hasSales_customerWithASale_isTrue() {
        Customer ada = saved(customer(1, "Ada", "ada@example.org", NOW));
        var tea = tx(() -> products().save(Fixtures.product(1, "TEA", "Tea", eur("4.50"), 5, NOW)));
        tx(() -> sales().save(Fixtures.sale(1, ada.id(), tea.id(), 1, tea.price(), NOW)));

        assertTrue(tx(() -> repository().hasSales(ada.id())));
    }

    @Test
    void search_namePart_matchesCaseInsensitively() {
        saved(customer(1, "Ada Lovelace", "ada@example.org", NOW));
        saved(customer(2, "Alan Turing", "alan@example.org", NOW));
        saved(customer(3, "Grace Hopper", "grace@example.org", NOW));
        if (!searchesPersonalText()) {
            assertRefusedWhileEncrypted("name", () -> repository().search(CustomerQuery.all().withName("LOVE"),
                    PageRequest.of(0, 10)));
            return;
        }

        Page<Customer> page = tx(() -> repository().search(CustomerQuery.all().withName("LOVE"),
                PageRequest.of(0, 10)));

        assertEquals(List.of(customerId(1)), ids(page));
    }

    @Test
    void search_emailPart_matchesCaseInsensitively() {
        saved(customer(1, "Ada", "ada@analytical.org", NOW));
        saved(customer(2, "Alan", "alan@bletchley.uk", NOW));
        if (!searchesPersonalText()) {
            assertRefusedWhileEncrypted("email", () -> repository().search(
                    CustomerQuery.all().withEmail("BLETCHLEY"), PageRequest.of(0, 10)));
            return;
        }

        Page<Customer> page = tx(() -> repository().search(CustomerQuery.all().withEmail("BLETCHLEY"),
                PageRequest.of(0, 10)));

        assertEquals(List.of(customerId(2)), ids(page));
    }

    @Test
    void search_creationPeriod_includesTheStartAndExcludesTheEnd() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Instant end = Instant.parse("2026-02-01T00:00:00Z");
        saved(customer(1, "Before", "before@example.org", start.minusSeconds(1)));
        saved(customer(2, "Start", "start@example.org", start));
        saved(customer(3, "Inside", "inside@example.org", end.minusSeconds(1)));
        saved(customer(4, "End", "end@example.org", end));

        Page<Customer> page = tx(() -> repository().search(CustomerQuery.all().createdBetween(start, end),
                PageRequest.of(0, 10)));

        assertEquals(List.of(customerId(2), customerId(3)), ids(page));
    }

    @Test
    void search_stageAndTag_matchOnlyCustomersWithBoth() {
        saved(customer(1, "Ada", "ada@example.org", NOW).moveTo(LifecycleStage.ACTIVE, NOW).tag(Tag.of("vip"), NOW));
        saved(customer(2, "Bob", "bob@example.org", NOW).moveTo(LifecycleStage.ACTIVE, NOW));
        saved(customer(3, "Cy", "cy@example.org", NOW).tag(Tag.of("vip"), NOW));

        Page<Customer> page = tx(() -> repository().search(
                CustomerQuery.all().withStage(LifecycleStage.ACTIVE).withTag(Tag.of("vip")), PageRequest.of(0, 10)));

        assertEquals(List.of(customerId(1)), ids(page));
    }

    @Test
    void search_archivedCustomer_isLeftOutUnlessAskedFor() {
        saved(customer(1, "Ada", "ada@example.org", NOW));
        saved(customer(2, "Bob", "bob@example.org", NOW).archive(NOW));

        Page<Customer> active = tx(() -> repository().search(CustomerQuery.all(), PageRequest.of(0, 10)));
        Page<Customer> all = tx(() -> repository().search(CustomerQuery.all().includingArchived(),
                PageRequest.of(0, 10)));

        assertEquals(List.of(customerId(1)), ids(active));
        assertEquals(List.of(customerId(1), customerId(2)), ids(all));
    }

    @Test
    void search_sortedByNameDescending_ordersCaseInsensitivelyWithTiesById() {
        saved(customer(4, "bob", "bob2@example.org", NOW));
        saved(customer(1, "Carol", "carol@example.org", NOW));
        saved(customer(3, "Bob", "bob1@example.org", NOW));
        saved(customer(2, "alice", "alice@example.org", NOW));
        if (!searchesPersonalText()) {
            assertRefusedWhileEncrypted("sort.key", () -> repository().search(CustomerQuery.all(),
                    PageRequest.of(0, 10, Sort.desc(CustomerSort.NAME))));
            assertRefusedWhileEncrypted("sort.key", () -> repository().search(CustomerQuery.all(),
                    PageRequest.of(0, 10, Sort.asc(CustomerSort.EMAIL))));
            return;
        }

        Page<Customer> page = tx(() -> repository().search(CustomerQuery.all(),
                PageRequest.of(0, 10, Sort.desc(CustomerSort.NAME))));

        assertEquals(List.of(customerId(1), customerId(3), customerId(4), customerId(2)), ids(page));
    }

    @Test
    void search_secondPage_holdsTheNextElementsAndTheTotal() {
        for (int n = 1; n <= 5; n++) {
            saved(customer(n, "Customer " + n, "c" + n + "@example.org", NOW.plusSeconds(n)));
        }

        Page<Customer> page = tx(() -> repository().search(CustomerQuery.all(),
                PageRequest.of(1, 2, Sort.asc(CustomerSort.CREATED_AT))));

        assertEquals(List.of(customerId(3), customerId(4)), ids(page));
        assertEquals(5, page.totalElements());
        assertEquals(3, page.totalPages());
    }

    @Test
    void search_pageBeyondTheEnd_isEmptyWithTheTotal() {
        saved(customer(1, "Ada", "ada@example.org", NOW));

        Page<Customer> page = tx(() -> repository().search(CustomerQuery.all(), PageRequest.of(3, 10)));

        assertEquals(List.of(), page.content());
        assertEquals(1, page.totalElements());
    }
}
