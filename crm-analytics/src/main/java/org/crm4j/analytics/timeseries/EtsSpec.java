package org.crm4j.analytics.timeseries;

import java.util.Locale;

import org.crm4j.analytics.internal.Checks;

/**
 * One exponential smoothing state space model of the taxonomy of Hyndman et al. (2008): the error
 * (additive or multiplicative), the trend (none, additive or multiplicative, optionally damped) and the season
 * (none, additive or multiplicative). R's {@code forecast::ets} names the models {@code ETS(error, trend, season)},
 * with a {@code d} after a damped trend: {@code ETS(M,Ad,M)} is multiplicative Holt–Winters with a damped
 * additive trend and multiplicative errors. The 15 (trend, damped, season) methods times two error types give
 * 30 models.
 *
 * <p>Eight of them ({@code error = A} with a multiplicative trend or season, and {@code ETS(M,M,A)}, with or
 * without damping) can have infinite forecast variance; R's {@code restrict = TRUE} refuses them, and so does
 * {@link Ets#fit} unless {@link Ets.Options#restrict()} is off (see {@link #isRestricted()}).
 *
 * <pre>{@code
 * EtsSpec holtWinters = EtsSpec.of("MAM");                 // ETS(M,A,M)
 * EtsSpec dampedHolt = EtsSpec.of("AAdN");                 // ETS(A,Ad,N)
 * EtsSpec ses = EtsSpec.of(Component.ADDITIVE, Component.NONE, false, Component.NONE);
 * }</pre>
 *
 * @param error  the error type, {@link Component#ADDITIVE} or {@link Component#MULTIPLICATIVE}
 * @param trend  the trend type
 * @param damped whether the trend is damped (only with a trend)
 * @param season the season type
 */
public record EtsSpec(Component error, Component trend, boolean damped, Component season) {

    /** The type of one component: none, additive or multiplicative. */
    public enum Component {
        /** The component is absent ({@code N}). */
        NONE('N'),
        /** The component is added ({@code A}). */
        ADDITIVE('A'),
        /** The component multiplies ({@code M}). */
        MULTIPLICATIVE('M');

        private final char letter;

        Component(char letter) {
            this.letter = letter;
        }

        /** @return R's letter: {@code N}, {@code A} or {@code M} */
        public char letter() {
            return letter;
        }

        static Component of(char letter, String what, String model) {
            for (Component c : values()) {
                if (c.letter == letter) {
                    return c;
                }
            }
            throw new IllegalArgumentException(Checks.message(
                    "model %s: %s must be one of N, A, M, was '%c'", model, what, letter));
        }
    }

    /**
     * Checks the components.
     *
     * @param error  the error type
     * @param trend  the trend type
     * @param damped whether the trend is damped
     * @param season the season type
     * @throws IllegalArgumentException when a component is null, the error is {@link Component#NONE}, or
     *                                  {@code damped} is set without a trend
     */
    public EtsSpec {
        Checks.require(error != null, "error must not be null");
        Checks.require(trend != null, "trend must not be null");
        Checks.require(season != null, "season must not be null");
        Checks.require(error != Component.NONE, "error must be ADDITIVE or MULTIPLICATIVE, was NONE");
        Checks.require(!damped || trend != Component.NONE,
                "damped must be false without a trend (trend NONE), was true");
    }

    /**
     * @param error  the error type, not {@link Component#NONE}
     * @param trend  the trend type
     * @param damped whether the trend is damped
     * @param season the season type
     * @return the spec
     * @throws IllegalArgumentException see the constructor
     */
    public static EtsSpec of(Component error, Component trend, boolean damped, Component season) {
        return new EtsSpec(error, trend, damped, season);
    }

    /**
     * Parses R's model string: three letters error, trend, season from {@code N}, {@code A}, {@code M}, with a
     * {@code d} after the trend letter for a damped trend, e.g. {@code "ANN"}, {@code "MAdM"}; case-insensitive.
     * R's {@code "Z"} (automatic) is not accepted: use {@link AutoEts}.
     *
     * @param model the model string
     * @return the spec
     * @throws IllegalArgumentException when {@code model} is null or not of that form
     */
    public static EtsSpec of(String model) {
        Checks.require(model != null, "model must not be null");
        String s = model.trim().toUpperCase(Locale.ROOT);
        boolean damped = s.length() == 4 && s.charAt(2) == 'D';
        Checks.require(s.length() == 3 || damped,
                "model must be three letters (error, trend, season) with an optional d after the trend, "
                        + "e.g. \"MAdM\", was \"%s\"", model);
        Component error = Component.of(s.charAt(0), "the error", model);
        Component trend = Component.of(s.charAt(1), "the trend", model);
        Component season = Component.of(s.charAt(s.length() - 1), "the season", model);
        return new EtsSpec(error, trend, damped, season);
    }

    /** @return R's name of the model, e.g. {@code "ETS(M,Ad,M)"} */
    public String label() {
        return "ETS(" + error.letter + "," + trend.letter + (damped ? "d" : "") + "," + season.letter + ")";
    }

    /**
     * @return whether R's {@code restrict = TRUE} refuses the model because its forecast variance can be
     *         infinite: additive errors with a multiplicative trend or season, or {@code ETS(M,M,A)} (damped or not)
     */
    public boolean isRestricted() {
        return error == Component.ADDITIVE
                && (trend == Component.MULTIPLICATIVE || season == Component.MULTIPLICATIVE)
                || error == Component.MULTIPLICATIVE && trend == Component.MULTIPLICATIVE
                        && season == Component.ADDITIVE;
    }

    /** @return whether any component is multiplicative, so that the series must be positive */
    public boolean isMultiplicative() {
        return error == Component.MULTIPLICATIVE || trend == Component.MULTIPLICATIVE
                || season == Component.MULTIPLICATIVE;
    }

    /** @return whether the model has a trend */
    public boolean hasTrend() {
        return trend != Component.NONE;
    }

    /** @return whether the model has a season */
    public boolean hasSeason() {
        return season != Component.NONE;
    }

    @Override
    public String toString() {
        return label();
    }
}
