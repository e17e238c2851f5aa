package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignResults;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipPath;
import org.crm4j.core.relationship.RelationshipType;
import org.junit.jupiter.api.Test;

/** The campaign and relationship example of crm-core's README, as it is written there. */
class CampaignsAndRelationshipsExampleTest {

    @Test
    void readmeExample_runsAsDescribed() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        try (Crm crm = Crm.inMemory(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC),
                IdGenerator.sequence())) {
            Customer ada = crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org"));
            Customer bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org"));
            Customer cid = crm.customers().register(NewCustomer.of("Cid", "cid@example.org"));

            Campaign spring = crm.campaigns().plan(new NewCampaign("Spring sale", LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 4, 30), new CampaignTarget("tea buyers of last spring", "20 % repeat purchases"),
                    CampaignChannel.EMAIL, Money.of("1500", "EUR")));
            crm.campaigns().addMembers(spring.id(), List.of(ada.id(), bob.id()));
            crm.campaigns().recordConversion(spring.id(), bob.id());

            crm.relationships().establish(NewRelationship.of(ada.id(), bob.id(), RelationshipType.FRIEND, today));
            crm.relationships().establish(NewRelationship.of(cid.id(), bob.id(), RelationshipType.CLIENT, today));
            RelationshipPath path = crm.relationships().shortestPath(ada.id(), cid.id()).orElseThrow();

            CampaignResults results = crm.campaigns().results(spring.id());
            assertEquals(List.of(2, 1), List.of(results.members(), results.contacted().converted()));
            assertEquals(List.of(ada.id(), bob.id(), cid.id()), path.customers());
        }
    }
}
