package org.crm4j.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.crm4j.core.Money;
import org.crm4j.core.Require;

/**
 * The sales of one period (a UTC day, ISO week or month) in one currency, with the change against the period
 * before it. Immutable.
 *
 * @param start           the first day of the period (UTC)
 * @param end             the first day after it
 * @param sales           how many sales (not returns) in the period, &gt;= 0
 * @param returns         how many returns, &gt;= 0
 * @param revenue         the net revenue of the period: Σ unit price × quantity, returns negative
 * @param previousRevenue the net revenue of the period of the same length just before (zero if nothing sold)
 * @param change          {@code revenue − previousRevenue}, always present (a previous period without sales counts
 *                        as zero)
 * @param changePercent   {@code change / |previousRevenue| × 100}, percent rounded half-even to 2 decimal places
 *                        (e.g. {@code 12.50} for +12.5 %); empty when the previous revenue is zero
 */
public record PeriodSales(LocalDate start, LocalDate end, long sales, long returns, Money revenue,
        Money previousRevenue, Money change, Optional<BigDecimal> changePercent) {

    /** Checks the components. */
    public PeriodSales {
        Require.nonNull("start", start);
        Require.nonNull("end", end);
        Require.notNegative("sales", sales);
        Require.notNegative("returns", returns);
        Require.nonNull("revenue", revenue);
        Require.nonNull("previousRevenue", previousRevenue);
        Require.nonNull("change", change);
        Require.nonNull("changePercent", changePercent);
    }
}
