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
 */
public record LeadConversion(Optional<CustomerId> existingCustomer) {

    /**
     * Checks that the {@code Optional} is not null.
     *
     * @throws ValidationException on {@code "customerId"} if it is
     */
    public LeadConversion {
        Require.nonNull("customerId", existingCustomer);
    }

    /** @return the conversion that registers a new customer */
    public static LeadConversion newCustomer() {
        return new LeadConversion(Optional.empty());
    }

    /**
     * @param customer the existing customer, confirmed by the caller
     * @return the conversion that links the lead to {@code customer}
     */
    public static LeadConversion toCustomer(CustomerId customer) {
        return new LeadConversion(Optional.of(Require.nonNull("customerId", customer)));
    }
}
