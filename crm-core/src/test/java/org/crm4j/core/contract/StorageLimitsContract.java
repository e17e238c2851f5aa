package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.Tag;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipType;
import org.crm4j.core.sales.NewSale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * One answer on every adapter: the domain refuses what some database cannot store (amounts beyond DECIMAL(19, 4),
 * dates outside [1600-01-01, 9999-12-31], control characters, unpaired surrogates) with the same
 * {@link ValidationException}, stores the limits themselves exactly, compares text by code point (case-insensitive
 * searches, accent-sensitive everywhere) and refuses deleting a referenced customer with one message.
 */
public abstract class StorageLimitsContract extends PortsContract {

    private Crm crm;
    private Customer ada;

    @BeforeEach
    final void oneCustomer() {
        crm = crm(new MutableClock(NOW), IdGenerator.sequence());
        ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
    }

    private void assertInvalid(String field, String rule, Executable action) {
        State before = state();
        ValidationException e = assertThrows(ValidationException.class, action);
        assertEquals(field, e.field(), e::getMessage);
        assertEquals(rule, e.rule(), e::getMessage);
        assertEquals(before, state());
    }

    private static NewCustomer born(LocalDate date) {
        return NewCustomer.of("Bob", "bob@example.org").withDateOfBirth(date);
    }

    private static NewCampaign campaign(String name, LocalDate start, LocalDate end) {
        return new NewCampaign(name, start, end, new CampaignTarget("tea buyers", "repeat purchases"),
                CampaignChannel.EMAIL, eur("100"));
    }

    @Test
    void amountBeyondDecimal19Scale4_isRefusedOnPriceAndBudget() {
        assertInvalid("price", Require.STORABLE_AMOUNT, () -> crm.products().create(
                new NewProduct("BIG", "Big", Money.of("1E+20", "EUR"), 1)));
        assertInvalid("price", Require.STORABLE_AMOUNT, () -> crm.products().create(
                new NewProduct("BIG", "Big", Money.of("1000000000000000", "EUR"), 1)));
        assertInvalid("budget", Require.STORABLE_AMOUNT, () -> crm.campaigns().plan(new NewCampaign("Huge",
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), new CampaignTarget("all", "all"),
                CampaignChannel.EMAIL, Money.of("1E+15", "EUR"))));
    }

    @Test
    void largestStorableAmount_isStoredExactly() {
        Product top = crm.products().create(new NewProduct("TOP", "Top", Money.of("999999999999999.99", "EUR"), 1));

        assertEquals(Money.of("999999999999999.99", "EUR"), crm.products().get(top.id()).price());
    }

    @Test
    void datesOutsideTheStorableRange_areRefused() {
        assertInvalid("dateOfBirth", Require.STORABLE_DATE, () -> crm.customers().register(born(
                LocalDate.of(-500, 1, 1))));
        assertInvalid("dateOfBirth", Require.STORABLE_DATE, () -> crm.customers().register(born(
                LocalDate.of(1599, 12, 31))));
        assertInvalid("endDate", Require.STORABLE_DATE, () -> crm.campaigns().plan(campaign("Far",
                LocalDate.of(2026, 4, 1), LocalDate.of(10_000, 1, 1))));
        Customer cid = crm.customers().register(NewCustomer.of("Cid", "cid@example.org"));
        assertInvalid("validFrom", Require.STORABLE_DATE, () -> crm.relationships().establish(NewRelationship.of(
                ada.id(), cid.id(), RelationshipType.FRIEND, LocalDate.of(1599, 1, 1))));
        Product tea = crm.products().create(new NewProduct("TEA", "Tea", eur("4.50"), 10));
        assertInvalid("soldAt", Require.STORABLE_DATE, () -> crm.sales().record(NewSale.of(ada.id(), tea.id(), 1)
                .withSoldAt(Instant.parse("1599-12-31T23:59:59Z"))));
        assertInvalid("sales[0].soldAt", Require.STORABLE_DATE, () -> crm.sales().recordAll(List.of(NewSale.of(
                ada.id(), tea.id(), 1).withSoldAt(Instant.parse("1500-01-01T00:00:00Z")))));
    }

    @Test
    void limitsOfTheDateRange_areStoredExactly() {
        Customer oldest = crm.customers().register(born(LocalDate.of(1600, 1, 1)));
        Campaign longest = crm.campaigns().plan(campaign("Long", LocalDate.of(2026, 4, 1),
                LocalDate.of(9999, 12, 31)));

        assertEquals(LocalDate.of(1600, 1, 1), crm.customers().get(oldest.id()).dateOfBirth().orElseThrow());
        assertEquals(LocalDate.of(9999, 12, 31), crm.campaigns().get(longest.id()).endDate());
    }

    @Test
    void controlCharactersAndUnpairedSurrogates_areRefusedInNames() {
        for (String bad : List.of("Bob\u0000", "Bob\u0007Bell", "Bob\u001b[31m", "Bob\u0085", "Bob\uD800",
                "\uDC00Bob", "Bob\uD83D x")) {
            assertInvalid("name", Require.PLAIN_TEXT, () -> crm.customers().register(NewCustomer.of(bad,
                    "bob@example.org")));
            assertInvalid("name", Require.PLAIN_TEXT, () -> crm.products().create(new NewProduct("BOB", bad,
                    eur("1"), 1)));
            assertInvalid("name", Require.PLAIN_TEXT, () -> crm.campaigns().plan(campaign(bad,
                    LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2))));
        }
    }

    @Test
    void textOutsideTheBasicPlane_isStoredExactly() {
        Customer emoji = crm.customers().register(NewCustomer.of("Zoë \uD83D\uDE00 \u4E2D\u6587", "zoe@example.org"));

        assertEquals("Zoë \uD83D\uDE00 \u4E2D\u6587", crm.customers().get(emoji.id()).name());
    }

    @Test
    void tagsThatDifferOnlyInAccents_areDistinct() {
        crm.customers().tag(ada.id(), "cafe");
        Customer tagged = crm.customers().tag(ada.id(), "café");

        assertEquals(Set.of("cafe", "café"), tagged.tags().stream().map(Tag::value).collect(Collectors.toSet()));
        assertEquals(tagged, crm.customers().get(ada.id()));
    }

    @Test
    void nameSearch_isCaseInsensitiveButAccentSensitive() {
        crm.customers().register(NewCustomer.of("José Martí", "jose@example.org"));
        crm.customers().register(NewCustomer.of("JOSE LUIS", "luis@example.org"));

        assertEquals(Set.of("JOSE LUIS"), names(CustomerQuery.all().withName("jose")));
        assertEquals(Set.of("José Martí"), names(CustomerQuery.all().withName("JOSÉ")));
    }

    private Set<String> names(CustomerQuery query) {
        return crm.customers().search(query, PageRequest.of(0, 10)).content().stream().map(Customer::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void deleteCustomerInARelationship_isRefusedWithOneMessage() {
        Customer bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org"));
        crm.relationships().establish(NewRelationship.of(ada.id(), bob.id(), RelationshipType.FRIEND,
                LocalDate.of(2026, 1, 1)));

        assertInvalid("customerId", CustomerRepository.REFERENCED, () -> crm.customers().delete(bob.id()));
        ValidationException e = assertThrows(ValidationException.class, () -> crm.customers().delete(bob.id()));
        assertEquals("customerId " + CustomerRepository.REFERENCED + ", was " + bob.id(), e.getMessage());
    }
}
