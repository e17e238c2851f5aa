package org.crm4j.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link KeyProvider} over a PKCS#12 keystore file, for examples, tests and small installations; production
 * hosts should implement {@code KeyProvider} over their key management system. The store holds the index key under
 * the alias {@value #INDEX_KEY_ALIAS} and data keys under their key ids, each a secret-key entry protected by the
 * store's password. The keys are read once, by {@link #load}; the object is immutable and thread-safe.
 *
 * <pre>{@code
 * Pkcs12KeyProvider.create(file, password, "k1");          // once: a new store with data key k1 and an index key
 * Pkcs12KeyProvider.addDataKey(file, password, "k2");      // later, to rotate
 * KeyProvider keys = Pkcs12KeyProvider.load(file, password, "k2");
 * }</pre>
 * The same store can be made with the JDK's {@code keytool -genseckey -storetype PKCS12 -keyalg AES -keysize 256
 * -alias k1} (and {@code -keyalg HmacSHA256 -alias crm4j-index}).
 */
public final class Pkcs12KeyProvider implements KeyProvider {

    /** The alias of the blind-index key in the store. */
    public static final String INDEX_KEY_ALIAS = "crm4j-index";

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String currentKeyId;
    private final Map<String, SecretKey> dataKeys;
    private final SecretKey indexKey;

    private Pkcs12KeyProvider(String currentKeyId, Map<String, SecretKey> dataKeys, SecretKey indexKey) {
        this.currentKeyId = currentKeyId;
        this.dataKeys = dataKeys;
        this.indexKey = indexKey;
    }

    /**
     * Reads every key of a store.
     *
     * @param file         the PKCS#12 file
     * @param password     the store's password, also protecting each entry
     * @param currentKeyId the data key that encrypts new values; must be in the store
     * @return the provider
     * @throws IllegalArgumentException if the key id is malformed or not in the store, or the index key is missing
     * @throws IllegalStateException    if the store cannot be read (wrong password, not PKCS#12)
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static Pkcs12KeyProvider load(Path file, char[] password, String currentKeyId) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
        checkKeyId(currentKeyId);
        KeyStore store = read(file, password);
        try {
            Map<String, SecretKey> keys = new HashMap<>();
            SecretKey index = null;
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                var key = store.getKey(alias, password);
                if (!(key instanceof SecretKey secret)) {
                    continue;
                }
                // PKCS#12 stores aliases lower-cased on some JDKs: compare ignoring case, keep the store's spelling
                if (alias.equalsIgnoreCase(INDEX_KEY_ALIAS)) {
                    index = new SecretKeySpec(secret.getEncoded(), "HmacSHA256");
                } else {
                    keys.put(alias.toLowerCase(Locale.ROOT), new SecretKeySpec(secret.getEncoded(), "AES"));
                }
            }
            if (index == null) {
                throw new IllegalArgumentException("file must hold the index key under alias " + INDEX_KEY_ALIAS
                        + ", was missing in " + file);
            }
            if (!keys.containsKey(currentKeyId.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("currentKeyId must name a data key of the store, was "
                        + currentKeyId + " (store has " + keys.keySet() + ")");
            }
            return new Pkcs12KeyProvider(currentKeyId.toLowerCase(Locale.ROOT), Map.copyOf(keys), index);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the keys of " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a new store with one fresh AES-256 data key and a fresh 256-bit index key, both from a
     * {@link SecureRandom}.
     *
     * @param file      where to write the store; must not exist
     * @param password  the store's password
     * @param firstKeyId the id of the data key
     * @throws IllegalArgumentException if the key id is malformed or the file exists
     * @throws UncheckedIOException     if the file cannot be written
     */
    public static void create(Path file, char[] password, String firstKeyId) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
        checkKeyId(firstKeyId);
        if (Files.exists(file)) {
            throw new IllegalArgumentException("file must not exist, was " + file);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            store.setEntry(firstKeyId, new KeyStore.SecretKeyEntry(newKey("AES")),
                    new KeyStore.PasswordProtection(password));
            store.setEntry(INDEX_KEY_ALIAS, new KeyStore.SecretKeyEntry(newKey("HmacSHA256")),
                    new KeyStore.PasswordProtection(password));
            write(store, file, password);
        } catch (GeneralSecurityException | IOException e) {
            throw failure("cannot create " + file, e);
        }
    }

    /**
     * Adds a fresh AES-256 data key to an existing store (for rotation); the file is replaced atomically.
     *
     * @param file     the store
     * @param password its password
     * @param keyId    the new key's id, not yet in the store
     * @throws IllegalArgumentException if the key id is malformed or taken
     */
    public static void addDataKey(Path file, char[] password, String keyId) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
        checkKeyId(keyId);
        KeyStore store = read(file, password);
        try {
            if (store.containsAlias(keyId)) {
                throw new IllegalArgumentException("keyId must not be in the store already, was " + keyId);
            }
            store.setEntry(keyId, new KeyStore.SecretKeyEntry(newKey("AES")),
                    new KeyStore.PasswordProtection(password));
            write(store, file, password);
        } catch (GeneralSecurityException | IOException e) {
            throw failure("cannot add a key to " + file, e);
        }
    }

    @Override
    public String currentKeyId() {
        return currentKeyId;
    }

    @Override
    public Optional<SecretKey> dataKey(String keyId) {
        return Optional.ofNullable(dataKeys.get(keyId.toLowerCase(Locale.ROOT)));
    }

    @Override
    public SecretKey indexKey() {
        return indexKey;
    }

    @Override
    public String toString() {
        return "Pkcs12KeyProvider[current=" + currentKeyId + ", dataKeys=" + dataKeys.size() + "]";
    }

    static void checkKeyId(String keyId) {
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("keyId must be 1 to 64 characters among A-Z a-z 0-9 . _ -, was "
                    + keyId);
        }
        if (keyId.equalsIgnoreCase(INDEX_KEY_ALIAS)) {
            throw new IllegalArgumentException("keyId must not be the index key's alias " + INDEX_KEY_ALIAS);
        }
    }

    private static SecretKey newKey(String algorithm) throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance(algorithm);
        generator.init(256, new SecureRandom());
        return generator.generateKey();
    }

    private static KeyStore read(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof GeneralSecurityException || e.getCause() instanceof ArithmeticException) {
                throw new IllegalStateException("cannot open keystore " + file + " (wrong password or not a"
                        + " PKCS#12 file): " + e.getMessage(), e);
            }
            throw new UncheckedIOException("cannot read keystore " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(KeyStore store, Path file, char[] password)
            throws IOException, GeneralSecurityException {
        Path parent = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, password);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static RuntimeException failure(String what, Exception e) {
        return e instanceof IOException io ? new UncheckedIOException(what, io)
                : new IllegalStateException(what + ": " + e.getMessage(), e);
    }
}
