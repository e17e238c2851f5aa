package org.crm4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.crm4j.core.Crm;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.jpa.internal.Dialect;
import org.crm4j.jpa.testing.TestDatabase;
import org.crm4j.jpa.testing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API of encryption at rest: the PKCS#12 key provider, the settings, the bootstrap and rotation. */
class PersonalDataEncryptionTest {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    private static List<String> column(DataSource source, String sql) {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void pkcs12_createThenAddAKey_loadsEveryKeyWithTheChosenOneCurrent(@TempDir Path temp) {
        Path file = temp.resolve("keys.p12");
        Pkcs12KeyProvider.create(file, PASSWORD, "k1");
        Pkcs12KeyProvider.addDataKey(file, PASSWORD, "k2");

        Pkcs12KeyProvider keys = Pkcs12KeyProvider.load(file, PASSWORD, "k2");

        assertEquals("k2", keys.currentKeyId());
        assertEquals(32, keys.dataKey("k1").orElseThrow().getEncoded().length);
        assertEquals(32, keys.dataKey("k2").orElseThrow().getEncoded().length);
        assertFalse(java.util.Arrays.equals(keys.dataKey("k1").orElseThrow().getEncoded(),
                keys.dataKey("k2").orElseThrow().getEncoded()));
        assertEquals(Optional.empty(), keys.dataKey("k3"));
        assertEquals(32, keys.indexKey().getEncoded().length);
        assertFalse(keys.toString().contains(java.util.HexFormat.of().formatHex(keys.indexKey().getEncoded())));
    }

    @Test
    void pkcs12_wrongPassword_isRefusedSayingSo(@TempDir Path temp) {
        Path file = temp.resolve("keys.p12");
        Pkcs12KeyProvider.create(file, PASSWORD, "k1");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pkcs12KeyProvider.load(file, "wrong".toCharArray(), "k1"));

        assertTrue(e.getMessage().contains("wrong password"), e.getMessage());
    }

    @Test
    void pkcs12_badArguments_areRefusedNamingThem(@TempDir Path temp) {
        Path file = temp.resolve("keys.p12");
        Pkcs12KeyProvider.create(file, PASSWORD, "k1");

        assertMessage("currentKeyId must name a data key of the store, was k9",
                () -> Pkcs12KeyProvider.load(file, PASSWORD, "k9"));
        assertMessage("keyId must be 1 to 64 characters among A-Z a-z 0-9 . _ -, was k 1",
                () -> Pkcs12KeyProvider.addDataKey(file, PASSWORD, "k 1"));
        assertMessage("keyId must not be in the store already, was k1",
                () -> Pkcs12KeyProvider.addDataKey(file, PASSWORD, "k1"));
        assertMessage("keyId must not be the index key's alias crm4j-index",
                () -> Pkcs12KeyProvider.addDataKey(file, PASSWORD, "crm4j-index"));
        assertMessage("file must not exist, was " + file, () -> Pkcs12KeyProvider.create(file, PASSWORD, "k2"));
    }

