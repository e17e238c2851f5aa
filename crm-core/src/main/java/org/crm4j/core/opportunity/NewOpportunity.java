package org.crm4j.core.opportunity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Money;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;

/**
 * Command: open an opportunity. Holds the input as entered; {@link OpportunityService#create(NewOpportunity)}
 * validates it and names the offending field of a rejected command.
 *
 * @param customer          the customer, or empty
 * @param name              what the deal is about
 * @param owner             the host's user who works on it
 * @param amount            the expected revenue, not negative
 * @param expectedCloseDate the expected close day, not before today
 * @param stage             the first stage (open), PROSPECTING by default
 * @param lineItems         the line items, in the amount's currency, or none
 */
public record NewOpportunity(Optional<CustomerId> customer, String name, UserId owner, Money amount,
        LocalDate expectedCloseDate, OpportunityStage stage, List<LineItem> lineItems) {

    /**
     * Checks that the {@code Optional} and the list are not null; copies the list.
     *
     * @throws ValidationException on {@code "customerId"} or {@code "lineItems"} if null
     */
    public NewOpportunity {
        Require.nonNull("customerId", customer);
        lineItems = List.copyOf(Require.nonNull("lineItems", lineItems));
    }

    /**
     * A PROSPECTING opportunity without line items.
     *
     * @param customer          the customer, or null
     * @param name              the name
     * @param owner             the owner
     * @param amount            the expected revenue
     * @param expectedCloseDate the expected close day
     * @return the command
     */
    public static NewOpportunity of(CustomerId customer, String name, UserId owner, Money amount,
            LocalDate expectedCloseDate) {
        return new NewOpportunity(Optional.ofNullable(customer), name, owner, amount, expectedCloseDate,
                OpportunityStage.PROSPECTING, List.of());
    }

    /**
     * @param value the first stage
     * @return a copy starting in {@code value}
     */
    public NewOpportunity withStage(OpportunityStage value) {
        return new NewOpportunity(customer, name, owner, amount, expectedCloseDate, value, lineItems);
    }

    /**
     * @param value the line items
     * @return a copy with the line items
     */
    public NewOpportunity withLineItems(List<LineItem> value) {
        return new NewOpportunity(customer, name, owner, amount, expectedCloseDate, stage, value);
    }
}
