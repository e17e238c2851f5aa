package org.crm4j.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.crm4j.core.Crm;
import org.crm4j.core.privacy.CustomerKeyVault;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.contract.BackupServiceContract;
import org.crm4j.core.contract.Fixtures;
import org.crm4j.core.contract.MutableClock;
import org.crm4j.core.inmemory.InMemoryPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way an archive is refused before anything is written (one test per rule of the bad-input table): the
 * target CRM is still empty afterwards, table by table.
 */
class BackupArchiveTest {

    @TempDir
    Path dir;

    private Path archive;
    private CrmPorts target;
    private Crm crm;

    @BeforeEach
    void exportAFullCrm() throws IOException {
        CrmPorts source = InMemoryPorts.create();
        BackupServiceContract.populate(source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Crm.of(source, new MutableClock(Fixtures.NOW), IdGenerator.sequence()).backup()
                .export(out, BackupProgress.NONE);
        archive = Files.write(dir.resolve("backup.zip"), out.toByteArray());
        target = InMemoryPorts.create();
        crm = Crm.of(target, new MutableClock(Fixtures.NOW), IdGenerator.sequence());
    }

    private InvalidBackupException refused(Path damaged) {
        InvalidBackupException e = assertThrows(InvalidBackupException.class,
                () -> crm.backup().restore(damaged, BackupProgress.NONE));
        BackupStore store = target.get(BackupStore.class);
        for (BackupTable table : BackupTable.values()) {
            assertEquals(0L, store.count(table), table + " stays empty");
        }
        return e;
    }

    /** @return a copy of the archive with its entries changed by {@code change} (name to bytes, in order) */
    private Path rewritten(Consumer<Map<String, byte[]>> change) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            zip.stream().forEach(entry -> {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            change.accept(entries);
            Path copy = Files.createTempFile(dir, "changed", ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    out.putNextEntry(new ZipEntry(entry.getKey()));
                    out.write(entry.getValue());
                    out.closeEntry();
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    /** Replaces a file's content and lists its new SHA-256 and count in a manifest whose checksum still matches. */
    private static void replaceConsistently(Map<String, byte[]> entries, String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        entries.put(name, bytes);
        BackupManifest manifest = ManifestJson.read(text(entries, "manifest.json"));
        java.util.List<BackupManifest.BackupFile> files = manifest.files().stream()
                .map(f -> f.name().equals(name) ? new BackupManifest.BackupFile(name,
                        content.lines().count(), Checksums.hex(Checksums.sha256().digest(bytes))) : f)
                .toList();
        entries.put("manifest.json", ManifestJson.write(new BackupManifest(manifest.format(),
                manifest.formatVersion(), manifest.schema(), manifest.createdAt(), files,
                Checksums.overall(files))).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void restore_untouchedArchive_restoresEveryRecord() {
        BackupManifest manifest = crm.backup().restore(archive, BackupProgress.NONE);

        // a control group is a line of its own but part of its campaign's row, not a row of a table
        long controlGroups = manifest.files().stream().filter(f -> f.name().equals("control-groups.jsonl"))
                .mapToLong(BackupManifest.BackupFile::records).sum();
        assertTrue(controlGroups > 0, "the fixture has a control group");
        assertEquals(manifest.records() - controlGroups, Arrays.stream(BackupTable.values())
                .mapToLong(t -> target.get(BackupStore.class).count(t)).sum());
    }

    @Test
    void restore_truncatedZip_refused() throws IOException {
        byte[] bytes = Files.readAllBytes(archive);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length - 100));

        assertTrue(refused(cut).getMessage().contains("is not a complete ZIP file"));
    }

    @Test
    void restore_dataFileChanged_refusedNamingTheFileAndItsChecksum() {
        Path changed = rewritten(e -> e.put("products.jsonl", text(e, "products.jsonl")
                .replace("\"stock\":", "\"stock\":1").getBytes(StandardCharsets.UTF_8)));

        InvalidBackupException e = refused(changed);

        assertTrue(e.getMessage().startsWith("products.jsonl: SHA-256 "), e.getMessage());
    }

    @Test
    void restore_fileMissing_refused() {
        Path changed = rewritten(e -> e.remove("tickets.jsonl"));

        assertEquals("the archive lacks tickets.jsonl, which the manifest lists", refused(changed).getMessage());
    }

    @Test
    void restore_fileTheManifestDoesNotList_refused() {
        Path changed = rewritten(e -> e.put("extra.jsonl", new byte[0]));

        assertEquals("the archive holds a file the manifest does not list: extra.jsonl",
                refused(changed).getMessage());
    }

    @Test
    void restore_manifestMissing_refused() {
        Path changed = rewritten(e -> e.remove("manifest.json"));

        assertEquals("the archive has no manifest.json", refused(changed).getMessage());
    }

    @Test
    void restore_countDiffersFromTheManifest_refused() {
        Path changed = rewritten(e -> {
            String sales = text(e, "sales.jsonl");
            replaceConsistently(e, "sales.jsonl", sales);
            e.put("manifest.json", text(e, "manifest.json").replace("\"name\":\"sales.jsonl\",\"records\":4",
                    "\"name\":\"sales.jsonl\",\"records\":5").getBytes(StandardCharsets.UTF_8));
        });

        // four sales: three and one return; the listed count is part of the manifest's checksum, so the manifest itself is found changed first
        assertTrue(refused(changed).getMessage().startsWith("manifest.json: checksum does not match"));
    }

    @Test
    void restore_lineRemovedAndManifestRewrittenButCountKept_refusedNamingTheCounts() {
        Path changed = rewritten(e -> {
            String sales = text(e, "sales.jsonl");
            String shorter = sales.substring(sales.indexOf('\n') + 1);
            replaceConsistently(e, "sales.jsonl", shorter);
            BackupManifest manifest = ManifestJson.read(text(e, "manifest.json"));
            java.util.List<BackupManifest.BackupFile> files = manifest.files().stream()
                    .map(f -> f.name().equals("sales.jsonl") ? new BackupManifest.BackupFile(f.name(),
                            f.records() + 1, f.sha256()) : f).toList();
            e.put("manifest.json", ManifestJson.write(new BackupManifest(manifest.format(), 1, manifest.schema(),
                    manifest.createdAt(), files, Checksums.overall(files))).getBytes(StandardCharsets.UTF_8));
        });

        assertEquals("sales.jsonl has 3 records, the manifest lists 4", refused(changed).getMessage());
    }

    @Test
    void restore_unknownFormatVersion_refused() {
        Path changed = rewritten(e -> e.put("manifest.json", text(e, "manifest.json")
                .replace("\"formatVersion\":1", "\"formatVersion\":3").getBytes(StandardCharsets.UTF_8)));

        assertEquals("manifest.json: formatVersion must be 1 or 2 (the versions this crm4j reads), was 3",
                refused(changed).getMessage());
    }

    @Test
    void restore_clearArchiveClaimingSealedPersonalData_refusedNamingFileAndLine() {
        Path changed = rewritten(e -> {
            BackupManifest manifest = ManifestJson.read(text(e, "manifest.json"));
            e.put("manifest.json", ManifestJson.write(new BackupManifest(manifest.format(),
                    BackupManifest.SEALED_FORMAT_VERSION, manifest.schema(), manifest.createdAt(), manifest.files(),
                    manifest.checksum())).getBytes(StandardCharsets.UTF_8));
        });
        crm = Crm.builder(target).clock(new MutableClock(Fixtures.NOW)).ids(IdGenerator.sequence())
                .keyVault(CustomerKeyVault.inMemory()).build();

        assertTrue(refused(changed).getMessage().startsWith("customers.jsonl line 1 is not a valid SealedCustomer: "
                + "$.customer is missing"));
    }

    @Test
    void restore_lineBreakingADomainRule_refusedNamingFileAndLine() {
        Path changed = rewritten(e -> {
            String products = text(e, "products.jsonl");
            replaceConsistently(e, "products.jsonl", products.replace("\"stock\":", "\"stock\":-"));
        });

        InvalidBackupException e = refused(changed);

        assertTrue(e.getMessage().startsWith("products.jsonl line 1 is not a valid Product: $ is not a valid "
                + "Product: "), e.getMessage());
    }

    @Test
    void restore_lineThatIsNotJson_refusedNamingFileAndLine() {
        Path changed = rewritten(e -> replaceConsistently(e, "customers.jsonl",
                text(e, "customers.jsonl") + "{\"id\":\n"));

        assertTrue(refused(changed).getMessage().startsWith("customers.jsonl line 3 is not a valid Customer: "
                + "invalid JSON"));
    }

    @Test
    void restore_lineWithAnUnknownMember_refused() {
        Path changed = rewritten(e -> replaceConsistently(e, "team-turns.jsonl",
                "{\"team\":\"north\",\"turn\":1,\"colour\":\"red\"}\n"));

        assertEquals("team-turns.jsonl line 1 is not a valid TeamTurn: $ has members a TeamTurn does not know: "
                + "[colour]", refused(changed).getMessage());
    }

    @Test
    void restore_invalidUtf8_refused() {
        Path changed = rewritten(e -> {
            byte[] bad = {'{', '"', 't', 'e', 'a', 'm', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
            e.put("team-turns.jsonl", bad);
            BackupManifest manifest = ManifestJson.read(text(e, "manifest.json"));
            java.util.List<BackupManifest.BackupFile> files = manifest.files().stream()
                    .map(f -> f.name().equals("team-turns.jsonl") ? new BackupManifest.BackupFile(f.name(), 1,
                            Checksums.hex(Checksums.sha256().digest(bad))) : f).toList();
            e.put("manifest.json", ManifestJson.write(new BackupManifest(manifest.format(), 1, manifest.schema(),
                    manifest.createdAt(), files, Checksums.overall(files))).getBytes(StandardCharsets.UTF_8));
        });

        assertEquals("team-turns.jsonl line 1 is not valid UTF-8", refused(changed).getMessage());
    }
}
