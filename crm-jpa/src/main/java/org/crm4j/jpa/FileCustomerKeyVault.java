package org.crm4j.jpa;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.crm4j.core.Require;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.privacy.CustomerKeyVault;
import org.crm4j.core.privacy.KeyVaultException;

/**
 * A durable {@link CustomerKeyVault}: a directory of per-customer key files, each customer key wrapped
 * (AES-256-GCM) under a master key from a {@link KeyProvider}, for the examples, tests and small installations.
 * <b>Production hosts should implement {@code CustomerKeyVault} over their key management system</b> (one KMS key
 * or key version per customer, destroyed by the KMS), because deleting a file is not secure erasure on every medium
 * (see below).
 *
 * <pre>{@code
 * KeyProvider master = Pkcs12KeyProvider.load(keystore, password, "k1");
 * CustomerKeyVault vault = FileCustomerKeyVault.open(Path.of("/var/lib/crm/customer-keys"), master);
 * Crm crm = JpaCrm.builder().dataSource(dataSource).keyVault(vault).build();
 * }</pre>
 *
 * <p>Why files and not a table: the point of the vault is that its keys are <i>not</i> in the CRM's database nor in
 * the database's backups, which would otherwise hold the key next to the data it shreds. A directory can live on
 * another volume with its own (short) retention; a table on a separate DataSource would work as well but tends to
 * share the database's backup regime. Each file is useless without the master key, so a copy of the directory alone
 * opens nothing.
 *
 * <p>Layout: {@code <directory>/<first two hex digits of the id>/<customer id>.key} holds
 * {@code crm4j-customer-key/1}, the master key id and Base64 of a 12-byte nonce and the wrapped 32-byte key (with
 * the customer id as associated data, so that a file renamed to another customer does not open), one per line;
 * {@code <customer id>.destroyed}, an empty file, is the tombstone of a destroyed key, which wins over a key file
 * (a key created by a racing {@link #keyFor} is never returned once the tombstone exists). New files are created
 * without replacing an existing one (a hard link from a temporary file), so that two threads or processes asking
 * for a new customer's key at once agree on one key; the directory's file system must support hard links (POSIX
 * file systems and NTFS do). On POSIX file systems directories and files are created readable by the owner only.
 *
 * <p><b>Erasure is only as good as the medium.</b> {@link #destroy} writes the tombstone, overwrites the key file
 * with zeros, forces it to the device and deletes it. On SSDs (wear levelling), copy-on-write or journaling file
 * systems, snapshots, and in backups or replicas of this directory the old bytes may survive; together with the
 * master key they would open the shredded data again. Keep the directory out of long-lived backups, or use a KMS.
 * Destroying the master key ({@link KeyProvider} data key) shreds every customer at once.
 *
 * <p>No key is cached: every call reads its file and asks the {@code KeyProvider} for the master key (a provider
 * should cache). Thread-safe; several processes may share the directory.
 *
 * <p>Failure modes: {@link KeyVaultException} when a file cannot be read or written, a key file is malformed, its
 * master key is unknown to the provider, or it does not open (changed, or moved from another customer).
 */
public final class FileCustomerKeyVault implements CustomerKeyVault {

    private static final String MAGIC = "crm4j-customer-key/1";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final Path directory;
    private final KeyProvider master;
    private final SecureRandom random = new SecureRandom();

    private FileCustomerKeyVault(Path directory, KeyProvider master) {
        this.directory = directory;
        this.master = master;
    }

    /**
     * Opens a vault directory, creating it if it does not exist.
     *
     * @param directory the directory of key files, not null; outside the CRM's database and its backups
     * @param master    gives the master key: new keys are wrapped under its {@link KeyProvider#currentKeyId()},
     *                  existing ones are opened under the key id stored with them; not null
     * @return the vault
     * @throws org.crm4j.core.ValidationException on {@code "directory"} or {@code "master"} if null
     * @throws KeyVaultException                  if the directory cannot be created or is not a directory
     */
    public static FileCustomerKeyVault open(Path directory, KeyProvider master) {
        Require.nonNull("directory", directory);
        Require.nonNull("master", master);
        try {
            createDirectory(directory);
        } catch (IOException e) {
            throw new KeyVaultException("cannot create the key vault directory " + directory + ": " + e, e);
        }
        if (!Files.isDirectory(directory)) {
            throw new KeyVaultException("the key vault " + directory + " is not a directory");
        }
        return new FileCustomerKeyVault(directory, master);
    }

