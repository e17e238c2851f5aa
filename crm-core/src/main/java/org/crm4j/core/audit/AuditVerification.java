package org.crm4j.core.audit;

import java.util.Optional;

/**
 * The result of {@link AuditService#verify()}. Immutable.
 *
 * @param checked     the entries checked before the first broken one (all, when intact)
 * @param firstBroken the sequence of the first entry found changed, missing or out of place, or empty when the
 *                    chain is intact
 * @param reason      why it is broken, for example {@code "entry 7: hash does not match its content"}, or empty
 */
public record AuditVerification(long checked, Optional<Long> firstBroken, Optional<String> reason) {

    /** @return whether the chain is intact */
    public boolean intact() {
        return firstBroken.isEmpty();
    }

    static AuditVerification intact(long checked) {
        return new AuditVerification(checked, Optional.empty(), Optional.empty());
    }

    static AuditVerification broken(long checked, long sequence, String reason) {
        return new AuditVerification(checked, Optional.of(sequence), Optional.of("entry " + sequence + ": " + reason));
    }
}
