package org.crm4j.core.insight;

import java.time.YearMonth;
import org.crm4j.core.Money;

/**
 * The open opportunities expected to close in one month, in one currency, and the revenue expected from them.
 *
 * @param month      the month of the expected close date
 * @param count      how many open opportunities
 * @param amount     the sum of their amounts
 * @param empirical  Σ amount × the stage's empirical win rate, rounded half-even to the currency's digits once
 * @param configured Σ amount × the stage's configured probability, rounded the same way
 */
public record CloseMonthForecast(YearMonth month, long count, Money amount, Money empirical, Money configured) {
}