    @Override
    public Optional<SecretKey> keyFor(CustomerId customer) {
        Require.nonNull("customerId", customer);
        Optional<SecretKey> found = find(customer);
        if (found.isPresent() || destroyed(customer)) {
            return found;
        }
        UUID id = customer.value();
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        Path file = keyFile(id);
        try {
            createDirectory(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), id + "-", ".tmp");
            try {
                write(temporary, wrap(id, key));
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException raced) {
                // another thread or process created the key first: use its key
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new KeyVaultException("cannot create the key of customer " + id + " in " + directory + ": " + e, e);
        }
        return find(customer); // the tombstone wins if destroy ran meanwhile
    }

    @Override
    public Optional<SecretKey> find(CustomerId customer) {
        Require.nonNull("customerId", customer);
        UUID id = customer.value();
        if (destroyed(customer)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(keyFile(id), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new KeyVaultException("cannot read the key of customer " + id + " in " + directory + ": " + e, e);
        }
        return Optional.of(unwrap(id, lines));
    }

    @Override
    public boolean destroyed(CustomerId customer) {
        Require.nonNull("customerId", customer);
        return Files.exists(tombstone(customer.value()));
    }

    @Override
    public void destroy(CustomerId customer) {
        Require.nonNull("customerId", customer);
        UUID id = customer.value();
        Path file = keyFile(id);
        try {
            createDirectory(file.getParent());
            try {
                Files.createFile(tombstone(id));
            } catch (FileAlreadyExistsException again) {
                // destroyed before, or a destroy that failed half-way: finish it
            }
            if (Files.exists(file)) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    long size = channel.size();
                    channel.write(ByteBuffer.allocate((int) Math.min(size, 4096)), 0);
                    channel.force(true);
                }
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new KeyVaultException("cannot destroy the key of customer " + id + " in " + directory
                    + " (call destroy again): " + e, e);
        }
    }

    private Path keyFile(UUID id) {
        return shard(id).resolve(id + ".key");
    }

    private Path tombstone(UUID id) {
        return shard(id).resolve(id + ".destroyed");
    }

    private Path shard(UUID id) {
        return directory.resolve(id.toString().substring(0, 2));
    }

    private static byte[] place(UUID id) {
        return (MAGIC + " " + id).getBytes(StandardCharsets.US_ASCII);
    }

    private String wrap(UUID id, byte[] key) {
        String keyId = master.currentKeyId();
        SecretKey wrapping = master.dataKey(keyId).orElseThrow(() -> new KeyVaultException("the KeyProvider does "
                + "not know its own current key id " + keyId));
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, wrapping, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place(id));
            byte[] wrapped = cipher.doFinal(key);
            return MAGIC + "\n" + keyId + "\n" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(NONCE + wrapped.length).put(nonce).put(wrapped).array()) + "\n";
        } catch (GeneralSecurityException e) {
            throw new KeyVaultException("cannot wrap the key of customer " + id + " under master key " + keyId, e);
        }
    }

    private SecretKey unwrap(UUID id, List<String> lines) {
        if (lines.size() != 3 || !lines.get(0).equals(MAGIC)) {
            throw new KeyVaultException("the key file of customer " + id + " in " + directory + " is malformed");
        }
        String keyId = lines.get(1);
        SecretKey wrapping = master.dataKey(keyId).orElseThrow(() -> new KeyVaultException("the key of customer "
                + id + " is wrapped under master key " + keyId + ", which the KeyProvider does not know"));
        try {
            byte[] bytes = Base64.getDecoder().decode(lines.get(2));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, wrapping, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE));
            cipher.updateAAD(place(id));
            byte[] key = cipher.doFinal(bytes, NONCE, bytes.length - NONCE);
            if (key.length != KEY_BYTES) {
                throw new KeyVaultException("the key file of customer " + id + " holds a key of " + key.length
                        + " bytes, not " + KEY_BYTES);
            }
            return new SecretKeySpec(key, "AES");
        } catch (AEADBadTagException e) {
            throw new KeyVaultException("the key file of customer " + id + " does not open under master key "
                    + keyId + " (changed, or moved from another customer)", e);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new KeyVaultException("the key file of customer " + id + " in " + directory + " is malformed: "
                    + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
    }

    private static void createDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rwx------");
            try {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(owner));
            } catch (FileAlreadyExistsException raced) {
                // created by another thread: fine if it is a directory (checked by the caller's next step)
            }
        } else {
            Files.createDirectories(directory);
        }
    }

    @Override
    public String toString() {
        return "FileCustomerKeyVault[" + Objects.toString(directory) + "]";
    }
}
