package org.crm4j.core.ticket;

import java.time.YearMonth;
import org.crm4j.core.Require;

/**
 * How many tickets of one category were opened in one UTC month. Immutable.
 *
 * @param month    the UTC month of opening
 * @param category the category
 * @param tickets  how many, &gt; 0
 */
public record CategoryMonth(YearMonth month, String category, long tickets) {

    /**
     * @throws org.crm4j.core.ValidationException naming the component that is null or negative
     */
    public CategoryMonth {
        Require.nonNull("month", month);
        Require.nonNull("category", category);
        Require.notNegative("tickets", tickets);
    }
}
