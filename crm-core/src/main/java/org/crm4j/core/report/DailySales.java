package org.crm4j.core.report;

import java.time.LocalDate;
import org.crm4j.core.Money;
import org.crm4j.core.Require;

/**
 * The sales and returns of one UTC day in one currency. Immutable.
 *
 * @param day     the UTC calendar day of the sale or return time
 * @param sales   how many sales (not returns), &gt;= 0
 * @param returns how many returns, &gt;= 0
 * @param revenue the net revenue: Σ unit price × quantity, returns negative
 */
public record DailySales(LocalDate day, long sales, long returns, Money revenue) {

    /** Checks the components. */
    public DailySales {
        Require.nonNull("day", day);
        Require.notNegative("sales", sales);
        Require.notNegative("returns", returns);
        Require.nonNull("revenue", revenue);
    }
}
