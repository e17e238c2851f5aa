package org.crm4j.core.survey;

import java.util.Locale;
import org.crm4j.core.ValidationException;

/**
 * A two-sided confidence interval {@code [low, high]}, in the units of its estimate. Immutable.
 *
 * @param low  the lower end
 * @param high the upper end, not below {@code low}
 */
public record ConfidenceInterval(double low, double high) {

    /** @throws ValidationException on {@code high} if below {@code low} or either end is NaN */
    public ConfidenceInterval {
        if (Double.isNaN(low) || Double.isNaN(high) || high < low) {
            throw new ValidationException("high", "must not be below low", String.format(Locale.ROOT,
                    "[%s, %s]", low, high));
        }
    }
}
