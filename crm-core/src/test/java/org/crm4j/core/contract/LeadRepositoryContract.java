package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.CountryCode;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.UserId;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.PhoneNumber;
import org.crm4j.core.lead.CompanySize;
import org.crm4j.core.lead.IndustryCode;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.lead.LeadQuery;
import org.crm4j.core.lead.LeadRepository;
import org.crm4j.core.lead.LeadSort;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.LeadStatus;
import org.junit.jupiter.api.Test;

/** What every {@link LeadRepository} does, run by extending it as {@link PortsContract} shows. */
public abstract class LeadRepositoryContract extends PortsContract {

    private static final UserId ANN = UserId.of("ann");
    private static final UserId BOB = UserId.of("bob@sales");

    private LeadRepository leads() {
        return ports.get(LeadRepository.class);
    }

    private static Lead lead(long n, String name, LeadSource source, UserId owner, Instant at) {
        return Lead.enter(new LeadId(uuid(n)), name, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(EmailAddress.of("lead" + n + "@example.org")), Optional.empty(), source,
                Optional.empty(), owner, at);
    }

    /** A lead with every optional value, disqualified after being contacted. */
    private Lead fullLead() {
        CampaignId campaign = new CampaignId(uuid(90));
        tx(() -> ports.get(CampaignRepository.class).save(Fixtures.campaign(campaign)));
        return Lead.enter(new LeadId(uuid(1)), "Ada Lovelace", Optional.of("Analytical Engines Ltd"),
                        Optional.of(CompanySize.MEDIUM), Optional.of(IndustryCode.of("J62")),
                        Optional.of(CountryCode.of("GB")),
                        Optional.of(EmailAddress.of("ada@example.org")),
                        Optional.of(PhoneNumber.parse("+44 20 7946 0000", null)), LeadSource.EVENT,
                        Optional.of(campaign), ANN, NOW)
                .contact(NOW.plusSeconds(60))
                .disqualify("no budget this year", NOW.plusSeconds(120));
    }

    @Test
    void save_find_roundTripsEveryComponent() {
        Lead lead = fullLead();
        assertEquals(lead, tx(() -> leads().save(lead)));
        assertEquals(Optional.of(lead), tx(() -> leads().find(lead.id())));
    }

    @Test
    void find_unknown_isEmpty() {
        assertEquals(Optional.empty(), tx(() -> leads().find(new LeadId(uuid(404)))));
    }

    @Test
    void save_takenId_isDuplicate() {
        Lead lead = lead(1, "Ada", LeadSource.WEB, ANN, NOW);
        tx(() -> leads().save(lead));
        DuplicateException e = assertThrows(DuplicateException.class,
                () -> tx(() -> leads().save(lead(1, "Other", LeadSource.WEB, BOB, NOW))));
        assertEquals("leadId", e.field());
        assertEquals(Optional.of(lead), tx(() -> leads().find(lead.id())));
    }

    @Test
    void update_storesTheChangeAtTheNextVersion() {
        Lead lead = tx(() -> leads().save(lead(1, "Ada", LeadSource.WEB, ANN, NOW)));
        Lead contacted = lead.contact(NOW.plusSeconds(5));
        Lead stored = tx(() -> leads().update(contacted));
        assertEquals(contacted.withVersion(1), stored);
        assertEquals(Optional.of(stored), tx(() -> leads().find(lead.id())));
        assertEquals(List.of(NOW.plusSeconds(5)), stored.history().stream().map(c -> c.at()).toList());
    }

    @Test
    void update_convertedLead_keepsTheCustomerLink() {
        tx(() -> ports.get(CustomerRepository.class).save(Fixtures.customer(7, "Ada", "ada@example.org", NOW)));
        Lead lead = tx(() -> leads().save(lead(1, "Ada", LeadSource.WEB, ANN, NOW)));
        Lead stored = tx(() -> leads().update(lead.qualify(NOW.plusSeconds(1))
                .convert(Fixtures.customerId(7), NOW.plusSeconds(2))));
        assertEquals(Optional.of(Fixtures.customerId(7)), tx(() -> leads().find(lead.id())).orElseThrow().customer());
        assertEquals(LeadStatus.CONVERTED, stored.status());
    }

    @Test
    void update_staleVersion_isConcurrentUpdateAndChangesNothing() {
        Lead lead = tx(() -> leads().save(lead(1, "Ada", LeadSource.WEB, ANN, NOW)));
        Lead first = tx(() -> leads().update(lead.contact(NOW.plusSeconds(1))));
        assertThrows(ConcurrentUpdateException.class,
                () -> tx(() -> leads().update(lead.disqualify("duplicate entry", NOW.plusSeconds(2)))));
        assertEquals(Optional.of(first), tx(() -> leads().find(lead.id())));
    }

