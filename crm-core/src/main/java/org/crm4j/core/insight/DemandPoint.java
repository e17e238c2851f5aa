package org.crm4j.core.insight;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One forecast period of a {@link DemandForecast}: the expected net units and the 80 % and 95 % prediction
 * intervals (Gaussian, {@code mean ± z se}, or the model's simulated quantiles). Demand cannot be negative, so the
 * mean and the bounds are cut at 0.
 *
 * @param periodStart   the first day of the period
 * @param mean          the expected units, {@code >= 0}
 * @param standardError the forecast's standard error, in units
 * @param lower80       the lower bound of the 80 % interval
 * @param upper80       the upper bound of the 80 % interval
 * @param lower95       the lower bound of the 95 % interval
 * @param upper95       the upper bound of the 95 % interval
 */
public record DemandPoint(LocalDate periodStart, double mean, double standardError, double lower80, double upper80,
        double lower95, double upper95) {

    /** Checks the period. */
    public DemandPoint {
        Objects.requireNonNull(periodStart, "periodStart");
    }
}
