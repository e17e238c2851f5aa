package org.crm4j.core.contract;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Money;
import org.crm4j.core.contract.Commands.Invalid;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.opportunity.LineItem;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.product.ProductId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid and invalid {@link NewOpportunity} commands in euros, for a CRM (with an
 * {@link org.crm4j.core.IdGenerator#sequence() id sequence}) that first registered {@code customers} customers
 * (ids 1 to {@code customers}) and then created {@code products} products (the next ids).
 */
public final class OpportunityCommands {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<OpportunityStage> OPEN = List.of(OpportunityStage.PROSPECTING,
            OpportunityStage.QUALIFICATION, OpportunityStage.PROPOSAL, OpportunityStage.NEGOTIATION);

    private OpportunityCommands() {
    }

    /**
     * @param customers how many customers were registered first, at least 1
     * @param products  how many products were created after them, at least 1
     * @return commands the opportunity service must accept: with or without a customer, an open stage, an amount
     *         from 0 to 1 000 000.00 EUR, a close date from {@link Commands#TODAY} to 1 000 days later, 0 to 3
     *         line items at 0 to 1 000.00 EUR per unit
     */
    public static Gen<NewOpportunity> validNewOpportunities(int customers, int products) {
        if (customers < 1 || products < 1) {
            throw new IllegalArgumentException("customers and products must be >= 1, were " + customers + ", "
                    + products);
        }
        Gen<Optional<CustomerId>> customer = longs().between(1, customers).map(Fixtures::customerId)
                .toOptionals(80);
        Gen<String> names = Commands.names();
        Gen<Money> amounts = longs().between(0, 100_000_000).map(c -> Money.of(BigDecimal.valueOf(c, 2), EUR));
        Gen<Integer> days = integers().between(0, 1_000);
        Gen<OpportunityStage> stages = Generate.pick(OPEN);
        Gen<LineItem> item = longs().between(1, products)
                .zip(integers().between(1, 1_000), longs().between(0, 100_000),
                        (p, quantity, cents) -> new LineItem(new ProductId(Fixtures.uuid(customers + p)), quantity,
                                Money.of(BigDecimal.valueOf(cents, 2), EUR)));
        Gen<List<LineItem>> items = lists().of(item).ofSizeBetween(0, 3);
        return in -> new NewOpportunity(customer.generate(in), names.generate(in),
                LeadCommands.owners().generate(in), amounts.generate(in),
                Commands.TODAY.plusDays(days.generate(in)), stages.generate(in), items.generate(in));
    }

    /**
     * @param customers as for {@link #validNewOpportunities(int, int)}
     * @param products  as for {@link #validNewOpportunities(int, int)}
     * @return commands the opportunity service must refuse, each with one broken field: a blank name
     *         ({@code name}), a negative amount ({@code amount}), a close date before today
     *         ({@code expectedCloseDate}), a closed first stage ({@code stage}), a line item in US dollars
     *         ({@code lineItems[0].unitPrice})
     */
    public static Gen<Invalid<NewOpportunity>> invalidNewOpportunities(int customers, int products) {
        Gen<NewOpportunity> valid = validNewOpportunities(customers, products);
        Gen<Money> negative = longs().between(1, 100_000_000).map(c -> Money.of(BigDecimal.valueOf(-c, 2), EUR));
        Gen<Integer> daysBefore = integers().between(1, 5_000);
        Gen<OpportunityStage> closed = Generate.pick(List.of(OpportunityStage.CLOSED_WON,
                OpportunityStage.CLOSED_LOST));
        Gen<Integer> which = integers().between(0, 4);
        return in -> {
            NewOpportunity o = valid.generate(in);
            return switch (which.generate(in)) {
                case 0 -> new Invalid<>(new NewOpportunity(o.customer(), " ", o.owner(), o.amount(),
                        o.expectedCloseDate(), o.stage(), o.lineItems()), "name");
                case 1 -> new Invalid<>(new NewOpportunity(o.customer(), o.name(), o.owner(), negative.generate(in),
                        o.expectedCloseDate(), o.stage(), o.lineItems()), "amount");
                case 2 -> new Invalid<>(new NewOpportunity(o.customer(), o.name(), o.owner(), o.amount(),
                        Commands.TODAY.minusDays(daysBefore.generate(in)), o.stage(), o.lineItems()),
                        "expectedCloseDate");
                case 3 -> new Invalid<>(o.withStage(closed.generate(in)), "stage");
                default -> new Invalid<>(o.withLineItems(List.of(new LineItem(
                        new ProductId(Fixtures.uuid(customers + 1)), 1, Money.of("1.00", "USD")))),
                        "lineItems[0].unitPrice");
            };
        };
    }
}
