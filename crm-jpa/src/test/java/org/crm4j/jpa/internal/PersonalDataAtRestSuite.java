package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.contract.Fixtures;
import org.crm4j.core.contract.MutableClock;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.UserId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerSort;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.PhoneNumber;
import org.crm4j.core.imports.ImportRepository;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadConversion;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.crm4j.jpa.KeyRotationReport;
import org.crm4j.jpa.PersonalDataEncryption;
import org.crm4j.jpa.PersonalDataKeyException;
import org.crm4j.jpa.PersonalField;
import org.crm4j.jpa.testing.TestKeys;
import org.junit.jupiter.api.Test;

/**
 * Personal data encrypted at rest on the JPA adapter (issue 20): what the tables hold, read with plain SQL; reading
 * with a missing or wrong key or without encryption; altered values; key rotation; the searches refused.
 */
abstract class PersonalDataAtRestSuite {

    private static final String NAME = "Zelda Quixote-Xylander";
    private static final String EMAIL = "zelda.quixote@example.org";
    private static final String PHONE = "+14155552671";
    private static final LocalDate BORN = LocalDate.of(1906, 12, 9);

    /** @return the database to run on */
    abstract Dialect dialect();

    private JpaTestFixture fixture() {
        return JpaTestFixture.on(dialect());
    }

    private static FieldCrypto crypto(TestKeys keys) {
        return FieldCrypto.of(PersonalDataEncryption.with(keys));
    }

    private static Crm crm(CrmPorts ports) {
        return Crm.of(ports, new MutableClock(Fixtures.NOW), IdGenerator.random());
    }

    private static NewCustomer zelda() {
        return NewCustomer.of(NAME, EMAIL).withPhone(PHONE).withDateOfBirth(BORN);
    }

    /** Every column of every row of crm_customer as text, by column name, read with plain JDBC. */
    private List<Map<String, String>> rawCustomers() {
        return raw("crm_customer");
    }

    /** Every column of every row of a table as text, by column name, read with plain JDBC. */
    private List<Map<String, String>> raw(String table) {
        return fixture().rows("SELECT * FROM " + table + " ORDER BY id");
    }

    private void sql(String update, String... values) {
        fixture().update(update, values);
    }

    private static void assertNoPlaintext(Map<String, String> row, String... secrets) {
        String all = String.join("|", row.values().stream().map(String::valueOf).toList()).toLowerCase(Locale.ROOT);
        for (String secret : secrets) {
            assertFalse(all.contains(secret.toLowerCase(Locale.ROOT)), () -> "the row holds " + secret + ": " + row);
        }
    }

    @Test
    void register_everyPersonalField_noColumnHoldsItInClear() {
        Crm crm = crm(fixture().emptyPorts(crypto(TestKeys.of("k1"))));

        crm.customers().register(zelda());

        Map<String, String> row = rawCustomers().get(0);
        assertNoPlaintext(row, "Zelda", "Quixote", "Xylander", "zelda.quixote", "example.org", "4155552671",
                "1906", "12-09");
        for (String column : List.of("name", "email", "phone", "date_of_birth")) {
            assertTrue(row.get(column).startsWith("k1$"), column + " = " + row.get(column));
        }
        assertTrue(row.get("email_index").matches("[0-9a-f]{64}"), row.get("email_index"));
        assertTrue(row.get("phone_index").matches("[0-9a-f]{64}"), row.get("phone_index"));
        assertNotEquals(row.get("email_index"), row.get("phone_index"));
        assertEquals("15", row.get("sealed_fields"));
        assertEquals("k1", row.get("data_key_id"));
    }

    @Test
    void insertCustomers_ofAnImport_storesNoPlaintextEither() {
        CrmPorts ports = fixture().emptyPorts(crypto(TestKeys.of("k1")));
        Customer customer = Fixtures.fullCustomer(7);

        ports.transactions().run(() -> ports.get(ImportRepository.class).insertCustomers(List.of(customer)));

        assertNoPlaintext(rawCustomers().get(0), "Grace", "Hopper", "grace7", "4155552671", "1906");
        assertEquals(customer, crm(ports).customers().get(customer.id()));
    }

    @Test
    void register_sameValuesTwice_sealsThemWithFreshNonces() {
        Crm crm = crm(fixture().emptyPorts(crypto(TestKeys.of("k1"))));
        crm.customers().register(NewCustomer.of(NAME, "a@example.org"));
        crm.customers().register(NewCustomer.of(NAME, "b@example.org"));

        List<Map<String, String>> rows = rawCustomers();

        assertNotEquals(rows.get(0).get("name"), rows.get(1).get("name"));
        Set<String> nonces = new HashSet<>();
        for (Map<String, String> row : rows) {
            byte[] sealed = java.util.Base64.getDecoder().decode(row.get("name").substring(3));
            nonces.add(java.util.HexFormat.of().formatHex(sealed, 0, 12));
        }
        assertEquals(2, nonces.size());
    }

