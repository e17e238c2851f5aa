package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link CohortOptions} refuses bad values naming the field and the rule. */
class CohortOptionsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    @Test
    void of_oneMonth_isValid() {
        assertEquals(new CohortOptions(EUR, CohortPeriod.MONTH, JAN.atDay(1), JAN.atDay(1)), CohortOptions.of(EUR, JAN, JAN));
    }

    @Test
    void nulls_areRefused() {
        assertRefused("currency", "must not be null", () -> CohortOptions.of(null, JAN, JAN));
        assertRefused("from", "must not be null", () -> CohortOptions.of(EUR, null, JAN));
        assertRefused("to", "must not be null", () -> CohortOptions.of(EUR, JAN, null));
    }

    @Test
    void from_beforeTheEpoch_isRefused() {
        assertRefused("from", "must not be before 1970-01-01",
                () -> CohortOptions.of(EUR, YearMonth.of(1969, 12), JAN));
        assertRefused("from", "must not be before 1970-01-01",
                () -> CohortOptions.weekly(EUR, LocalDate.of(1969, 12, 29), MONDAY));
    }

    @Test
    void to_beforeFrom_isRefused() {
        assertRefused("to", "must not be before from", () -> CohortOptions.of(EUR, JAN, JAN.minusMonths(1)));
    }

    @Test
    void to_moreThan240MonthsAfterFrom_isRefused() {
        assertEquals(JAN.plusMonths(240).atDay(1), CohortOptions.of(EUR, JAN, JAN.plusMonths(240)).to());
        assertRefused("to", "must be at most 240 months after from",
                () -> CohortOptions.of(EUR, JAN, JAN.plusMonths(241)));
    }

    @Test
    void weekly_mondays_isValid() {
        CohortOptions options = CohortOptions.weekly(EUR, MONDAY, MONDAY.plusWeeks(240));
        assertEquals(new CohortOptions(EUR, CohortPeriod.WEEK, MONDAY, MONDAY.plusWeeks(240)), options);
    }

    @Test
    void weekly_notAMonday_isRefused() {
        assertRefused("from", "must be a Monday", () -> CohortOptions.weekly(EUR, MONDAY.plusDays(1), MONDAY));
        assertRefused("to", "must be a Monday", () -> CohortOptions.weekly(EUR, MONDAY, MONDAY.plusDays(6)));
    }

    @Test
    void monthly_notTheFirstDay_isRefused() {
        assertRefused("from", "must be the first day of a month",
                () -> new CohortOptions(EUR, CohortPeriod.MONTH, JAN.atDay(2), JAN.atDay(1)));
        assertRefused("to", "must be the first day of a month",
                () -> new CohortOptions(EUR, CohortPeriod.MONTH, JAN.atDay(1), JAN.atDay(31)));
    }

    @Test
    void weekly_moreThan240WeeksAfterFrom_orNoPeriod_isRefused() {
        assertRefused("to", "must be at most 240 weeks after from",
                () -> CohortOptions.weekly(EUR, MONDAY, MONDAY.plusWeeks(241)));
        assertRefused("to", "must not be before from", () -> CohortOptions.weekly(EUR, MONDAY, MONDAY.minusWeeks(1)));
        assertRefused("period", "must not be null", () -> new CohortOptions(EUR, null, MONDAY, MONDAY));
    }

    private static void assertRefused(String field, String rule, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }
}
