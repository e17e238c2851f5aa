package org.crm4j.core.backup;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.privacy.CustomerKeyVault;

/**
 * Backup and restore of a whole CRM, on any adapter: {@link #export} writes one consistent snapshot as a ZIP of
 * JSON Lines files with a manifest of record counts and SHA-256 checksums; {@link #restore} checks an archive
 * completely and only then writes it, in one transaction, into an empty CRM. Records keep their ids, versions,
 * timestamps, histories, ownership and survey token hashes; the audit trail is copied entry by entry, so its hash
 * chain still verifies after a restore.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("crm-backup.zip"))) {
 *     BackupManifest made = crm.backup().export(out, (done, total) -> log(done + " / " + total));
 * }
 * try (Crm fresh = JpaCrm.of(otherDataSource)) {
 *     fresh.backup().restore(Path.of("crm-backup.zip"), BackupProgress.NONE);
 * }
 * }</pre>
 *
 * <p><b>Personal data.</b> Without a {@link CustomerKeyVault} (format version {@link BackupManifest#FORMAT_VERSION})
 * the archive holds personal data <b>in clear</b> (names, e-mail addresses, phone numbers, dates of birth, notes),
 * decrypted even when the JPA adapter encrypts them at rest, so that it restores into a CRM with other keys or none:
 * the host must protect it (an encrypted volume or an encrypting stream around {@code out}). Customers erased before
 * the export are anonymised in it, but a customer erased <i>after</i> the export stays readable there.
 *
 * <p>With a {@link CustomerKeyVault} ({@code Crm.Builder#keyVault}; format version
 * {@link BackupManifest#SEALED_FORMAT_VERSION}) exactly the values {@link org.crm4j.core.privacy.PrivacyService#erase}
 * removes are <b>sealed</b> under each customer's key: the customer's name, e-mail address, phone, date of birth,
 * gender and tags, and the contact (name, e-mail address, phone) of the leads converted into it, each field with
 * AES-256-GCM under a fresh 96-bit nonce and associated data binding it to the customer (and lead) id and the field.
 * Everything else is written as without a vault (free texts such as ticket descriptions and activity bodies stay in
 * clear, as erase keeps them; the audit trail masks personal fields, tags included). Erasing a customer
 * destroys its key, so that a restore of an older archive brings the customer back anonymised by
 * {@link org.crm4j.core.customer.Customer#erase} and its converted leads by {@link org.crm4j.core.lead.Lead#erase},
 * never as it was. An export creates the keys of customers that have none. Nothing of the adapter's or the vault's
 * keys is exported.
 *
 * <p>Implementations are thread-safe; an export may run beside other work (it reads a snapshot), a restore must not
 * (its target is empty and its one transaction may be large).
 */
public interface BackupService {

    /**
     * Writes the whole CRM to {@code out} as a backup archive, reading one consistent snapshot in one read
     * transaction, a page of at most 1 000 records at a time (memory does not grow with the CRM's size).
     * {@code out} is written to the end of the ZIP and flushed, not closed.
     *
     * @param out      where the archive goes, not null
     * @param progress hears records done / total after each page, not null
     * @return the manifest written into the archive
     * @throws java.io.UncheckedIOException if writing to {@code out} fails (the CRM is unchanged in any case)
     * @throws org.crm4j.core.privacy.KeyVaultException if the CRM's vault cannot create or read a customer's key
     *                                                  (what was written to {@code out} is no valid archive)
     */
    BackupManifest export(OutputStream out, BackupProgress progress);

    /**
     * Checks an archive completely without writing anything: it must be a readable ZIP with a manifest of format
     * {@link BackupManifest#FORMAT} version {@link BackupManifest#FORMAT_VERSION} or
     * {@link BackupManifest#SEALED_FORMAT_VERSION}, hold exactly the manifest's files, each with the listed number of
     * lines and SHA-256, the manifest's checksum must match, and every line must be a valid record of its file
     * (every domain invariant checked). The sealed values of a version 2 archive are opened too if this CRM has a
     * {@link CustomerKeyVault} (without one only their form is checked).
     *
     * @param archive the archive file, not null
     * @return its manifest
     * @throws InvalidBackupException naming the file (and line) of the first problem, or the customer or lead whose
     *                                sealed value does not open or whose key the vault neither holds nor destroyed
     */
    BackupManifest verify(Path archive);

    /**
     * Restores an archive into this CRM, which must be empty: first {@link #verify} checks the whole archive, then
     * one transaction writes every record as it was (ids, versions, timestamps, histories, ownership, audit
     * entries). If anything fails, the transaction rolls back and the CRM stays empty. No audit entry is added for
     * the restore itself (the restored chain ends where the exported one did).
     *
     * <p>An archive whose personal data is sealed needs this CRM's {@link CustomerKeyVault}: every sealed value is
     * opened before the transaction starts; in it, a customer whose key is live is restored as it was, a customer
     * whose key was destroyed (erased after the export) is restored anonymised as erase leaves a customer (at this
     * CRM's clock's time), its converted leads too.
     *
     * @param archive  the archive file, not null; read twice
     * @param progress hears records done / total after each page, not null
     * @return the archive's manifest
     * @throws InvalidBackupException  if the archive is refused (nothing written): damaged or changed, sealed while
     *                                 this CRM has no vault, a sealed value that does not open under its customer's
     *                                 key, or a key the vault neither holds nor destroyed (the wrong vault)
     * @throws IllegalStateException   if this CRM holds any record (nothing written), naming the first non-empty
     *                                 table
     */
    BackupManifest restore(Path archive, BackupProgress progress);

    /**
     * Creates the service over an adapter's ports. {@link org.crm4j.core.Crm#backup()} does this with the
     * unguarded ports, so that a restore writes records verbatim and records no audit entry of its own.
     *
     * @param ports the adapter's ports, including {@link BackupStore}; not null
     * @param clock gives the manifest's {@code createdAt}; not null
     * @return the service
     */
    static BackupService create(CrmPorts ports, Clock clock) {
        return new DefaultBackupService(ports, clock, Optional.empty());
    }

    /**
     * Creates the service over an adapter's ports with a vault of customer keys: {@link #export} seals personal
     * data under the customers' keys (format version {@link BackupManifest#SEALED_FORMAT_VERSION}) and
     * {@link #restore} opens it, or anonymises the customers whose key was destroyed.
     *
     * @param ports the adapter's ports, including {@link BackupStore}; not null
     * @param clock gives the manifest's {@code createdAt} and the time of anonymisations on restore; not null
     * @param vault the customers' keys, not null
     * @return the service
     */
    static BackupService create(CrmPorts ports, Clock clock, CustomerKeyVault vault) {
        return new DefaultBackupService(ports, clock, Optional.of(Objects.requireNonNull(vault, "vault")));
    }
}
