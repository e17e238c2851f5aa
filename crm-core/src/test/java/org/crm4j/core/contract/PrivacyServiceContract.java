package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.activity.ActivityType;
import org.crm4j.core.activity.NewActivity;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.Consent;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerUpdate;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadConversion;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.privacy.CustomerRecord;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipType;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.survey.NewSurvey;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketPriority;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Privacy requests (issue 20) over any adapter's ports: export gathers everything held about one customer from
 * every feature and nothing about another; erase anonymises the customer and its converted lead, keeps the history
 * attached, and campaigns and surveys then leave the customer out. Ada has one record of each kind, Bob a sale.
 */
public abstract class PrivacyServiceContract extends PortsContract {

    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private MutableClock clock;
    private Crm crm;
    private CustomerId ada;
    private CustomerId bob;
    private Lead lead;
    private Campaign spring;

    @BeforeEach
    final void adaInEveryFeature() {
        clock = new MutableClock(NOW);
        crm = crm(clock, IdGenerator.sequence());
        lead = crm.leads().create(NewLead.of("Ada Lovelace", "ada@example.org", LeadSource.WEB, UserId.of("ann"))
                .withCompanyName("Engines Ltd").withPhone("+44 20 7946 0000"));
        lead = crm.leads().convert(lead.id(), LeadConversion.newCustomer());
        ada = lead.customer().orElseThrow();
        crm.customers().update(ada, CustomerUpdate.from(crm.customers().get(ada))
                .withDateOfBirth(LocalDate.of(1815, 12, 10)));
        crm.customers().tag(ada, "vip");
        crm.customers().recordConsent(ada, Channel.SMS, true);
        bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org")).id();
        ProductId tea = crm.products().create(new NewProduct("TEA-1", "Tea", eur("4.50"), 100)).id();
        spring = crm.campaigns().plan(new NewCampaign("Spring sale", TODAY, TODAY.plusDays(30),
                new CampaignTarget("tea buyers", "repeat purchases"), CampaignChannel.EMAIL, eur("100.00")));
        crm.campaigns().addMembers(spring.id(), List.of(ada, bob));
        clock.advance(Duration.ofMinutes(1));
        crm.sales().record(NewSale.of(ada, tea, 3));
        crm.sales().record(NewSale.of(ada, tea, 1));
        crm.sales().record(NewSale.of(bob, tea, 2));
        crm.relationships().establish(NewRelationship.of(ada, bob, RelationshipType.FRIEND, TODAY));
        crm.tickets().open(NewTicket.of(ada, "Tea arrived wet", "Soaked.", "COMPLAINT", TicketPriority.NORMAL,
                TicketChannel.EMAIL));
        crm.opportunities().create(NewOpportunity.of(ada, "Office tea", UserId.of("ann"), eur("90.00"),
                TODAY.plusDays(10)));
        crm.activities().record(NewActivity.happened(ActivityType.CALL, "Asked for prices", clock.instant())
                .about(ada));
        Survey survey = crm.surveys().define(NewSurvey.of("Spring survey", "COMPLAINT"));
        crm.surveys().inviteCampaign(survey.id(), spring.id(), Channel.EMAIL);
    }

    @Test
    void export_customerInEveryFeature_holdsEveryRecordOfHersAndNoneOfAnotherCustomer() {
        clock.advance(Duration.ofMinutes(1));

        CustomerRecord record = crm.privacy().export(ada);

        assertEquals(clock.instant(), record.exportedAt());
        assertEquals(crm.customers().get(ada), record.customer());
        assertEquals(Set.of(3, 1), Set.copyOf(record.sales().stream().map(Sale::quantity).toList()));
        assertTrue(record.sales().stream().allMatch(s -> s.customerId().equals(ada)));
        assertEquals(1, record.relationships().size());
        assertEquals(List.of(spring.id()), record.campaigns().stream().map(m -> m.campaign()).toList());
        assertEquals(1, record.tickets().size());
        assertEquals("Soaked.", record.tickets().get(0).description());
        assertEquals(1, record.surveyInvitations().size());
        assertEquals(List.of(lead.id()), record.leads().stream().map(Lead::id).toList());
        assertEquals(1, record.opportunities().size());
        assertEquals(1, record.activities().size());
        assertEquals("Asked for prices", record.activities().get(0).subject());
        CustomerRecord bobs = crm.privacy().export(bob);
        assertEquals(1, bobs.sales().size());
        assertEquals(List.of(), bobs.tickets());
        assertEquals(List.of(), bobs.leads());
    }

