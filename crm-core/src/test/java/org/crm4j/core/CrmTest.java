package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.inmemory.InMemoryPorts;
import org.junit.jupiter.api.Test;

class CrmTest {

    @Test
    void inMemory_clockAndIds_areUsedByTheServices() {
        Instant now = Instant.parse("2026-03-02T10:15:30Z");
        try (Crm crm = Crm.inMemory(Clock.fixed(now, ZoneOffset.UTC), IdGenerator.sequence())) {
            Customer ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));

            assertEquals("00000000-0000-0000-0000-000000000001", ada.id().toString());
            assertEquals(now, ada.createdAt());
        }
    }

    @Test
    void close_calledTwice_runsTheCloseActionOnce() {
        AtomicInteger closed = new AtomicInteger();
        Crm crm = Crm.builder(InMemoryPorts.create()).onClose(closed::incrementAndGet).build();

        crm.close();
        crm.close();

        assertEquals(1, closed.get());
    }

    @Test
    void inMemory_twoCrms_shareNothing() {
        try (Crm first = Crm.inMemory(); Crm second = Crm.inMemory()) {
            first.customers().register(NewCustomer.of("Ada", "ada@example.org"));

            assertEquals(Optional.empty(), second.customers().findByEmail("ada@example.org"));
        }
    }
}
