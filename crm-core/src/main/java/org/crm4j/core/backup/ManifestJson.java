package org.crm4j.core.backup;

import java.util.List;
import java.util.Map;

/** Reads and writes {@code manifest.json}, the same mapping as every record line (see {@link RecordJson}). */
final class ManifestJson {

    private ManifestJson() {
    }

    static String write(BackupManifest manifest) {
        return RecordJson.write(manifest) + "\n";
    }

    /**
     * @throws InvalidBackupException if the text is not a manifest of a format version this crm4j reads
     */
    static BackupManifest read(String text) {
        Object json;
        try {
            json = Json.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidBackupException("manifest.json is not valid JSON: " + e.getMessage(), e);
        }
        if (!(json instanceof Map<?, ?> members)) {
            throw new InvalidBackupException("manifest.json must hold a JSON object");
        }
        if (!BackupManifest.FORMAT.equals(members.get("format"))) {
            throw new InvalidBackupException("manifest.json must name the format \"" + BackupManifest.FORMAT
                    + "\", was " + members.get("format"));
        }
        Object version = members.get("formatVersion");
        if (!(version instanceof Json.Number number)
                || !number.text().equals(Integer.toString(BackupManifest.FORMAT_VERSION))
                && !number.text().equals(Integer.toString(BackupManifest.SEALED_FORMAT_VERSION))) {
            throw new InvalidBackupException("manifest.json: formatVersion must be " + BackupManifest.FORMAT_VERSION
                    + " or " + BackupManifest.SEALED_FORMAT_VERSION + " (the versions this crm4j reads), was "
                    + (version instanceof Json.Number n ? n.text() : version));
        }
        BackupManifest manifest;
        try {
            manifest = RecordJson.read(text.strip(), BackupManifest.class);
        } catch (RuntimeException e) {
            throw new InvalidBackupException("manifest.json is not a valid manifest: " + e.getMessage(), e);
        }
        List<BackupManifest.BackupFile> files = manifest.files();
        if (!Checksums.overall(files).equals(manifest.checksum())) {
            throw new InvalidBackupException("manifest.json: checksum does not match its files (the manifest was "
                    + "changed after it was written)");
        }
        return manifest;
    }
}
