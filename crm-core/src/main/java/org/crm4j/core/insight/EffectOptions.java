package org.crm4j.core.insight;

import java.util.Locale;
import org.crm4j.core.ValidationException;

/**
 * How {@link InsightService#campaignEffect} measures a campaign against its control group. Valid by construction:
 * the compact constructor refuses bad values with a {@link ValidationException} naming the field and the rule.
 *
 * @param lookbackDays the days before the campaign's start over which each member's pre-campaign recency,
 *                     purchases and net revenue (the covariates) are read, in {@code [1, 3650]}
 * @param level        the confidence level of every interval, in {@code [0.5, 0.999]}
 */
public record EffectOptions(int lookbackDays, double level) {

    /** The default look-back, 365 days. */
    public static final int DEFAULT_LOOKBACK_DAYS = 365;
    /** The default confidence level, 95 %. */
    public static final double DEFAULT_LEVEL = 0.95;

    /**
     * Checks the options.
     *
     * @throws ValidationException on field {@code lookbackDays} ({@code must be in [1, 3650]}) or {@code level}
     *                             ({@code must be in [0.5, 0.999]})
     */
    public EffectOptions {
        if (lookbackDays < 1 || lookbackDays > 3650) {
            throw new ValidationException("lookbackDays", "must be in [1, 3650]", lookbackDays);
        }
        if (!(level >= 0.5 && level <= 0.999)) {
            throw new ValidationException("level", "must be in [0.5, 0.999]", String.format(Locale.ROOT, "%s", level));
        }
    }

    /** @return a look-back of 365 days and 95 % intervals */
    public static EffectOptions defaults() {
        return new EffectOptions(DEFAULT_LOOKBACK_DAYS, DEFAULT_LEVEL);
    }

    /**
     * @param value the look-back in days
     * @return a copy with it
     * @throws ValidationException on field {@code lookbackDays} if out of range
     */
    public EffectOptions withLookbackDays(int value) {
        return new EffectOptions(value, level);
    }

    /**
     * @param value the confidence level
     * @return a copy with it
     * @throws ValidationException on field {@code level} if out of range
     */
    public EffectOptions withLevel(double value) {
        return new EffectOptions(lookbackDays, value);
    }
}
