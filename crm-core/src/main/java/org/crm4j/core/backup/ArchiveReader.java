package org.crm4j.core.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a backup archive: {@link #verify} checks it all (manifest, files, checksums, counts, every line as a
 * record), {@link #forEach} streams one file's records. Not thread-safe.
 */
final class ArchiveReader implements AutoCloseable {

    /** The longest line read, in characters: far above any record crm4j writes, low enough to bound memory. */
    private static final int MAX_LINE = 8 * 1024 * 1024;

    private final ZipFile zip;
    private final BackupManifest manifest;

    private ArchiveReader(ZipFile zip, BackupManifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    /**
     * Opens an archive and reads its manifest.
     *
     * @throws InvalidBackupException if it is not a complete ZIP or its manifest is missing or invalid
     */
    static ArchiveReader open(Path archive) {
        ZipFile zip;
        try {
            zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new InvalidBackupException("the archive " + archive + " is not a complete ZIP file (truncated or "
                    + "damaged): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the archive " + archive, e);
        }
        try {
            ZipEntry entry = zip.getEntry(ArchiveWriter.MANIFEST);
            if (entry == null) {
                throw new InvalidBackupException("the archive has no " + ArchiveWriter.MANIFEST);
            }
            String text;
            try (InputStream in = zip.getInputStream(entry)) {
                text = new String(in.readNBytes(MAX_LINE), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidBackupException("cannot read " + ArchiveWriter.MANIFEST + ": " + e.getMessage(), e);
            }
            return new ArchiveReader(zip, ManifestJson.read(text));
        } catch (RuntimeException e) {
            try {
                zip.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    BackupManifest manifest() {
        return manifest;
    }

    /**
     * Checks that the archive holds exactly the manifest's files and {@code manifest.json}, and that each file has
     * its listed SHA-256 and number of lines and every line is a valid record of its type.
     *
     * @param types the record type of each file name the manifest may list
     * @throws InvalidBackupException naming the file (and line) of the first problem
     */
    void verify(Map<String, Class<?>> types) {
        Set<String> listed = new HashSet<>();
        for (BackupManifest.BackupFile file : manifest.files()) {
            if (!types.containsKey(file.name())) {
                throw new InvalidBackupException("manifest.json lists an unknown file " + file.name());
            }
            if (!listed.add(file.name())) {
                throw new InvalidBackupException("manifest.json lists " + file.name() + " twice");
            }
        }
        for (String name : types.keySet()) {
            if (!listed.contains(name)) {
                throw new InvalidBackupException("manifest.json does not list " + name);
            }
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!name.equals(ArchiveWriter.MANIFEST) && !listed.contains(name)) {
                throw new InvalidBackupException("the archive holds a file the manifest does not list: " + name);
            }
        }
        for (BackupManifest.BackupFile file : manifest.files()) {
            Class<?> type = types.get(file.name());
            MessageDigest digest = Checksums.sha256();
            long lines = read(file, digest, record -> {
            }, type);
            if (lines != file.records()) {
                throw new InvalidBackupException(file.name() + " has " + lines + " records, the manifest lists "
                        + file.records());
            }
            String sha = Checksums.hex(digest.digest());
            if (!sha.equals(file.sha256())) {
                throw new InvalidBackupException(file.name() + ": SHA-256 " + sha + " does not match the manifest's "
                        + file.sha256() + " (the file was changed or damaged)");
            }
        }
    }

    /** Streams the records of one file, after {@link #verify} passed. */
    <T> void forEach(String name, Class<T> type, Consumer<T> sink) {
        BackupManifest.BackupFile file = manifest.files().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidBackupException("manifest.json does not list " + name));
        read(file, Checksums.sha256(), record -> sink.accept(type.cast(record)), type);
    }

    private long read(BackupManifest.BackupFile file, MessageDigest digest, Consumer<Object> sink, Class<?> type) {
        ZipEntry entry = zip.getEntry(file.name());
        if (entry == null) {
            throw new InvalidBackupException("the archive lacks " + file.name() + ", which the manifest lists");
        }
        long line = 0;
        try (InputStream raw = zip.getInputStream(entry);
                DigestInputStream hashed = new DigestInputStream(raw, digest);
                BufferedReader reader = new BufferedReader(new InputStreamReader(hashed, StandardCharsets.UTF_8
                        .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.length() > MAX_LINE) {
                    throw new InvalidBackupException(file.name() + " line " + line + " is longer than " + MAX_LINE
                            + " characters");
                }
                Object record;
                try {
                    record = RecordJson.read(text, type);
                } catch (IllegalArgumentException e) {
                    throw new InvalidBackupException(file.name() + " line " + line + " is not a valid "
                            + type.getSimpleName() + ": " + e.getMessage(), e);
                }
                sink.accept(record);
            }
        } catch (CharacterCodingException e) {
            throw new InvalidBackupException(file.name() + " line " + (line + 1) + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new InvalidBackupException(file.name() + " cannot be read (damaged ZIP data after line " + line
                    + "): " + e.getMessage(), e);
        }
        return line;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the archive", e);
        }
    }
}
