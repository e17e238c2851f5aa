package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.CountryCode;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.lead.CompanySize;
import org.crm4j.core.lead.IndustryCode;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadConversion;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.lead.LeadOpportunity;
import org.crm4j.core.lead.LeadQuery;
import org.crm4j.core.lead.LeadRepository;
import org.crm4j.core.lead.LeadService;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.LeadStatus;
import org.crm4j.core.lead.LeadStatusChange;
import org.crm4j.core.lead.NewLead;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link LeadService} does over any adapter's ports, run by extending it as {@link PortsContract} shows. The
 * CRM knows the users {@code ann} and {@code bob} (a host's {@link org.crm4j.core.UserDirectory}).
 */
public abstract class LeadServiceContract extends PortsContract {

    private static final UserId ANN = UserId.of("ann");
    private static final UserId BOB = UserId.of("bob");
    private static final Set<UserId> USERS = Set.of(ANN, BOB);

    private MutableClock clock;
    private Crm crm;
    private LeadService leads;

    @BeforeEach
    final void crmWithTwoUsers() {
        clock = new MutableClock(NOW);
        crm = Crm.builder(ports).clock(clock).ids(IdGenerator.sequence()).userDirectory(USERS::contains).build();
        leads = crm.leads();
    }

    private Lead ada() {
        return leads.create(NewLead.of("Ada Lovelace", "ada@example.org", LeadSource.WEB, ANN)
                .withCompanyName("Engines Ltd").withPhone("+44 20 7946 0000"));
    }

    /** Everything the ports hold, leads included. */
    private List<Object> everything() {
        return List.of(state(), tx(() -> ports.get(LeadRepository.class).search(LeadQuery.all(),
                PageRequest.of(0, PageRequest.MAX_SIZE)).content()));
    }

    private void assertRefused(String field, String rule, Runnable action) {
        List<Object> before = everything();
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
        assertEquals(before, everything());
    }

    private void assertNotFound(String field, Runnable action) {
        List<Object> before = everything();
        NotFoundException e = assertThrows(NotFoundException.class, action::run);
        assertEquals(field, e.field());
        assertEquals(before, everything());
    }

    @Test
    void create_storesANewLead() {
        Lead lead = ada();
        assertEquals(LeadStatus.NEW, lead.status());
        assertEquals("Ada Lovelace", lead.personName());
        assertEquals(Optional.of("Engines Ltd"), lead.companyName());
        assertEquals(Optional.of(EmailAddress.of("ada@example.org")), lead.email());
        assertEquals("+442079460000", lead.phone().orElseThrow().value());
        assertEquals(ANN, lead.owner());
        assertEquals(NOW, lead.createdAt());
        assertEquals(0, lead.version());
        assertEquals(lead, leads.get(lead.id()));
    }

    @Test
    void create_withCompanyDetails_keepsThemNormalised_blankIsNone() {
        Lead lead = leads.create(NewLead.of("Ada", "ada@example.org", LeadSource.WEB, ANN)
                .withCompanySize(CompanySize.ofEmployees(120)).withIndustry(" j62.01 ").withCountry("gb"));
        assertEquals(Optional.of(CompanySize.MEDIUM), lead.companySize());
        assertEquals(Optional.of(IndustryCode.of("J62.01")), lead.industry());
        assertEquals(Optional.of(CountryCode.of("GB")), lead.country());
        assertEquals(lead, leads.get(lead.id()));
        Lead none = leads.create(NewLead.of("Bob", "bob@example.org", LeadSource.WEB, ANN).withIndustry(" ")
                .withCountry(""));
        assertEquals(Optional.empty(), leads.get(none.id()).industry());
        assertEquals(Optional.empty(), leads.get(none.id()).country());
        assertEquals(Optional.empty(), leads.get(none.id()).companySize());
    }

    @Test
    void create_withCampaign_keepsIt() {
        CampaignId campaign = new CampaignId(uuid(500));
        tx(() -> ports.get(CampaignRepository.class).save(Fixtures.campaign(campaign)));
        Lead lead = leads.create(NewLead.of("Ada", "ada@example.org", LeadSource.CAMPAIGN, ANN)
                .withCampaign(campaign));
        assertEquals(Optional.of(campaign), leads.get(lead.id()).campaign());
    }

    @Test
    void statusChanges_areTimestamped() {
        Lead lead = ada();
        clock.advance(Duration.ofHours(1));
        leads.contact(lead.id());
        clock.advance(Duration.ofHours(1));
        Lead qualified = leads.qualify(lead.id());
        assertEquals(List.of(
                new LeadStatusChange(LeadStatus.NEW, LeadStatus.CONTACTED, NOW.plus(Duration.ofHours(1))),
                new LeadStatusChange(LeadStatus.CONTACTED, LeadStatus.QUALIFIED, NOW.plus(Duration.ofHours(2)))),
                qualified.history());
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(2))), qualified.reached(LeadStatus.QUALIFIED));
        assertEquals(2, qualified.version());
        assertEquals(qualified, leads.get(lead.id()));
    }

    @Test
    void disqualify_recordsTheReason() {
        Lead lead = ada();
        Lead disqualified = leads.disqualify(lead.id(), "  no budget  ");
        assertEquals(LeadStatus.DISQUALIFIED, disqualified.status());
        assertEquals(Optional.of("no budget"), disqualified.disqualifiedBecause());
    }

    @Test
    void convert_registersANewCustomerAndLinksIt() {
        Lead lead = ada();
        clock.advance(Duration.ofMinutes(5));
        Lead converted = leads.convert(lead.id(), LeadConversion.newCustomer());
        CustomerId customerId = converted.customer().orElseThrow();
        Customer customer = crm.customers().get(customerId);
        assertEquals("Ada Lovelace", customer.name());
        assertEquals(EmailAddress.of("ada@example.org"), customer.email());
        assertEquals(lead.phone(), customer.phone());
        assertEquals(LeadStatus.CONVERTED, converted.status());
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(5))), converted.reached(LeadStatus.CONVERTED));
        assertEquals(converted, leads.get(lead.id()));
    }

    @Test
    void convert_withOpportunity_opensItForTheCustomerInOneStep() {
        Lead lead = ada();
        LocalDate close = LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusMonths(2);
        Lead converted = leads.convert(lead.id(), LeadConversion.newCustomer()
                .withOpportunity(new LeadOpportunity("Engines for the office", Money.of("5000", "EUR"), close)));
        Opportunity opened = crm.opportunities().get(converted.opportunity().orElseThrow());
        assertEquals(converted.customer(), opened.customer());
        assertEquals(ANN, opened.owner());
        assertEquals(OpportunityStage.QUALIFICATION, opened.stage());
        assertEquals(close, opened.expectedCloseDate());
        assertEquals(converted, leads.get(lead.id()));
    }

    @Test
    void convert_withAnInvalidOpportunity_createsNoCustomerAndChangesNothing() {
        Lead lead = ada();
        LocalDate yesterday = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(1);
        assertRefused("expectedCloseDate", Opportunity.CLOSE_AFTER_CREATION, () -> leads.convert(lead.id(),
                LeadConversion.newCustomer().withOpportunity(new LeadOpportunity("Too late",
                        Money.of("1", "EUR"), yesterday))));
        assertRefused("amount", Opportunity.NOT_NEGATIVE, () -> leads.convert(lead.id(),
                LeadConversion.newCustomer().withOpportunity(new LeadOpportunity("Refund",
                        Money.of("-1", "EUR"), yesterday.plusDays(1)))));
    }

    @Test
    void convert_linksTheConfirmedExistingCustomer() {
        Customer existing = crm.customers().register(NewCustomer.of("A. Lovelace", "ADA@example.org"));
        Lead lead = ada();
        assertEquals(Optional.of(existing), leads.matchingCustomer(lead.id()));
        int customersBefore = state().customers().size();
        Lead converted = leads.convert(lead.id(), LeadConversion.toCustomer(existing.id()));
        assertEquals(Optional.of(existing.id()), converted.customer());
        assertEquals(customersBefore, state().customers().size());
    }

    @Test
    void matchingCustomer_noneWithTheEmail_isEmpty() {
        crm.customers().register(NewCustomer.of("Bob", "bob@example.org"));
        assertEquals(Optional.empty(), leads.matchingCustomer(ada().id()));
    }

    @Test
    void convert_newCustomerWhoseEmailIsTaken_isDuplicateAndChangesNothing() {
        crm.customers().register(NewCustomer.of("A. Lovelace", "ada@example.org"));
        Lead lead = ada();
        List<Object> before = everything();
        DuplicateException e = assertThrows(DuplicateException.class,
                () -> leads.convert(lead.id(), LeadConversion.newCustomer()));
        assertEquals("email", e.field());
        assertEquals(before, everything());
    }

    @Test
    void convert_disqualifiedLead_isRefused() {
        Lead lead = ada();
        leads.disqualify(lead.id(), "duplicate entry");
        assertRefused("status", Lead.CONVERT_OPEN, () -> leads.convert(lead.id(), LeadConversion.newCustomer()));
    }

    @Test
    void convert_convertedLead_isRefused() {
        Lead lead = ada();
        leads.convert(lead.id(), LeadConversion.newCustomer());
        assertRefused("status", Lead.CONVERT_OPEN, () -> leads.convert(lead.id(), LeadConversion.newCustomer()));
    }

    @Test
    void convert_withoutEmailToANewCustomer_isRefused() {
        Lead lead = leads.create(NewLead.of("Bob", null, LeadSource.COLD_CALL, BOB).withPhone("+4930123456"));
        assertRefused("email", LeadService.NEEDS_EMAIL,
                () -> leads.convert(lead.id(), LeadConversion.newCustomer()));
    }

    @Test
    void convert_toUnknownCustomer_isNotFound() {
        Lead lead = ada();
        assertNotFound("customerId", () -> leads.convert(lead.id(), LeadConversion.toCustomer(
                new CustomerId(uuid(404)))));
    }

    @Test
    void convert_toArchivedCustomer_isRefused() {
        Customer existing = crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
        crm.customers().archive(existing.id());
        Lead lead = ada();
        assertRefused("customerId", "must be active",
                () -> leads.convert(lead.id(), LeadConversion.toCustomer(existing.id())));
    }

    @Test
    void moveBackwards_isRefused() {
        Lead lead = ada();
        leads.qualify(lead.id());
        assertRefused("status", LeadStatus.QUALIFIED.moveRule(), () -> leads.contact(lead.id()));
    }

    @Test
    void disqualify_blankReason_isRefused() {
        Lead lead = ada();
        assertRefused("reason", "must not be blank", () -> leads.disqualify(lead.id(), " "));
    }

    @Test
    void create_unknownOwner_isNotFound() {
        assertNotFound("owner", () -> leads.create(NewLead.of("Ada", "ada@example.org", LeadSource.WEB,
                UserId.of("mallory"))));
    }

    @Test
    void reassign_toKnownOwner_changesIt_unknown_isNotFound() {
        Lead lead = ada();
        assertEquals(BOB, leads.reassign(lead.id(), BOB).owner());
        assertNotFound("owner", () -> leads.reassign(lead.id(), UserId.of("mallory")));
    }

    @Test
    void create_unknownCampaign_isNotFound() {
        assertNotFound("campaign", () -> leads.create(NewLead.of("Ada", "ada@example.org", LeadSource.CAMPAIGN,
                ANN).withCampaign(new CampaignId(uuid(404)))));
    }

    @Test
    void create_withoutEmailAndPhone_isRefused() {
        assertRefused("email", Lead.REACHABLE,
                () -> leads.create(NewLead.of("Ada", null, LeadSource.WEB, ANN)));
    }

    @Test
    void create_invalidEmail_isRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> leads.create(NewLead.of("Ada", "not-an-address", LeadSource.WEB, ANN)));
        assertEquals("email", e.field());
        assertTrue(everything().equals(List.of(state(), List.of())));
    }

    @Test
    void create_blankName_isRefused() {
        assertRefused("personName", "must not be blank",
                () -> leads.create(NewLead.of(" ", "ada@example.org", LeadSource.WEB, ANN)));
    }

    @Test
    void unknownLead_isNotFound() {
        LeadId unknown = new LeadId(uuid(404));
        assertNotFound("leadId", () -> leads.get(unknown));
        assertNotFound("leadId", () -> leads.contact(unknown));
        assertNotFound("leadId", () -> leads.convert(unknown, LeadConversion.newCustomer()));
        assertEquals(Optional.empty(), leads.find(unknown));
    }
}
