package org.crm4j.core.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.crm4j.core.Money;

/** The arithmetic shared by the win-rate records. */
final class WinRates {

    private WinRates() {
    }

    static double rate(long won, long lost) {
        return won + lost == 0 ? Double.NaN : (double) won / (won + lost);
    }

    static Money average(Money wonAmount, long won) {
        if (won == 0) {
            return Money.zero(wonAmount.currency());
        }
        return Money.of(wonAmount.amount().divide(BigDecimal.valueOf(won), wonAmount.amount().scale(),
                RoundingMode.HALF_EVEN), wonAmount.currency());
    }
}
