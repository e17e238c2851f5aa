package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Currency;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link LifetimeOptions} refuses bad values naming the field and the rule; the discounting is per period. */
class LifetimeOptionsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant END = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void of_defaults_areTwelvePeriodsOfThirtyDaysAtTenPercent() {
        assertEquals(new LifetimeOptions(EUR, END, 12, 30, 0.10), LifetimeOptions.of(EUR, END));
    }

    @Test
    void periodDiscountRate_aYearOfOnePeriod_isTheAnnualRate() {
        assertEquals(0.10, LifetimeOptions.of(EUR, END).withHorizon(1, 365).periodDiscountRate(), 1e-15);
        assertEquals(Math.pow(1.10, 30 / 365.0) - 1, LifetimeOptions.of(EUR, END).periodDiscountRate(), 1e-15);
    }

    @Test
    void currency_null_isRefused() {
        assertRefused("currency", "must not be null", () -> LifetimeOptions.of(null, END));
    }

    @Test
    void calibrationEnd_nullOrNotAfterTheEpoch_isRefused() {
        assertRefused("calibrationEnd", "must not be null", () -> LifetimeOptions.of(EUR, null));
        assertRefused("calibrationEnd", "must be after 1970-01-01T00:00:00Z",
                () -> LifetimeOptions.of(EUR, Instant.EPOCH));
    }

    @Test
    void periods_outOfRange_isRefused() {
        assertRefused("periods", "must be in [1, 1000]", () -> LifetimeOptions.of(EUR, END).withHorizon(0, 30));
        assertRefused("periods", "must be in [1, 1000]", () -> LifetimeOptions.of(EUR, END).withHorizon(1001, 30));
    }

    @Test
    void periodDays_outOfRange_isRefused() {
        assertRefused("periodDays", "must be in [1, 366]", () -> LifetimeOptions.of(EUR, END).withHorizon(12, 0));
        assertRefused("periodDays", "must be in [1, 366]", () -> LifetimeOptions.of(EUR, END).withHorizon(12, 367));
    }

    @Test
    void annualDiscountRate_negativeAboveOneOrNaN_isRefused() {
        assertRefused("annualDiscountRate", "must be in [0, 1]",
                () -> LifetimeOptions.of(EUR, END).withAnnualDiscountRate(-0.01));
        assertRefused("annualDiscountRate", "must be in [0, 1]",
                () -> LifetimeOptions.of(EUR, END).withAnnualDiscountRate(1.5));
        assertRefused("annualDiscountRate", "must be in [0, 1]",
                () -> LifetimeOptions.of(EUR, END).withAnnualDiscountRate(Double.NaN));
    }

    private static void assertRefused(String field, String rule, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }
}
