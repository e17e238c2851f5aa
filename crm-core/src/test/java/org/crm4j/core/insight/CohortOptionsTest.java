package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.Currency;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link CohortOptions} refuses bad values naming the field and the rule. */
class CohortOptionsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final YearMonth JAN = YearMonth.of(2026, 1);

    @Test
    void of_oneMonth_isValid() {
        assertEquals(new CohortOptions(EUR, JAN, JAN), CohortOptions.of(EUR, JAN, JAN));
    }

    @Test
    void nulls_areRefused() {
        assertRefused("currency", "must not be null", () -> CohortOptions.of(null, JAN, JAN));
        assertRefused("from", "must not be null", () -> CohortOptions.of(EUR, null, JAN));
        assertRefused("to", "must not be null", () -> CohortOptions.of(EUR, JAN, null));
    }

    @Test
    void from_beforeTheEpoch_isRefused() {
        assertRefused("from", "must not be before 1970-01", () -> CohortOptions.of(EUR, YearMonth.of(1969, 12), JAN));
    }

    @Test
    void to_beforeFrom_isRefused() {
        assertRefused("to", "must not be before from", () -> CohortOptions.of(EUR, JAN, JAN.minusMonths(1)));
    }

    @Test
    void to_moreThan240MonthsAfterFrom_isRefused() {
        assertEquals(JAN.plusMonths(240), CohortOptions.of(EUR, JAN, JAN.plusMonths(240)).to());
        assertRefused("to", "must be at most 240 months after from",
                () -> CohortOptions.of(EUR, JAN, JAN.plusMonths(241)));
    }

    private static void assertRefused(String field, String rule, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }
}