    @Test
    void erase_anonymisesTheCustomerAndHerLeadAndKeepsTheHistoryAttached() {
        CustomerRecord before = crm.privacy().export(ada);
        clock.advance(Duration.ofMinutes(1));

        CustomerRecord after = crm.privacy().erase(ada);

        Customer erased = crm.customers().get(ada);
        assertEquals(erased, after.customer());
        assertEquals(Customer.ERASED_NAME, erased.name());
        assertEquals(Customer.erasedEmail(ada.value()), erased.email());
        assertEquals(Optional.empty(), erased.phone());
        assertEquals(Optional.empty(), erased.dateOfBirth());
        assertEquals(Gender.UNDISCLOSED, erased.gender());
        assertEquals(Set.of(), erased.tags());
        assertFalse(erased.active());
        assertTrue(erased.erased());
        for (Channel channel : Channel.values()) {
            assertEquals(new Consent(channel, false, clock.instant()), erased.consents().get(channel));
        }
        assertEquals(before.customer().stageHistory(), erased.stageHistory());
        assertEquals(before.customer().createdAt(), erased.createdAt());
        Lead anonymised = crm.leads().get(lead.id());
        assertEquals(Lead.ERASED_NAME, anonymised.personName());
        assertEquals(Optional.of(Customer.erasedEmail(lead.id().value())), anonymised.email());
        assertEquals(Optional.empty(), anonymised.phone());
        assertEquals(Optional.of("Engines Ltd"), anonymised.companyName());
        assertEquals(lead.status(), anonymised.status());
        assertEquals(before.sales(), after.sales());
        assertEquals(before.relationships(), after.relationships());
        assertEquals(before.campaigns(), after.campaigns());
        assertEquals(before.tickets(), after.tickets());
        assertEquals(before.surveyInvitations(), after.surveyInvitations());
        assertEquals(before.opportunities(), after.opportunities());
        assertEquals(before.activities(), after.activities());
        assertEquals(List.of(anonymised), after.leads());
        assertEquals(Optional.empty(), crm.customers().findByEmail("ada@example.org"));
    }

    @Test
    void erase_twice_changesNothingTheSecondTime() {
        CustomerRecord first = crm.privacy().erase(ada);
        clock.advance(Duration.ofMinutes(1));

        CustomerRecord second = crm.privacy().erase(ada);

        assertEquals(first.customer(), second.customer());
        assertEquals(first.leads(), second.leads());
    }

    @Test
    void erase_theAddressIsFreeForANewCustomer() {
        crm.privacy().erase(ada);

        Customer again = crm.customers().register(NewCustomer.of("Ada King", "ada@example.org"));

        assertEquals(again, crm.customers().findByEmail("ada@example.org").orElseThrow());
    }

    @Test
    void erase_campaignsAndSurveysLeaveTheErasedCustomerOut() {
        crm.privacy().erase(ada);
        Campaign autumn = crm.campaigns().plan(new NewCampaign("Autumn sale", TODAY, TODAY.plusDays(30),
                new CampaignTarget("tea buyers", "repeat purchases"), CampaignChannel.EMAIL, eur("100.00")));
        Survey survey = crm.surveys().define(NewSurvey.of("Autumn survey", "COMPLAINT"));

        ValidationException refused = assertThrows(ValidationException.class,
                () -> crm.campaigns().addMembers(autumn.id(), List.of(ada, bob)));
        crm.campaigns().addMembers(autumn.id(), List.of(bob));
        List<CustomerId> invited = crm.surveys().inviteCampaign(survey.id(), spring.id(), Channel.SMS).issued()
                .stream().map(i -> i.invitation().customer()).toList();

        assertEquals("customerId", refused.field()); // archived, and consent withdrawn on every channel
        assertEquals(List.of(bob), crm.campaigns().members(autumn.id(), PageRequest.of(0, 10)).content().stream()
                .map(m -> m.member().customer()).toList());
        assertEquals(List.of(bob), invited);
    }

    @Test
    void exportAndErase_unknownCustomer_isNotFoundAndChangesNothing() {
        CustomerId nobody = new CustomerId(new UUID(0, 999));
        Object before = state();

        assertEquals("customerId", assertThrows(NotFoundException.class,
                () -> crm.privacy().export(nobody)).field());
        assertEquals("customerId", assertThrows(NotFoundException.class,
                () -> crm.privacy().erase(nobody)).field());
        assertEquals(before, state());
    }

    @Test
    void exportAndErase_nullCustomer_isRefusedNamingIt() {
        assertEquals("customerId", assertThrows(ValidationException.class, () -> crm.privacy().export(null))
                .field());
        assertEquals("customerId", assertThrows(ValidationException.class, () -> crm.privacy().erase(null))
                .field());
    }
}
