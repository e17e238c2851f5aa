package org.crm4j.core.pipeline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;

/**
 * The sales-cycle length of the opportunities won in a period: the time from an opportunity's creation to its
 * change to CLOSED_WON. Lost opportunities are not counted. Immutable.
 *
 * @param owner        the owner of the opportunities, or empty for all owners together
 * @param won          how many opportunities were won, &gt;= 0
 * @param totalSeconds the summed creation-to-win times in seconds, exact to the microsecond (kept at scale 6),
 *                     &gt;= 0
 */
public record SalesCycle(Optional<UserId> owner, long won, BigDecimal totalSeconds) {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    /** Checks the components and brings {@code totalSeconds} to scale 6 (microseconds). */
    public SalesCycle {
        Require.nonNull("owner", owner);
        Require.notNegative("won", won);
        Require.nonNull("totalSeconds", totalSeconds);
        if (totalSeconds.signum() < 0) {
            throw new org.crm4j.core.ValidationException("totalSeconds", Require.NOT_NEGATIVE, totalSeconds);
        }
        totalSeconds = totalSeconds.setScale(6, RoundingMode.HALF_EVEN);
    }

    /**
     * @return the average creation-to-win time in days of 86 400 seconds (fractional, e.g. 12.5); NaN when none
     *         was won
     */
    public double averageDays() {
        return won == 0 ? Double.NaN
                : totalSeconds.divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(won)), MathContext.DECIMAL64)
                        .doubleValue();
    }
}
