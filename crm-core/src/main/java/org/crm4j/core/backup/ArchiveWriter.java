package org.crm4j.core.backup;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a backup archive: data files of one JSON line per record, each hashed and counted as it streams by, then
 * {@code manifest.json}. Holds one line in memory at a time. Not thread-safe.
 */
final class ArchiveWriter {

    static final String MANIFEST = "manifest.json";

    private final ZipOutputStream zip;
    private final List<BackupManifest.BackupFile> files = new ArrayList<>();
    private MessageDigest digest;
    private String current;
    private long lines;

    /** @param out the caller's stream; flushed by {@link #finish}, never closed */
    ArchiveWriter(OutputStream out) {
        this.zip = new ZipOutputStream(new BufferedOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller closes its own stream
            }
        }, 1 << 16), StandardCharsets.UTF_8);
    }

    /** Starts a data file. */
    void begin(String name) {
        current = name;
        lines = 0;
        digest = Checksums.sha256();
        try {
            ZipEntry entry = new ZipEntry(name);
            entry.setTime(0); // the same content gives the same bytes, whenever it is written
            zip.putNextEntry(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup archive", e);
        }
    }

    /** Writes one record as one line of the current file. */
    void line(Object record) {
        byte[] bytes = (RecordJson.write(record) + "\n").getBytes(StandardCharsets.UTF_8);
        digest.update(bytes);
        lines++;
        try {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup archive", e);
        }
    }

    /** Ends the current data file. */
    void end() {
        try {
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup archive", e);
        }
        files.add(new BackupManifest.BackupFile(current, lines, Checksums.hex(digest.digest())));
        current = null;
    }

    /** Writes the manifest, completes the ZIP and flushes the caller's stream. */
    BackupManifest finish(int formatVersion, String schema, Instant createdAt) {
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, formatVersion, schema,
                createdAt, files, Checksums.overall(files));
        try {
            ZipEntry entry = new ZipEntry(MANIFEST);
            entry.setTime(0);
            zip.putNextEntry(entry);
            zip.write(ManifestJson.write(manifest).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup archive", e);
        }
        return manifest;
    }
}
