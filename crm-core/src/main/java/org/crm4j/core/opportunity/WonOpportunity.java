package org.crm4j.core.opportunity;

import java.util.List;
import org.crm4j.core.Require;
import org.crm4j.core.sales.Sale;

/**
 * The result of winning an opportunity and recording its sales. Immutable.
 *
 * @param opportunity the stored, CLOSED_WON opportunity
 * @param sales       the sales recorded for its line items, in their order
 */
public record WonOpportunity(Opportunity opportunity, List<Sale> sales) {

    /** Copies the sales. */
    public WonOpportunity {
        Require.nonNull("opportunity", opportunity);
        sales = List.copyOf(Require.nonNull("sales", sales));
    }
}
