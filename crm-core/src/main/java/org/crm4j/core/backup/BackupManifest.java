package org.crm4j.core.backup;

import java.time.Instant;
import java.util.List;
import org.crm4j.core.Require;

/**
 * The manifest of a backup archive ({@code manifest.json}): what wrote it, when, and for every data file its
 * record count and the SHA-256 of its bytes, plus one checksum over all of them.
 *
 * @param format        always {@link #FORMAT}
 * @param formatVersion the layout version: {@link #FORMAT_VERSION} for an archive whose personal data is in clear
 *                      (written without a {@link org.crm4j.core.privacy.CustomerKeyVault}),
 *                      {@link #SEALED_FORMAT_VERSION} for one whose personal data is sealed under the customers'
 *                      keys (written with a vault)
 * @param schema        the storage the snapshot came from and its schema version, for example
 *                      {@code "jpa:postgresql:24"} or {@code "in-memory"}; informative, not checked
 * @param createdAt     when the export's snapshot was taken
 * @param files         the data files in archive (and restore) order
 * @param checksum      SHA-256 (lower-case hex) of the text {@code name + "\n" + records + "\n" + sha256 + "\n"}
 *                      of every file in order
 */
public record BackupManifest(String format, int formatVersion, String schema, Instant createdAt,
        List<BackupFile> files, String checksum) {

    /** The value of {@link #format()}. */
    public static final String FORMAT = "crm4j-backup";
    /**
     * The layout of an archive whose personal data is in clear: what a CRM without a
     * {@link org.crm4j.core.privacy.CustomerKeyVault} writes (and every archive written before vaults existed).
     */
    public static final int FORMAT_VERSION = 1;
    /**
     * The layout of an archive whose personal data is sealed: what a CRM with a
     * {@link org.crm4j.core.privacy.CustomerKeyVault} writes. It is version 1 except that each line of
     * {@code customers.jsonl} is {@code {"customer":<customer>,"sealed":{<field>:<sealed value>,...}}} and each line
     * of {@code leads.jsonl} is {@code {"lead":<lead>,"sealed":{...}}}, the record holding placeholders where a
     * sealed value replaces a personal field (see {@link BackupService}).
     */
    public static final int SEALED_FORMAT_VERSION = 2;

    /** Checks the components are present and copies the list. */
    public BackupManifest {
        Require.nonNull("format", format);
        Require.nonNull("schema", schema);
        Require.nonNull("createdAt", createdAt);
        files = List.copyOf(Require.nonNull("files", files));
        Require.nonNull("checksum", checksum);
    }

    /** @return whether the archive's personal data is sealed under the customers' keys ({@link #SEALED_FORMAT_VERSION}) */
    public boolean personalDataSealed() {
        return formatVersion == SEALED_FORMAT_VERSION;
    }

    /** @return the records of all files */
    public long records() {
        return files.stream().mapToLong(BackupFile::records).sum();
    }

    /**
     * One data file of the archive.
     *
     * @param name    the entry name, for example {@code "sales.jsonl"}
     * @param records its lines, one record each, at least 0
     * @param sha256  the SHA-256 of its bytes, lower-case hex
     */
    public record BackupFile(String name, long records, String sha256) {

        /** Checks the components. */
        public BackupFile {
            Require.nonNull("name", name);
            if (records < 0) {
                throw new IllegalArgumentException("records must be at least 0, was " + records);
            }
            Require.nonNull("sha256", sha256);
        }
    }
}
