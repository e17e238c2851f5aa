package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.activity.ActivityQuery;
import org.crm4j.core.activity.NewActivity;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadQuery;
import org.crm4j.core.lead.LeadStatus;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityQuery;
import org.crm4j.core.product.NewProduct;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The generated commands of {@link LeadCommands}, {@link OpportunityCommands} and {@link ActivityCommands} through
 * an adapter's ports, as {@link GeneratedCommandsContract} does for the first features: every valid command is
 * stored as the service normalised it and read back equal, every invalid one is refused naming its field and leaves
 * nothing behind. Each example gets fresh ports from {@link #newPorts()} with {@value #CUSTOMERS} customers and
 * {@value #PRODUCTS} products; seeds are fixed, and a failure prints the shrunk command.
 */
public abstract class GeneratedPipelineCommandsContract extends PortsContract {

    private static final long SEED = 20261204L;
    private static final int CUSTOMERS = 4;
    private static final int PRODUCTS = 3;

    /**
     * @return how many commands each property tries; an adapter over a slow store may lower it (default 50)
     */
    protected int examples() {
        return 50;
    }

    /** Runs {@code check} on each generated value with a CRM over fresh ports holding the customers and products. */
    private <T> void forEach(Gen<T> commands, BiConsumer<Crm, T> check) {
        qt().withFixedSeed(SEED).withExamples(examples()).forAll(commands).checkAssert(command -> {
            cleanUp(ports);
            ports = newPorts();
            Crm crm = Crm.builder(ports).clock(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))
                    .ids(IdGenerator.sequence()).defaultPhoneRegion(PhoneRegion.DE).build();
            for (int i = 1; i <= CUSTOMERS; i++) {
                crm.customers().register(NewCustomer.of("Customer " + i, "c" + i + "@fixture.test"));
            }
            for (int i = 1; i <= PRODUCTS; i++) {
                crm.products().create(new NewProduct("P" + i, "Product " + i, Money.of("9.99", "EUR"), 100));
            }
            check.accept(crm, command);
        });
    }

    private static long leads(Crm crm) {
        return crm.leads().search(LeadQuery.all(), PageRequest.of(0, 1)).totalElements();
    }

    private static long opportunities(Crm crm) {
        return crm.opportunities().search(OpportunityQuery.all(), PageRequest.of(0, 1)).totalElements();
    }

    private static long activities(Crm crm) {
        return crm.activities().search(ActivityQuery.all(), PageRequest.of(0, 1)).totalElements();
    }

    @Test
    void create_generatedValidLead_isStoredNormalisedAndReadBackEqual() {
        forEach(LeadCommands.validNewLeads(), (crm, command) -> {
            Lead lead = crm.leads().create(command);

            assertEquals(command.personName().strip(), lead.personName());
            assertEquals(command.email().map(e -> e.toLowerCase(Locale.ROOT)),
                    lead.email().map(e -> e.value()));
            assertEquals(command.phone().isPresent(), lead.phone().isPresent());
            assertEquals(command.source(), lead.source());
            assertEquals(command.owner(), lead.owner());
            assertEquals(LeadStatus.NEW, lead.status());
            assertEquals(lead, crm.leads().get(lead.id()));
        });
    }

    @Test
    void create_generatedInvalidLead_isRefusedNamingTheFieldAndChangesNothing() {
        forEach(LeadCommands.invalidNewLeads(), (crm, invalid) -> {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> crm.leads().create(invalid.command()));

            assertEquals(invalid.field(), e.field());
            assertEquals(0, leads(crm));
        });
    }

    @Test
    void create_generatedValidOpportunity_isStoredAndReadBackEqual() {
        forEach(OpportunityCommands.validNewOpportunities(CUSTOMERS, PRODUCTS), (crm, command) -> {
            Opportunity deal = crm.opportunities().create(command);

            assertEquals(command.customer(), deal.customer());
            assertEquals(command.name().strip(), deal.name());
            assertEquals(command.amount(), deal.amount());
            assertEquals(command.stage(), deal.stage());
            assertEquals(command.expectedCloseDate(), deal.expectedCloseDate());
            assertEquals(command.lineItems(), deal.lineItems());
            assertEquals(deal, crm.opportunities().get(deal.id()));
        });
    }

    @Test
    void create_generatedInvalidOpportunity_isRefusedNamingTheFieldAndChangesNothing() {
        forEach(OpportunityCommands.invalidNewOpportunities(CUSTOMERS, PRODUCTS), (crm, invalid) -> {
            NewOpportunity command = invalid.command();

            ValidationException e = assertThrows(ValidationException.class,
                    () -> crm.opportunities().create(command));

            assertEquals(invalid.field(), e.field());
            assertEquals(0, opportunities(crm));
        });
    }

    @Test
    void record_generatedValidActivity_isStoredAndReadBackEqual() {
        forEach(ActivityCommands.validNewActivities(CUSTOMERS), (crm, command) -> {
            Activity activity = crm.activities().record(command);

            assertEquals(command.type(), activity.type());
            assertEquals(command.subject().strip(), activity.subject());
            assertEquals(command.customer(), activity.customer());
            assertEquals(command.occurredAt(), activity.occurredAt());
            assertEquals(command.dueDate(), activity.dueDate());
            assertEquals(activity, crm.activities().get(activity.id()));
        });
    }

    @Test
    void record_generatedInvalidActivity_isRefusedNamingTheFieldAndChangesNothing() {
        forEach(ActivityCommands.invalidNewActivities(CUSTOMERS), (crm, invalid) -> {
            NewActivity command = invalid.command();

            ValidationException e = assertThrows(ValidationException.class,
                    () -> crm.activities().record(command));

            assertEquals(invalid.field(), e.field());
            assertEquals(0, activities(crm));
        });
    }
}
