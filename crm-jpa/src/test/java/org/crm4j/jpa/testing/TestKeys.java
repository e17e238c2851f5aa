package org.crm4j.jpa.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.crm4j.jpa.KeyProvider;

/**
 * A {@link KeyProvider} for tests: each key is SHA-256 of its name (so the same name always gives the same key, and
 * two names two keys), held in memory. Immutable; {@link #with(String)} and {@link #current(String)} make copies.
 */
public final class TestKeys implements KeyProvider {

    private final String current;
    private final Map<String, SecretKey> data;
    private final SecretKey index;

    private TestKeys(String current, Map<String, SecretKey> data, SecretKey index) {
        this.current = current;
        this.data = data;
        this.index = index;
    }

    /**
     * @param keyId the one data key, current
     * @return keys with that data key and the index key "index"
     */
    public static TestKeys of(String keyId) {
        return new TestKeys(keyId, Map.of(keyId, aes(keyId)), new SecretKeySpec(sha256("index"), "HmacSHA256"));
    }

    /**
     * @param keyId another data key, added (not current)
     * @return the copy
     */
    public TestKeys with(String keyId) {
        Map<String, SecretKey> more = new LinkedHashMap<>(data);
        more.put(keyId, aes(keyId));
        return new TestKeys(current, Map.copyOf(more), index);
    }

    /**
     * @param keyId a data key of these keys
     * @return the copy with it current
     */
    public TestKeys current(String keyId) {
        return new TestKeys(keyId, data, index);
    }

    /**
     * @param keyId a data key id
     * @param name  the name whose SHA-256 is the key returned under that id instead (a wrong key)
     * @return the copy
     */
    public TestKeys replacing(String keyId, String name) {
        Map<String, SecretKey> more = new LinkedHashMap<>(data);
        more.put(keyId, aes(name));
        return new TestKeys(current, Map.copyOf(more), index);
    }

    /**
     * @param keyId a data key id
     * @return the copy without it
     */
    public TestKeys without(String keyId) {
        Map<String, SecretKey> fewer = new LinkedHashMap<>(data);
        fewer.remove(keyId);
        return new TestKeys(current, Map.copyOf(fewer), index);
    }

    @Override
    public String currentKeyId() {
        return current;
    }

    @Override
    public Optional<SecretKey> dataKey(String keyId) {
        return Optional.ofNullable(data.get(keyId));
    }

    @Override
    public SecretKey indexKey() {
        return index;
    }

    private static SecretKey aes(String name) {
        return new SecretKeySpec(sha256("data:" + name), "AES");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
