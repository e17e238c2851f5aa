package org.crm4j.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;

/**
 * One entry of the append-only audit trail: an {@link AuditEvent} with its place in the hash chain. Entries are
 * numbered 1, 2, 3, ... without gaps; each carries the SHA-256 of the entry before ({@link #GENESIS} for the
 * first) and its own SHA-256 over its canonical text ({@link #canonical()}), so that changing, removing or
 * inserting an entry behind crm4j's back breaks the chain at that entry ({@link AuditService#verify()}).
 * Immutable.
 *
 * @param sequence     the position, from 1
 * @param at           when
 * @param actor        who
 * @param action       what kind of write
 * @param operation    the service operation
 * @param recordType   the record's type
 * @param recordId     the record's id
 * @param changes      the changed fields
 * @param previousHash the hash of the entry before, 64 lower-case hexadecimal digits
 * @param hash         this entry's hash, 64 lower-case hexadecimal digits
 */
public record AuditEntry(long sequence, Instant at, UserId actor, AuditAction action, String operation,
        String recordType, String recordId, List<FieldChange> changes, String previousHash, String hash) {

    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);
    /** Rule of a hash that is not 64 lower-case hexadecimal digits. */
    public static final String HEX_64 = "must be 64 lower-case hexadecimal digits";

    /**
     * Checks the form (not the chain: {@link AuditService#verify()} does).
     *
     * @throws ValidationException naming a null field, a sequence below 1 ({@code "sequence"}) or a malformed
     *                             hash ({@code "previousHash"}, {@code "hash"}, rule {@link #HEX_64})
     */
    public AuditEntry {
        if (sequence < 1) {
            throw new ValidationException("sequence", "must be >= 1", sequence);
        }
        Require.nonNull("at", at);
        Require.nonNull("actor", actor);
        Require.nonNull("action", action);
        Require.nonNull("operation", operation);
        Require.nonNull("recordType", recordType);
        Require.nonNull("recordId", recordId);
        changes = List.copyOf(Require.nonNull("changes", changes));
        hex("previousHash", previousHash);
        hex("hash", hash);
    }

    private static void hex(String field, String value) {
        Require.nonNull(field, value);
        if (value.length() != 64 || !value.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new ValidationException(field, HEX_64, value);
        }
    }

    /**
     * Links an event into the chain.
     *
     * @param sequence     its position
     * @param event        what happened
     * @param previousHash the hash of the entry before, or {@link #GENESIS}
     * @return the entry with its hash
     */
    public static AuditEntry link(long sequence, AuditEvent event, String previousHash) {
        String hash = sha256(canonical(sequence, event.at(), event.actor(), event.action(), event.operation(),
                event.recordType(), event.recordId(), event.changes(), previousHash));
        return new AuditEntry(sequence, event.at(), event.actor(), event.action(), event.operation(),
                event.recordType(), event.recordId(), event.changes(), previousHash, hash);
    }

    /** @return the text the hash covers: every field but the hash, one per line, the changes encoded */
    public String canonical() {
        return canonical(sequence, at, actor, action, operation, recordType, recordId, changes, previousHash);
    }

    /** @return whether {@link #hash()} is the SHA-256 of {@link #canonical()} */
    public boolean hashMatches() {
        return sha256(canonical()).equals(hash);
    }

    private static String canonical(long sequence, Instant at, UserId actor, AuditAction action, String operation,
            String recordType, String recordId, List<FieldChange> changes, String previousHash) {
        return sequence + "\n" + at + "\n" + actor.value() + "\n" + action + "\n" + operation + "\n" + recordType
                + "\n" + recordId + "\n" + FieldChange.encode(changes) + "\n" + previousHash;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
