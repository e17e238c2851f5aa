package org.crm4j.core.lead;

import java.time.LocalDate;
import org.crm4j.core.Money;

/**
 * The opportunity a lead conversion opens for the customer (in QUALIFICATION, owned by the lead's owner). Holds
 * the input as entered; the opportunity service validates it. Immutable.
 *
 * @param name              what the deal is about
 * @param amount            the expected revenue, not negative
 * @param expectedCloseDate the expected close day, not before today
 */
public record LeadOpportunity(String name, Money amount, LocalDate expectedCloseDate) {
}
