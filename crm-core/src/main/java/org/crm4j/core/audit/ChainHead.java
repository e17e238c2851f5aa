package org.crm4j.core.audit;

import org.crm4j.core.Require;

/**
 * The end of the audit chain: the last entry's sequence and hash ({@code 0} and {@link AuditEntry#GENESIS} when
 * empty). Immutable.
 *
 * @param sequence the last sequence, 0 when empty
 * @param hash     the last hash
 */
public record ChainHead(long sequence, String hash) {

    /** The head of an empty trail. */
    public static final ChainHead EMPTY = new ChainHead(0, AuditEntry.GENESIS);

    /** @throws org.crm4j.core.ValidationException on a negative sequence or a null hash */
    public ChainHead {
        Require.notNegative("sequence", sequence);
        Require.nonNull("hash", hash);
    }

    /**
     * @param entry the new last entry
     * @return the head after it
     */
    public static ChainHead of(AuditEntry entry) {
        return new ChainHead(entry.sequence(), entry.hash());
    }
}
