package org.crm4j.jpa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.crm4j.core.Crm;
import org.crm4j.core.ValidationException;
import org.crm4j.core.backup.BackupProgress;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.privacy.CustomerKeyVault;
import org.crm4j.core.privacy.KeyVaultException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable {@link FileCustomerKeyVault}: keys survive a reopen, a destroyed key stays unfindable after a reopen
 * and its file is gone, key files are bound to their customer and master key, and concurrent first calls agree.
 */
class FileCustomerKeyVaultTest {

    private static final char[] PASSWORD = "vault-test".toCharArray();

    @TempDir
    Path temp;
    private Path keystore;
    private Path directory;
    private final CustomerId ada = new CustomerId(UUID.fromString("a0000000-0000-0000-0000-000000000001"));
    private final CustomerId bob = new CustomerId(UUID.fromString("b0000000-0000-0000-0000-000000000002"));

    @BeforeEach
    void createMasterKey() {
        keystore = temp.resolve("master.p12");
        Pkcs12KeyProvider.create(keystore, PASSWORD, "m1");
        directory = temp.resolve("customer-keys");
    }

    /** @return the vault as a new process would open it: the keystore read again */
    private FileCustomerKeyVault reopen() {
        return FileCustomerKeyVault.open(directory, Pkcs12KeyProvider.load(keystore, PASSWORD, "m1"));
    }

    @Test
    void keyFor_survivesAReopen_andIsNotStoredInClear() throws IOException {
        byte[] key = reopen().keyFor(ada).orElseThrow().getEncoded();

        FileCustomerKeyVault again = reopen();

        assertEquals(CustomerKeyVault.KEY_BYTES, key.length);
        assertArrayEquals(key, again.find(ada).orElseThrow().getEncoded());
        assertArrayEquals(key, again.keyFor(ada).orElseThrow().getEncoded());
        assertEquals(Optional.empty(), again.find(bob));
        List<Path> files = files();
        assertEquals(1, files.size(), files.toString());
        String text = Files.readString(files.get(0));
        assertFalse(text.contains(java.util.Base64.getEncoder().encodeToString(key)), "the key is wrapped");
        assertFalse(text.contains(HexFormat.of().formatHex(key)), "the key is wrapped");
    }

    @Test
    void destroy_makesTheKeyUnfindableAcrossAReopen_andRemovesItsFile() throws IOException {
        FileCustomerKeyVault vault = reopen();
        vault.keyFor(ada);
        byte[] bobs = vault.keyFor(bob).orElseThrow().getEncoded();

        vault.destroy(ada);
        vault.destroy(ada); // idempotent
        FileCustomerKeyVault again = reopen();

        assertEquals(Optional.empty(), again.find(ada));
        assertEquals(Optional.empty(), again.keyFor(ada), "a destroyed key is never re-created");
        assertTrue(again.destroyed(ada));
        assertArrayEquals(bobs, again.find(bob).orElseThrow().getEncoded());
        assertFalse(again.destroyed(bob));
        assertTrue(files().stream().noneMatch(file -> file.getFileName().toString().equals(ada.value() + ".key")),
                "ada's key file is deleted: " + files());
    }

    @Test
    void destroy_ofACustomerWithoutKey_leavesATombstone() {
        reopen().destroy(ada);

        assertTrue(reopen().destroyed(ada));
        assertEquals(Optional.empty(), reopen().keyFor(ada));
    }

    @Test
    void keyFileMovedToAnotherCustomer_refused() throws IOException {
        FileCustomerKeyVault vault = reopen();
        vault.keyFor(ada);
        Path adas = files().get(0);
        Path bobs = directory.resolve(bob.value().toString().substring(0, 2)).resolve(bob.value() + ".key");
        Files.createDirectories(bobs.getParent());
        Files.copy(adas, bobs);

        KeyVaultException refused = assertThrows(KeyVaultException.class, () -> vault.find(bob));

        assertTrue(refused.getMessage().contains("does not open"), refused.getMessage());
    }

    @Test
    void masterKeyUnknown_refused() {
        reopen().keyFor(ada);
        Path other = temp.resolve("other.p12");
        Pkcs12KeyProvider.create(other, PASSWORD, "m2");
        FileCustomerKeyVault vault = FileCustomerKeyVault.open(directory, Pkcs12KeyProvider.load(other, PASSWORD,
                "m2"));

        KeyVaultException refused = assertThrows(KeyVaultException.class, () -> vault.find(ada));

        assertTrue(refused.getMessage().contains("m1"), refused.getMessage());
    }

    @Test
    void keyFor_fromManyThreads_givesOneKey() throws Exception {
        FileCustomerKeyVault vault = reopen();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                FileCustomerKeyVault each = i % 2 == 0 ? vault : reopen();
                calls.add(() -> HexFormat.of().formatHex(each.keyFor(ada).orElseThrow().getEncoded()));
            }
            Set<String> keys = new HashSet<>();
            for (Future<String> key : pool.invokeAll(calls)) {
                keys.add(key.get());
            }
            assertEquals(1, keys.size());
            assertEquals(1, files().size(), "no temporary file left: " + files());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nullArguments_refusedNamingThem() {
        assertEquals("directory", assertThrows(ValidationException.class,
                () -> FileCustomerKeyVault.open(null, Pkcs12KeyProvider.load(keystore, PASSWORD, "m1"))).field());
        assertEquals("master", assertThrows(ValidationException.class,
                () -> FileCustomerKeyVault.open(directory, null)).field());
        assertEquals("customerId", assertThrows(ValidationException.class, () -> reopen().keyFor(null)).field());
    }

    @Test
    void embeddedCrm_exportEraseRestore_withTheReopenedVault_bringsTheErasedCustomerBackAnonymised()
            throws IOException {
        Path archive = temp.resolve("backup.zip");
        CustomerId erased;
        Customer kept;
        try (Crm crm = JpaCrm.builder().embedded(temp.resolve("db1")).keyVault(reopen()).build()) {
            erased = crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org")).id();
            kept = crm.customers().register(NewCustomer.of("Bob Tables", "bob@example.org"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            crm.backup().export(out, BackupProgress.NONE);
            Files.write(archive, out.toByteArray());
            crm.privacy().erase(erased);
        }

        try (Crm restored = JpaCrm.builder().embedded(temp.resolve("db2")).keyVault(reopen()).build()) {
            restored.backup().restore(archive, BackupProgress.NONE);

            assertTrue(restored.customers().get(erased).erased());
            assertFalse(restored.customers().get(erased).active());
            assertEquals(kept, restored.customers().get(kept.id()));
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(".key")
                    || file.toString().endsWith(".tmp")).sorted().toList();
        }
    }
}
