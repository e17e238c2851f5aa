package org.crm4j.core.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.EmailAddress;
import org.junit.jupiter.api.Test;

class LeadTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final CustomerId CUSTOMER = new CustomerId(new UUID(0, 9));

    private static Lead lead() {
        return Lead.enter(new LeadId(new UUID(0, 1)), "Ada", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(EmailAddress.of("ada@example.org")), Optional.empty(), LeadSource.WEB, Optional.empty(),
                UserId.of("ann"), T0);
    }

    private static void assertRefused(String field, String rule, Runnable action) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }

    @Test
    void status_movesForwardOnly() {
        assertEquals(List.of(LeadStatus.CONTACTED, LeadStatus.QUALIFIED, LeadStatus.CONVERTED,
                LeadStatus.DISQUALIFIED), List.copyOf(LeadStatus.NEW.next()));
        assertEquals(List.of(), List.copyOf(LeadStatus.CONVERTED.next()));
        assertEquals("must move from QUALIFIED to one of [CONVERTED, DISQUALIFIED]", LeadStatus.QUALIFIED.moveRule());
        assertEquals("must not move from DISQUALIFIED (final)", LeadStatus.DISQUALIFIED.moveRule());
    }

    @Test
    void contact_afterQualify_isRefused() {
        Lead qualified = lead().qualify(T0.plusSeconds(1));
        assertRefused("status", LeadStatus.QUALIFIED.moveRule(), () -> qualified.contact(T0.plusSeconds(2)));
    }

    @Test
    void convert_setsTheCustomerAndTheTime() {
        Lead converted = lead().contact(T0.plusSeconds(1)).convert(CUSTOMER, T0.plusSeconds(2));
        assertEquals(Optional.of(CUSTOMER), converted.customer());
        assertEquals(Optional.of(T0.plusSeconds(2)), converted.reached(LeadStatus.CONVERTED));
        assertEquals(Optional.of(T0.plusSeconds(1)), converted.reached(LeadStatus.CONTACTED));
        assertEquals(Optional.empty(), converted.reached(LeadStatus.QUALIFIED));
        assertEquals(T0.plusSeconds(2), converted.updatedAt());
    }

    @Test
    void convert_disqualifiedOrConverted_isRefused() {
        Lead disqualified = lead().disqualify("spam", T0);
        assertRefused("status", Lead.CONVERT_OPEN, () -> disqualified.convert(CUSTOMER, T0));
        Lead converted = lead().convert(CUSTOMER, T0);
        assertRefused("status", Lead.CONVERT_OPEN, () -> converted.convert(CUSTOMER, T0));
    }

    @Test
    void clockGoingBack_keepsTheHistoryInTimeOrder() {
        Lead contacted = lead().contact(T0.plusSeconds(10));
        Lead qualified = contacted.qualify(T0.plusSeconds(5));
        assertEquals(Optional.of(T0.plusSeconds(10)), qualified.reached(LeadStatus.QUALIFIED));
    }

    @Test
    void noEmailAndNoPhone_isRefused() {
        assertRefused("email", Lead.REACHABLE, () -> Lead.enter(new LeadId(new UUID(0, 1)), "Ada",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), LeadSource.WEB, Optional.empty(), UserId.of("ann"), T0));
    }

    @Test
    void reasonWithoutDisqualification_isRefused() {
        Lead lead = lead();
        assertRefused("reason", Lead.REASON_IFF_DISQUALIFIED, () -> new Lead(lead.id(), lead.personName(),
                lead.companyName(), lead.companySize(), lead.industry(), lead.country(),
                lead.email(), lead.phone(), lead.source(), lead.campaign(), lead.owner(),
                lead.status(), Optional.of("why"), lead.history(), lead.customer(), lead.opportunity(), lead.createdAt(),
                lead.updatedAt(), 0));
    }

    @Test
    void convertedWithoutCustomer_isRefused() {
        Lead converted = lead().convert(CUSTOMER, T0);
        assertRefused("customer", Lead.CUSTOMER_IFF_CONVERTED, () -> new Lead(converted.id(),
                converted.personName(), converted.companyName(), converted.companySize(), converted.industry(),
                converted.country(), converted.email(), converted.phone(),
                converted.source(), converted.campaign(), converted.owner(), converted.status(),
                converted.disqualifiedBecause(), converted.history(), Optional.empty(), Optional.empty(), converted.createdAt(),
                converted.updatedAt(), 0));
    }

    @Test
    void historyNotEndingInTheStatus_isRefused() {
        Lead contacted = lead().contact(T0);
        assertRefused("history", Lead.HISTORY_CHAIN, () -> new Lead(contacted.id(), contacted.personName(),
                contacted.companyName(), contacted.companySize(), contacted.industry(), contacted.country(),
                contacted.email(), contacted.phone(), contacted.source(),
                contacted.campaign(), contacted.owner(), LeadStatus.NEW, Optional.empty(), contacted.history(),
                Optional.empty(), Optional.empty(), contacted.createdAt(), contacted.updatedAt(), 0));
    }

    @Test
    void userId_malformed_isRefused() {
        assertRefused("owner", UserId.RULE, () -> UserId.of("ann smith"));
        assertRefused("owner", UserId.RULE, () -> UserId.of("x".repeat(101)));
        assertEquals("ann", UserId.of(" ann ").value());
    }

    @Test
    void erase_replacesTheContactAndKeepsCompanyStatusAndHistory() {
        Lead converted = lead().convert(CUSTOMER, T0.plusSeconds(60));
        Instant later = T0.plusSeconds(120);

        Lead erased = converted.erase(later);

        assertEquals(Lead.ERASED_NAME, erased.personName());
        assertEquals(Optional.of(new EmailAddress("erased-" + converted.id().value() + "@erased.invalid")),
                erased.email());
        assertEquals(Optional.empty(), erased.phone());
        assertEquals(converted.companyName(), erased.companyName());
        assertEquals(converted.status(), erased.status());
        assertEquals(converted.history(), erased.history());
        assertEquals(converted.customer(), erased.customer());
        assertEquals(later, erased.updatedAt());
        assertEquals(erased, erased.erase(later.plusSeconds(60)));
    }
}
