package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignQuery;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.product.Product;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipQuery;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The generated commands of {@link Commands}, {@link CampaignCommands} and {@link RelationshipCommands} through an
 * adapter's ports: every valid command is stored as the service normalised it and read back equal, every invalid
 * one is refused naming its field and leaves nothing behind. Each example gets fresh ports from
 * {@link #newPorts()}; seeds are fixed, and a failure prints the shrunk command.
 */
public abstract class GeneratedCommandsContract extends PortsContract {

    private static final long SEED = 20260302L;

    /** Customers 1 to 6 exist before a relationship is established. */
    private static final int CUSTOMERS = 6;

    /**
     * @return how many commands each property tries; an adapter over a slow store may lower it (default 50)
     */
    protected int examples() {
        return 50;
    }

    /** Runs {@code check} on each generated value with a CRM over fresh, empty ports. */
    private <T> void forEach(Gen<T> commands, BiConsumer<Crm, T> check) {
        qt().withFixedSeed(SEED).withExamples(examples()).forAll(commands).checkAssert(command -> {
            cleanUp(ports);
            ports = newPorts();
            Crm crm = Crm.builder(ports).clock(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))
                    .ids(IdGenerator.sequence()).defaultPhoneRegion(PhoneRegion.DE).build();
            check.accept(crm, command);
        });
    }

    @Test
    void register_generatedValidCustomer_isStoredNormalisedAndReadBackEqual() {
        forEach(Commands.validNewCustomers(), (crm, command) -> {
            Customer customer = crm.customers().register(command);

            assertEquals(command.name().strip(), customer.name());
            assertEquals(command.email().toLowerCase(Locale.ROOT), customer.email().value());
            assertEquals(command.phone().isEmpty(), customer.phone().isEmpty());
            assertEquals(command.tags().size(), customer.tags().size());
            assertEquals(customer, crm.customers().get(customer.id()));
            assertEquals(Optional.of(customer), crm.customers().findByEmail(command.email().toUpperCase(Locale.ROOT)));
        });
    }

    @Test
    void register_generatedInvalidCustomer_isRefusedNamingTheFieldAndChangesNothing() {
        forEach(Commands.invalidNewCustomers(), (crm, invalid) -> {
            Customer existing = crm.customers().register(NewCustomer.of("Existing", "existing@fixture.test"));
            State before = state();

            ValidationException e = assertThrows(ValidationException.class,
                    () -> crm.customers().register(invalid.command()));

            assertEquals(invalid.field(), e.field());
            assertEquals(before, state());
            assertEquals(List.of(existing), before.customers());
        });
    }

    @Test
    void create_generatedValidProduct_isStoredAndReadBackEqual() {
        forEach(Commands.validNewProducts(), (crm, command) -> {
            Product product = crm.products().create(command);

            assertEquals(command.sku().toUpperCase(Locale.ROOT), product.sku().value());
            assertEquals(command.price(), product.price());
            assertEquals(command.initialStock(), product.stock());
            assertEquals(product, crm.products().get(product.id()));
        });
    }

    @Test
    void create_generatedInvalidProduct_isRefusedNamingTheFieldAndChangesNothing() {
        forEach(Commands.invalidNewProducts(), (crm, invalid) -> {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> crm.products().create(invalid.command()));

            assertEquals(invalid.field(), e.field());
            assertEquals(List.of(), state().products());
        });
    }

    @Test
    void plan_generatedValidCampaign_isStoredAndReadBackEqual() {
        forEach(CampaignCommands.validNewCampaigns(), (crm, command) -> {
            Campaign campaign = crm.campaigns().plan(command);

            assertEquals(command.name().strip(), campaign.name());
            assertEquals(command.startDate(), campaign.startDate());
            assertEquals(command.endDate(), campaign.endDate());
            assertEquals(command.budget(), campaign.budget());
            assertEquals(campaign, crm.campaigns().get(campaign.id()));
        });
    }

    @Test
    void plan_generatedInvalidCampaign_isRefusedNamingTheFieldAndChangesNothing() {
        forEach(CampaignCommands.invalidNewCampaigns(), (crm, invalid) -> {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> crm.campaigns().plan(invalid.command()));

            assertEquals(invalid.field(), e.field());
            assertEquals(0, crm.campaigns().search(CampaignQuery.all(), PageRequest.of(0, 1)).totalElements());
        });
    }

    private static void registerCustomers(Crm crm) {
        for (int i = 1; i <= CUSTOMERS; i++) {
            crm.customers().register(NewCustomer.of("Customer " + i, "c" + i + "@fixture.test"));
        }
    }

    @Test
    void establish_generatedValidRelationship_isStoredAndReadBackEqual() {
        forEach(RelationshipCommands.validNewRelationships(CUSTOMERS), (crm, command) -> {
            registerCustomers(crm);

            CustomerRelationship r = crm.relationships().establish(command);

            assertEquals(command.type(), r.type());
            assertEquals(command.validFrom(), r.validFrom());
            assertEquals(command.validTo(), r.validTo());
            assertEquals(r, crm.relationships().get(r.id()));
        });
    }

    @Test
    void establish_generatedInvalidRelationship_isRefusedNamingTheFieldAndChangesNothing() {
        forEach(RelationshipCommands.invalidNewRelationships(CUSTOMERS), (crm, invalid) -> {
            registerCustomers(crm);
            NewRelationship command = invalid.command();

            ValidationException e = assertThrows(ValidationException.class,
                    () -> crm.relationships().establish(command));

            assertEquals(invalid.field(), e.field());
            assertEquals(0, crm.relationships().search(RelationshipQuery.all(), PageRequest.of(0, 1))
                    .totalElements());
        });
    }
}
