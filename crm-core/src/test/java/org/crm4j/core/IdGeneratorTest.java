package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {

    @Test
    void sequence_countsFromOne() {
        IdGenerator ids = IdGenerator.sequence();

        assertEquals(UUID.fromString("00000000-0000-0000-0000-000000000001"), ids.next());
        assertEquals(UUID.fromString("00000000-0000-0000-0000-000000000002"), ids.next());
    }

    @Test
    void seeded_sameSeed_givesTheSameIds() {
        IdGenerator first = IdGenerator.seeded(42);
        IdGenerator second = IdGenerator.seeded(42);

        for (int i = 0; i < 5; i++) {
            assertEquals(first.next(), second.next());
        }
    }

    @Test
    void seeded_ids_areDistinctVersion4Uuids() {
        IdGenerator ids = IdGenerator.seeded(7);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            UUID id = ids.next();
            assertEquals(4, id.version());
            assertEquals(2, id.variant());
            seen.add(id);
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void seeded_differentSeeds_giveDifferentIds() {
        assertNotEquals(IdGenerator.seeded(1).next(), IdGenerator.seeded(2).next());
    }
}
