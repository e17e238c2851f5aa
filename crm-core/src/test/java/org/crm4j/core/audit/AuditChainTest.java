package org.crm4j.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Transactions;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

/** The hash chain and its verification, on a trail whose rows a test edits behind crm4j's back. */
class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:15:30.123456Z");
    private static final Transactions DIRECT = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    /** A trail over a list that the test may change. */
    private static final class ListTrail implements AuditTrail {
        final List<AuditEntry> rows = new ArrayList<>();
        ChainHead head = ChainHead.EMPTY;

        @Override
        public ChainHead lockHead() {
            return head;
        }

        @Override
        public ChainHead head() {
            return head;
        }

        @Override
        public void append(List<AuditEntry> entries) {
            rows.addAll(entries);
            head = ChainHead.of(entries.get(entries.size() - 1));
        }

        @Override
        public List<AuditEntry> read(long fromSequence, int limit) {
            return rows.stream().filter(e -> e.sequence() >= fromSequence).limit(limit).toList();
        }

        @Override
        public Page<AuditEntry> search(AuditQuery query, PageRequest<AuditSort> request) {
            throw new UnsupportedOperationException();
        }
    }

    private static ListTrail trailOf(int n) {
        ListTrail trail = new ListTrail();
        String previous = AuditEntry.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry entry = AuditEntry.link(i, new AuditEvent(AT.plusSeconds(i), UserId.of("ann"),
                    AuditAction.UPDATE, "CustomerService.tag", "customer", "c" + i,
                    List.of(new FieldChange("tags", Optional.empty(), Optional.of("[vip]")))), previous);
            trail.append(List.of(entry));
            previous = entry.hash();
        }
        return trail;
    }

    private static AuditEntry withRecordId(AuditEntry e, String id) {
        return new AuditEntry(e.sequence(), e.at(), e.actor(), e.action(), e.operation(), e.recordType(), id,
                e.changes(), e.previousHash(), e.hash());
    }

    @Test
    void verify_untouched_intact() {
        AuditVerification result = AuditService.create(trailOf(2500), DIRECT).verify();

        assertTrue(result.intact());
        assertEquals(2500, result.checked());
    }

    @Test
    void verify_changedContent_namesThatEntry() {
        ListTrail trail = trailOf(5);
        trail.rows.set(2, withRecordId(trail.rows.get(2), "someone else"));

        AuditVerification result = AuditService.create(trail, DIRECT).verify();

        assertEquals(Optional.of(3L), result.firstBroken());
        assertEquals(Optional.of("entry 3: hash does not match its content"), result.reason());
    }

    @Test
    void verify_entryRehashed_theNextOneBreaks() {
        ListTrail trail = trailOf(5);
        AuditEntry third = trail.rows.get(2);
        AuditEntry forged = AuditEntry.link(3, new AuditEvent(third.at(), third.actor(), third.action(),
                third.operation(), third.recordType(), "forged", third.changes()), third.previousHash());
        trail.rows.set(2, forged);

        assertEquals(Optional.of(4L), AuditService.create(trail, DIRECT).verify().firstBroken());
    }

    @Test
    void verify_removedEntry_namesTheGap() {
        ListTrail trail = trailOf(5);
        trail.rows.remove(1);

        AuditVerification result = AuditService.create(trail, DIRECT).verify();

        assertEquals(Optional.of(2L), result.firstBroken());
        assertEquals(1, result.checked());
    }

    @Test
    void verify_removedLastEntry_headNoLongerReached() {
        ListTrail trail = trailOf(5);
        trail.rows.remove(4);

        assertEquals(Optional.of(5L), AuditService.create(trail, DIRECT).verify().firstBroken());
    }

    @Test
    void encode_decode_roundTripsAwkwardValues() {
        List<FieldChange> changes = List.of(new FieldChange("name", Optional.of("a b\nc 3:x"), Optional.empty()),
                new FieldChange("note", Optional.empty(), Optional.of("")),
                new FieldChange("emoji", Optional.of("\uD83D\uDE00 -"), Optional.of("-")));

        assertEquals(changes, FieldChange.decode(FieldChange.encode(changes)));
        assertEquals("name 9:a b\nc 3:x -\nnote - 0:\nemoji 4:\uD83D\uDE00 - 1:-\n", FieldChange.encode(changes));
        assertThrows(ValidationException.class, () -> FieldChange.decode("name 5:ab -\n"));
    }

    @Test
    void link_hashIsSha256OfTheCanonicalText() {
        AuditEntry first = trailOf(1).rows.get(0);

        assertEquals("1\n2026-03-02T10:15:31.123456Z\nann\nUPDATE\nCustomerService.tag\ncustomer\nc1\n"
                + "tags - 5:[vip]\n\n" + AuditEntry.GENESIS, first.canonical());
        // printf '%s' "<canonical text above>" | sha256sum
        assertEquals("00872ab85c304fcb23b608ca996c2931d2c641e887d57008f084f1cb6b247583", first.hash());
        assertTrue(first.hashMatches());
        assertFalse(withRecordId(first, "c2").hashMatches());
    }

    @Test
    void entry_malformedHash_refused() {
        AuditEntry first = trailOf(1).rows.get(0);

        ValidationException e = assertThrows(ValidationException.class, () -> new AuditEntry(1, AT, first.actor(),
                first.action(), first.operation(), first.recordType(), first.recordId(), first.changes(),
                first.previousHash(), "ABC"));
        assertEquals("hash", e.field());
        assertEquals(AuditEntry.HEX_64, e.rule());
    }
}