    @Test
    void update_unknown_isNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> tx(() -> leads().update(lead(1, "Ada", LeadSource.WEB, ANN, NOW))));
        assertEquals("leadId", e.field());
    }

    @Test
    void search_filtersByEveryCriterionAndSorts() {
        Lead ada = tx(() -> leads().save(lead(3, "ada", LeadSource.WEB, ANN, NOW)));
        Lead bob = tx(() -> leads().save(lead(1, "Bob", LeadSource.REFERRAL, BOB, NOW.plusSeconds(10))));
        Lead cid = tx(() -> leads().save(lead(2, "Cid", LeadSource.WEB, BOB, NOW.plusSeconds(20))));
        Lead cidContacted = tx(() -> leads().update(cid.contact(NOW.plusSeconds(30))));
        PageRequest<LeadSort> all = PageRequest.of(0, 10);

        assertEquals(List.of(bob, cidContacted, ada), tx(() -> leads().search(LeadQuery.all(), all)).content());
        if (searchesPersonalText()) {
            assertEquals(List.of(ada, bob, cidContacted), tx(() -> leads().search(LeadQuery.all(),
                    PageRequest.of(0, 10, Sort.asc(LeadSort.PERSON_NAME)))).content());
        } else {
            assertEquals("sort.key", assertThrows(ValidationException.class, () -> tx(() -> leads().search(
                    LeadQuery.all(), PageRequest.of(0, 10, Sort.asc(LeadSort.PERSON_NAME))))).field());
        }
        assertEquals(List.of(cidContacted, bob, ada), tx(() -> leads().search(LeadQuery.all(),
                PageRequest.of(0, 10, Sort.desc(LeadSort.UPDATED_AT)))).content());
        assertEquals(List.of(ada, bob), tx(() -> leads().search(LeadQuery.all(),
                PageRequest.of(0, 2, Sort.asc(LeadSort.CREATED_AT)))).content());
        assertEquals(3, tx(() -> leads().search(LeadQuery.all(), PageRequest.of(1, 2))).totalElements());

        assertEquals(List.of(bob, cidContacted), tx(() -> leads().search(LeadQuery.all().withOwner(BOB), all))
                .content());
        assertEquals(List.of(cidContacted, ada), tx(() -> leads().search(LeadQuery.all()
                .withSource(LeadSource.WEB), all)).content());
        assertEquals(List.of(cidContacted), tx(() -> leads().search(LeadQuery.all()
                .withStatus(LeadStatus.CONTACTED).withSource(LeadSource.WEB), all)).content());
        assertEquals(List.of(), tx(() -> leads().search(LeadQuery.all()
                .withCampaign(new CampaignId(uuid(90))), all)).content());
    }

    @Test
    void search_byCampaign() {
        Lead withCampaign = fullLead();
        tx(() -> leads().save(withCampaign));
        tx(() -> leads().save(lead(2, "Bob", LeadSource.CAMPAIGN, BOB, NOW.plus(Duration.ofDays(1)))));
        assertEquals(List.of(withCampaign), tx(() -> leads().search(LeadQuery.all()
                .withCampaign(withCampaign.campaign().orElseThrow()), PageRequest.of(0, 10))).content());
    }

    @Test
    void search_byCompanySizeIndustryAndCountry_leadsWithoutThemNeverMatch() {
        Lead full = fullLead();
        tx(() -> leads().save(full));
        tx(() -> leads().save(lead(2, "Bob", LeadSource.WEB, BOB, NOW.plus(Duration.ofDays(1)))));
        PageRequest<LeadSort> page = PageRequest.of(0, 10);
        assertEquals(List.of(full), tx(() -> leads().search(LeadQuery.all().withCompanySize(CompanySize.MEDIUM),
                page)).content());
        assertEquals(List.of(full), tx(() -> leads().search(LeadQuery.all().withIndustry(IndustryCode.of("j62"))
                .withCountry(CountryCode.of("gb")), page)).content());
        assertEquals(List.of(), tx(() -> leads().search(LeadQuery.all().withCompanySize(CompanySize.LARGE), page))
                .content());
        assertEquals(List.of(), tx(() -> leads().search(LeadQuery.all().withIndustry(IndustryCode.of("J63")), page))
                .content());
        assertEquals(List.of(), tx(() -> leads().search(LeadQuery.all().withIndustry(IndustryCode.of("J62"))
                .withCountry(CountryCode.of("IE")), page)).content());
    }
}
