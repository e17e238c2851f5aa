package org.crm4j.core.lead;

import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;

/**
 * Command: how to convert a lead. Either a new customer is registered from the lead (name, e-mail address,
 * phone), or the lead is linked to an existing customer, typically the one
 * {@link LeadService#matchingCustomer(LeadId)} found by the lead's e-mail address and the user confirmed.
 *
 * @param existingCustomer the customer to link, or empty to register a new one
 * @param opportunity      the opportunity to open for the customer, or empty
 */
public record LeadConversion(Optional<CustomerId> existingCustomer, Optional<LeadOpportunity> opportunity) {

    /**
     * Checks that the {@code Optional} is not null.
     *
     * @throws ValidationException on {@code "customerId"} if it is
     */
    public LeadConversion {
        Require.nonNull("customerId", existingCustomer);
        Require.nonNull("opportunity", opportunity);
    }

    /** @return the conversion that registers a new customer */
    public static LeadConversion newCustomer() {
        return new LeadConversion(Optional.empty(), Optional.empty());
    }

    /**
     * @param customer the existing customer, confirmed by the caller
     * @return the conversion that links the lead to {@code customer}
     */
    public static LeadConversion toCustomer(CustomerId customer) {
        return new LeadConversion(Optional.of(Require.nonNull("customerId", customer)), Optional.empty());
    }

    /**
     * @param value the opportunity to open for the customer (in QUALIFICATION, owned by the lead's owner)
     * @return a copy that also opens the opportunity
     */
    public LeadConversion withOpportunity(LeadOpportunity value) {
        return new LeadConversion(existingCustomer, Optional.of(Require.nonNull("opportunity", value)));
    }
}
