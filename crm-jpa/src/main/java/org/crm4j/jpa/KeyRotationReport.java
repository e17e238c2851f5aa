package org.crm4j.jpa;

/**
 * What {@link PersonalDataEncryption#rotateKeys(int)} did, summed over the tables it rotates (customers, leads,
 * activities, tickets, survey invitations, opportunities; a ticket's comments are rewritten with their ticket's row
 * and not counted apart). Each table takes at least one batch.
 *
 * @param examined  rows read because they were not in the current form (including those skipped as concurrently
 *                  changed, which the next batch reads again)
 * @param rewritten rows re-encrypted and stored
 * @param batches   transactions committed
 */
public record KeyRotationReport(long examined, long rewritten, int batches) {
}
