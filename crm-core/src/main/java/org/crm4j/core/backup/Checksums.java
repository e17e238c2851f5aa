package org.crm4j.core.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 as the archive uses it. */
final class Checksums {

    private Checksums() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** @return the manifest's checksum over its files, as {@link BackupManifest#checksum()} defines it */
    static String overall(List<BackupManifest.BackupFile> files) {
        MessageDigest digest = sha256();
        for (BackupManifest.BackupFile file : files) {
            digest.update((file.name() + "\n" + file.records() + "\n" + file.sha256() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return hex(digest.digest());
    }
}