    @Test
    void readsAndLookups_throughTheBlindIndexes_findTheCustomer() {
        Crm crm = crm(fixture().emptyPorts(crypto(TestKeys.of("k1"))));
        Customer zelda = crm.customers().register(zelda());
        crm.customers().register(NewCustomer.of("Other", "other@example.org").withPhone("+14155550000"));

        assertEquals(zelda, crm.customers().get(zelda.id()));
        assertEquals(zelda, crm.customers().findByEmail("  ZELDA.Quixote@EXAMPLE.org ").orElseThrow());
        assertEquals(List.of(zelda), crm.customers().search(CustomerQuery.all().withPhone(new PhoneNumber(PHONE)),
                PageRequest.of(0, 10)).content());
        DuplicateException duplicate = assertThrows(DuplicateException.class,
                () -> crm.customers().register(NewCustomer.of("Twin", "Zelda.Quixote@example.org")));
        assertEquals("email", duplicate.field());
    }

    @Test
    void get_dataKeyMissingFromTheProvider_failsNamingTheKeyNeverTheValue() {
        Customer zelda = crm(fixture().emptyPorts(crypto(TestKeys.of("k1")))).customers().register(zelda());
        Crm other = crm(fixture().ports(crypto(TestKeys.of("k2"))));

        PersonalDataKeyException e = assertThrows(PersonalDataKeyException.class,
                () -> other.customers().get(zelda.id()));

        assertTrue(e.getMessage().contains("key k1"), e.getMessage());
        assertTrue(e.getMessage().contains(zelda.id().value().toString()), e.getMessage());
        assertFalse(e.getMessage().contains("Zelda"), e.getMessage());
    }

    @Test
    void get_wrongKeyUnderTheRightId_failsToAuthenticateInsteadOfReturningGarbage() {
        Customer zelda = crm(fixture().emptyPorts(crypto(TestKeys.of("k1")))).customers().register(zelda());
        Crm wrong = crm(fixture().ports(crypto(TestKeys.of("k1").replacing("k1", "not k1"))));

        PersonalDataKeyException e = assertThrows(PersonalDataKeyException.class,
                () -> wrong.customers().get(zelda.id()));

        assertTrue(e.getMessage().contains("does not authenticate under key k1"), e.getMessage());
    }

    @Test
    void get_encryptedRowOnACrmWithoutEncryption_failsSayingSo() {
        Customer zelda = crm(fixture().emptyPorts(crypto(TestKeys.of("k1")))).customers().register(zelda());
        Crm clear = crm(fixture().ports(FieldCrypto.CLEAR));

        PersonalDataKeyException e = assertThrows(PersonalDataKeyException.class,
                () -> clear.customers().get(zelda.id()));

        assertTrue(e.getMessage().contains("opened without encryption"), e.getMessage());
    }

    @Test
    void get_sealedValueCopiedIntoAnotherRow_failsToAuthenticate() {
        FieldCrypto k1 = crypto(TestKeys.of("k1"));
        Crm crm = crm(fixture().emptyPorts(k1));
        crm.customers().register(zelda());
        Customer other = crm.customers().register(NewCustomer.of("Other", "other@example.org"));
        String zeldasName = rawCustomers().stream()
                .filter(row -> row.get("email_index").equals(k1.index(PersonalField.EMAIL, EMAIL)))
                .findFirst().orElseThrow().get("name");
        sql("UPDATE crm_customer SET name = ? WHERE email_index = ?", zeldasName,
                k1.index(PersonalField.EMAIL, "other@example.org"));

        PersonalDataKeyException e = assertThrows(PersonalDataKeyException.class,
                () -> crm.customers().get(other.id()));

        assertTrue(e.getMessage().contains("name of customer " + other.id().value()), e.getMessage());
        assertTrue(e.getMessage().contains("does not authenticate"), e.getMessage());
    }

    @Test
    void rotate_toANewCurrentKey_rewritesEveryRowInBatchesAndTheOldKeyCanRetire() {
        Crm before = crm(fixture().emptyPorts(crypto(TestKeys.of("k1"))));
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            customers.add(before.customers().register(NewCustomer.of("Customer " + i, "c" + i + "@example.org")
                    .withPhone("+1415555000" + i).withDateOfBirth(BORN.plusDays(i))));
        }
        FieldCrypto both = crypto(TestKeys.of("k1").with("k2").current("k2"));

        KeyRotationReport report = new CustomerKeyRotation(fixture().factory(), dialect(), both).apply(3);

