package org.crm4j.core.backup;

import java.time.Instant;
import java.util.List;
import org.crm4j.core.Require;

/**
 * The manifest of a backup archive ({@code manifest.json}): what wrote it, when, and for every data file its
 * record count and the SHA-256 of its bytes, plus one checksum over all of them.
 *
 * @param format        always {@link #FORMAT}
 * @param formatVersion the layout version, {@link #FORMAT_VERSION} for archives this crm4j writes
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
    /** The layout this crm4j writes and the only one it reads. */
    public static final int FORMAT_VERSION = 1;

    /** Checks the components are present and copies the list. */
    public BackupManifest {
        Require.nonNull("format", format);
        Require.nonNull("schema", schema);
        Require.nonNull("createdAt", createdAt);
        files = List.copyOf(Require.nonNull("files", files));
        Require.nonNull("checksum", checksum);
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