    private static void assertMessage(String start, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    @Test
    void keepInClear_leavesTheOtherFieldsEncrypted() {
        PersonalDataEncryption all = PersonalDataEncryption.with(TestKeys.of("k1"));
        PersonalDataEncryption some = all.keepInClear(PersonalField.NAME);

        assertEquals(EnumSet.allOf(PersonalField.class), all.encrypted());
        assertEquals(EnumSet.of(PersonalField.EMAIL, PersonalField.PHONE, PersonalField.DATE_OF_BIRTH,
                PersonalField.NOTES), some.encrypted());
        assertEquals(EnumSet.of(PersonalField.EMAIL, PersonalField.PHONE, PersonalField.DATE_OF_BIRTH),
                some.keepInClear(PersonalField.NOTES).encrypted());
        assertEquals(EnumSet.noneOf(PersonalField.class), some.keepInClear(PersonalField.values()).encrypted());
    }

    @Test
    void build_withPkcs12Keys_sealsTheDataAndRotatesThroughTheSettings(@TempDir Path temp) {
        Path file = temp.resolve("keys.p12");
        Pkcs12KeyProvider.create(file, PASSWORD, "k1");
        try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
            PersonalDataEncryption first = PersonalDataEncryption.with(Pkcs12KeyProvider.load(file, PASSWORD, "k1"));
            Customer ada;
            try (Crm crm = JpaCrm.builder().dataSource(db.dataSource()).encryption(first).build()) {
                ada = crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org"));
                assertEquals(List.of("k1"), column(db.dataSource(), "SELECT data_key_id FROM crm_customer"));
                assertFalse(column(db.dataSource(), "SELECT name FROM crm_customer").get(0).contains("Ada"));
            }
            Pkcs12KeyProvider.addDataKey(file, PASSWORD, "k2");
            PersonalDataEncryption second = PersonalDataEncryption.with(Pkcs12KeyProvider.load(file, PASSWORD, "k2"));
            try (Crm crm = JpaCrm.builder().dataSource(db.dataSource()).encryption(second).build()) {
                // one batch each of customers, leads, activities, tickets, survey invitations and opportunities
                assertEquals(new KeyRotationReport(1, 1, 6), second.rotateKeys());
                assertEquals(List.of("k2"), column(db.dataSource(), "SELECT data_key_id FROM crm_customer"));
                assertEquals(ada, crm.customers().get(ada.id()));
            }
        }
    }

    @Test
    void rotateKeys_settingsNotUsedByAnOpenCrm_isRefused() {
        PersonalDataEncryption settings = PersonalDataEncryption.with(TestKeys.of("k1"));
        try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
            assertThrows(IllegalStateException.class, settings::rotateKeys);
            try (Crm crm = JpaCrm.builder().dataSource(db.dataSource()).encryption(settings).build()) {
                IllegalStateException twice = assertThrows(IllegalStateException.class,
                        () -> JpaCrm.builder().dataSource(db.dataSource()).encryption(settings).build());
                assertTrue(twice.getMessage().contains("already used by an open CRM"), twice.getMessage());
                assertEquals(new KeyRotationReport(0, 0, 6), settings.rotateKeys());
            }
            IllegalStateException closed = assertThrows(IllegalStateException.class, settings::rotateKeys);
            assertTrue(closed.getMessage().contains("not used by an open CRM"), closed.getMessage());
        }
    }

    @Test
    void rotateKeys_batchSizeOutOfRange_isRefusedNamingIt() {
        PersonalDataEncryption settings = PersonalDataEncryption.with(TestKeys.of("k1"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings.rotateKeys(0));

        assertEquals("batchSize must be in [1, 10000], was 0", e.getMessage());
    }

    @Test
    void build_keysThatCannotWork_failsAtStartNamingTheKey() {
        KeyProvider shortIndex = new KeyProvider() {
            @Override
            public String currentKeyId() {
                return "k1";
            }

            @Override
            public Optional<SecretKey> dataKey(String keyId) {
                return TestKeys.of("k1").dataKey(keyId);
            }

            @Override
            public SecretKey indexKey() {
                return new SecretKeySpec(new byte[16], "HmacSHA256");
            }
        };
        try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
            PersonalDataKeyException index = assertThrows(PersonalDataKeyException.class, () -> JpaCrm.builder()
                    .dataSource(db.dataSource()).encryption(PersonalDataEncryption.with(shortIndex)).build());
            assertTrue(index.getMessage().contains("index key must be an HMAC key of at least 32 bytes, was 16"),
                    index.getMessage());
            PersonalDataKeyException current = assertThrows(PersonalDataKeyException.class, () -> JpaCrm.builder()
                    .dataSource(db.dataSource())
                    .encryption(PersonalDataEncryption.with(TestKeys.of("k1").without("k1"))).build());
            assertTrue(current.getMessage().startsWith("key k1 "), current.getMessage());
        }
    }

    @Test
    void embedded_withoutEncryption_isTheQuickStartAndStoresInClear(@TempDir Path temp) throws Exception {
        try (Crm crm = JpaCrm.embedded(temp.resolve("db"))) {
            crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
            assertEquals("Ada", crm.customers().findByEmail("ada@example.org").orElseThrow().name());
        }
        assertTrue(Files.isDirectory(temp.resolve("db")));
    }
}