        // 3 batches of customers, 1 each of leads, activities, tickets, survey invitations and opportunities
        assertEquals(new KeyRotationReport(7, 7, 8), report);
        for (Map<String, String> row : rawCustomers()) {
            assertEquals("k2", row.get("data_key_id"));
            assertTrue(row.get("name").startsWith("k2$"), row.get("name"));
        }
        Crm after = crm(fixture().ports(crypto(TestKeys.of("k2"))));
        for (Customer customer : customers) {
            assertEquals(customer, after.customers().get(customer.id()));
            assertEquals(customer, after.customers().findByEmail(customer.email().value()).orElseThrow());
        }
        assertEquals(new KeyRotationReport(0, 0, 6),
                new CustomerKeyRotation(fixture().factory(), dialect(), both).apply(3));
    }

    @Test
    void rotate_rowsWrittenInClear_areEncryptedAndFoundBeforeAndAfter() {
        Crm clear = crm(fixture().emptyPorts(FieldCrypto.CLEAR));
        Customer zelda = clear.customers().register(zelda());
        assertEquals(NAME, rawCustomers().get(0).get("name"));
        FieldCrypto k1 = crypto(TestKeys.of("k1"));
        Crm encrypted = crm(fixture().ports(k1));
        assertEquals(zelda, encrypted.customers().findByEmail(EMAIL).orElseThrow());

        KeyRotationReport report = new CustomerKeyRotation(fixture().factory(), dialect(), k1).apply(100);

        assertEquals(new KeyRotationReport(1, 1, 6), report);
        assertNoPlaintext(rawCustomers().get(0), "Zelda", "zelda.quixote", "4155552671", "1906");
        assertEquals(zelda, encrypted.customers().findByEmail(EMAIL).orElseThrow());
        assertEquals(List.of(zelda), encrypted.customers().search(
                CustomerQuery.all().withPhone(new PhoneNumber(PHONE)), PageRequest.of(0, 10)).content());
    }

    @Test
    void erase_encryptedCustomerAndHerLead_leaveNothingOfHersInTheirRows() {
        Crm crm = crm(fixture().emptyPorts(crypto(TestKeys.of("k1"))));
        Lead lead = crm.leads().create(NewLead.of(NAME, EMAIL, LeadSource.WEB, UserId.of("ann")).withPhone(PHONE));
        CustomerId zelda = crm.leads().convert(lead.id(), LeadConversion.newCustomer()).customer().orElseThrow();

        crm.privacy().erase(zelda);

        assertNoPlaintext(rawCustomers().get(0), "Zelda", "Quixote", "zelda.quixote", "4155552671");
        assertNoPlaintext(raw("crm_lead").get(0), "Zelda", "Quixote", "zelda.quixote", "4155552671");
        assertEquals(Customer.ERASED_NAME, crm.customers().get(zelda).name());
    }

    @Test
    void leads_contactIsSealedAndRotatedLikeTheCustomers() {
        Crm crm = crm(fixture().emptyPorts(crypto(TestKeys.of("k1"))));
        Lead lead = crm.leads().create(NewLead.of(NAME, EMAIL, LeadSource.WEB, UserId.of("ann")).withPhone(PHONE)
                .withCompanyName("Quixote Holdings"));

        Map<String, String> row = raw("crm_lead").get(0);
        assertNoPlaintext(row, "Zelda", "zelda.quixote", "4155552671");
        assertTrue(row.get("company_name").equals("Quixote Holdings"), "the company stays in clear");
        assertEquals("23", row.get("sealed_fields")); // contact 7, and 16 for the (absent) disqualification reason
        assertEquals(lead, crm.leads().get(lead.id()));
        assertRefused("sort.key", () -> crm.leads().search(org.crm4j.core.lead.LeadQuery.all(),
                PageRequest.of(0, 10, Sort.asc(org.crm4j.core.lead.LeadSort.PERSON_NAME))));

        FieldCrypto k2 = crypto(TestKeys.of("k1").with("k2").current("k2"));
        assertEquals(new KeyRotationReport(1, 1, 6), new CustomerKeyRotation(fixture().factory(), dialect(), k2)
                .apply(10));
        assertEquals("k2", raw("crm_lead").get(0).get("data_key_id"));
        assertEquals(lead, crm(fixture().ports(crypto(TestKeys.of("k2")))).leads().get(lead.id()));
        PersonalDataKeyException e = assertThrows(PersonalDataKeyException.class,
                () -> crm(fixture().ports(crypto(TestKeys.of("k1")))).leads().get(lead.id()));
        assertTrue(e.getMessage().contains("of lead " + lead.id().value()), e.getMessage());
    }

    @Test
    void search_byTextOrRangeOfEncryptedFields_isRefusedNamingTheArgument() {
        Crm crm = crm(fixture().emptyPorts(crypto(TestKeys.of("k1"))));
        crm.customers().register(zelda());
        PageRequest<CustomerSort> page = PageRequest.of(0, 10);

        assertRefused("name", () -> crm.customers().search(CustomerQuery.all().withName("zel"), page));
        assertRefused("email", () -> crm.customers().search(CustomerQuery.all().withEmail("zel"), page));
        assertRefused("bornFrom", () -> crm.customers().search(
                CustomerQuery.all().bornBetween(BORN, BORN.plusDays(1)), page));
        assertRefused("sort.key", () -> crm.customers().search(CustomerQuery.all(),
                PageRequest.of(0, 10, Sort.asc(CustomerSort.NAME))));
        assertEquals(1, crm.customers().search(CustomerQuery.all(), PageRequest.of(0, 10,
                Sort.asc(CustomerSort.CREATED_AT))).totalElements());
    }

    private static void assertRefused(String field, Runnable search) {
        ValidationException e = assertThrows(ValidationException.class, search::run);
        assertEquals(field, e.field());
        assertEquals(PersonalDataEncryption.NOT_SEARCHABLE, e.rule());
    }
}
