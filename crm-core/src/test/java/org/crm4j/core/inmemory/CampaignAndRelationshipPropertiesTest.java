package org.crm4j.core.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignQuery;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.NewCampaign;
import org.crm4j.core.contract.CampaignCommands;
import org.crm4j.core.contract.Commands.Invalid;
import org.crm4j.core.contract.Commands;
import org.crm4j.core.contract.Fixtures;
import org.crm4j.core.contract.RelationshipCommands;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipPath;
import org.crm4j.core.relationship.RelationshipQuery;
import org.crm4j.core.relationship.RelationshipType;
import org.junit.jupiter.api.Test;

/**
 * Generated campaign and relationship commands: valid ones are stored as given, invalid ones refused without a
 * trace; the shortest path agrees with distances computed independently.
 */
class CampaignAndRelationshipPropertiesTest {

    private static final int CUSTOMERS = 6;
    private static final LocalDate TODAY = Commands.TODAY;

    /** A CRM at {@link Fixtures#NOW} whose customers 1 to {@link #CUSTOMERS} exist. */
    private static Crm crm() {
        Crm crm = Crm.inMemory(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC), IdGenerator.sequence());
        for (int i = 1; i <= CUSTOMERS; i++) {
            crm.customers().register(NewCustomer.of("Customer " + i, "c" + i + "@fixture.test"));
        }
        return crm;
    }

    private static List<Campaign> campaigns(Crm crm) {
        return crm.campaigns().search(CampaignQuery.all(), PageRequest.of(0, 100)).content();
    }

    private static List<CustomerRelationship> relationships(Crm crm) {
        return crm.relationships().search(RelationshipQuery.all(), PageRequest.of(0, 100)).content();
    }

    private static final long SEED = 20260302L;

    @Test
    void plan_validCommand_storesTheCampaign() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(CampaignCommands.validNewCampaigns())
                .checkAssert(CampaignAndRelationshipPropertiesTest::storesTheCampaign);
    }

    private static void storesTheCampaign(NewCampaign command) {
        Crm crm = crm();

        Campaign campaign = crm.campaigns().plan(command);

        assertEquals(command.name().strip(), campaign.name());
        assertEquals(command.endDate(), campaign.endDate());
        assertEquals(command.budget(), campaign.budget());
        assertEquals(campaign, crm.campaigns().get(campaign.id()));
    }

    @Test
    void plan_invalidCommand_isRefusedNamingTheFieldAndChangesNothing() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(CampaignCommands.invalidNewCampaigns())
                .checkAssert(CampaignAndRelationshipPropertiesTest::refusesTheCampaign);
    }

    private static void refusesTheCampaign(Invalid<NewCampaign> invalid) {
        Crm crm = crm();
        Campaign existing = crm.campaigns().plan(new NewCampaign("Existing", TODAY, TODAY,
                new CampaignTarget("everyone", "more sales"), CampaignChannel.WEB, Fixtures.eur("10.00")));

        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.campaigns().plan(invalid.command()));

        assertEquals(invalid.field(), e.field());
        assertEquals(List.of(existing), campaigns(crm));
    }

    @Test
    void establish_validCommand_storesTheRelationship() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(RelationshipCommands.validNewRelationships(CUSTOMERS))
                .checkAssert(CampaignAndRelationshipPropertiesTest::storesTheRelationship);
    }

    private static void storesTheRelationship(NewRelationship command) {
        Crm crm = crm();

        CustomerRelationship r = crm.relationships().establish(command);

        assertEquals(command.from(), r.from());
        assertEquals(command.validTo(), r.validTo());
        assertEquals(r, crm.relationships().get(r.id()));
        assertEquals(command.validFrom().isAfter(TODAY) || command.validTo().filter(t -> !t.isAfter(TODAY))
                .isPresent(), crm.relationships().shortestPath(command.from(), command.to()).isEmpty());
    }

    @Test
    void establish_invalidCommand_isRefusedNamingTheFieldAndChangesNothing() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(RelationshipCommands.invalidNewRelationships(CUSTOMERS))
                .checkAssert(CampaignAndRelationshipPropertiesTest::refusesTheRelationship);
    }

    private static void refusesTheRelationship(Invalid<NewRelationship> invalid) {
        Crm crm = crm();

        ValidationException e = assertThrows(ValidationException.class,
                () -> crm.relationships().establish(invalid.command()));

        assertEquals(invalid.field(), e.field());
        assertEquals(List.of(), relationships(crm));
    }

    @Test
    void shortestPath_hasTheLengthOfAnIndependentlyComputedDistance() {
        qt().withFixedSeed(SEED).withExamples(200)
                .forAll(lists().of(RelationshipCommands.validNewRelationships(CUSTOMERS)).ofSizeBetween(0, 14))
                .checkAssert(CampaignAndRelationshipPropertiesTest::pathsHaveTheIndependentDistances);
    }

    private static void pathsHaveTheIndependentDistances(List<NewRelationship> commands) {
        Crm crm = crm();
        int unreachable = Integer.MAX_VALUE / 4;
        int[][] distance = new int[CUSTOMERS + 1][CUSTOMERS + 1];
        for (int i = 1; i <= CUSTOMERS; i++) {
            for (int j = 1; j <= CUSTOMERS; j++) {
                distance[i][j] = i == j ? 0 : unreachable;
            }
        }
        Set<List<Object>> established = new HashSet<>();
        for (NewRelationship command : commands) {
            int from = (int) command.from().value().getLeastSignificantBits();
            int to = (int) command.to().value().getLeastSignificantBits();
            // friends and colleagues are symmetric, so a pair in either order is the same relationship
            boolean directed = command.type() == RelationshipType.CLIENT;
            List<Object> key = List.of(command.type(), directed ? from : Math.min(from, to),
                    directed ? to : Math.max(from, to));
            if (!established.add(key)) {
                assertThrows(DuplicateException.class, () -> crm.relationships().establish(command),
                        () -> "a second " + key);
                continue;
            }
            crm.relationships().establish(command);
            boolean validToday = !command.validFrom().isAfter(TODAY)
                    && command.validTo().map(TODAY::isBefore).orElse(true);
            if (validToday) {
                distance[from][to] = 1;
                distance[to][from] = 1;
            }
        }
        for (int k = 1; k <= CUSTOMERS; k++) {
            for (int i = 1; i <= CUSTOMERS; i++) {
                for (int j = 1; j <= CUSTOMERS; j++) {
                    distance[i][j] = Math.min(distance[i][j], distance[i][k] + distance[k][j]);
                }
            }
        }

        for (int i = 1; i <= CUSTOMERS; i++) {
            for (int j = 1; j <= CUSTOMERS; j++) {
                Optional<RelationshipPath> path = crm.relationships().shortestPath(Fixtures.customerId(i),
                        Fixtures.customerId(j));
                assertEquals(distance[i][j] < unreachable, path.isPresent(), i + " to " + j);
                if (path.isPresent()) {
                    assertEquals(distance[i][j], path.get().length(), i + " to " + j);
                    assertEquals(Fixtures.customerId(i), path.get().customers().get(0));
                    assertEquals(Fixtures.customerId(j), path.get().customers().get(distance[i][j]));
                    assertTrue(path.get().relationships().stream().allMatch(r -> r.isValidOn(TODAY)));
                }
            }
        }
    }
}
