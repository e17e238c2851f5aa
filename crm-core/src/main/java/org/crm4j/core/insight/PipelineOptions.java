package org.crm4j.core.insight;

import java.time.Instant;
import java.time.LocalDate;
import org.crm4j.core.ValidationException;

/**
 * What {@link InsightService#pipelineForecast} forecasts and learns from. Valid by construction: the compact
 * constructor refuses bad values with a {@link ValidationException} naming the field and the rule.
 *
 * @param from        the first expected close day forecast, not null
 * @param to          the day after the last, after {@code from}, at most 120 months later
 * @param closedFrom  the start of the closed history learnt from (close times, inclusive), not null
 * @param closedTo    its end, exclusive, after {@code closedFrom}
 */
public record PipelineOptions(LocalDate from, LocalDate to, Instant closedFrom, Instant closedTo) {

    /** The default end of the closed history: far enough to include every close time a CRM stores. */
    public static final Instant HISTORY_END = Instant.parse("9999-01-01T00:00:00Z");

    /**
     * Checks the options.
     *
     * @throws ValidationException on field {@code from}, {@code to}, {@code closedFrom}, {@code closedTo}
     *                             ({@code must not be null}), {@code to} ({@code must be after from} /
     *                             {@code must be at most 120 months after from}) or {@code closedTo}
     *                             ({@code must be after closedFrom})
     */
    public PipelineOptions {
        if (from == null) {
            throw new ValidationException("from", "must not be null", null);
        }
        if (to == null) {
            throw new ValidationException("to", "must not be null", null);
        }
        if (!to.isAfter(from)) {
            throw new ValidationException("to", "must be after from", to);
        }
        if (to.isAfter(from.plusMonths(120))) {
            throw new ValidationException("to", "must be at most 120 months after from", to);
        }
        if (closedFrom == null) {
            throw new ValidationException("closedFrom", "must not be null", null);
        }
        if (closedTo == null) {
            throw new ValidationException("closedTo", "must not be null", null);
        }
        if (!closedTo.isAfter(closedFrom)) {
            throw new ValidationException("closedTo", "must be after closedFrom", closedTo);
        }
    }

    /**
     * @param from the first expected close day
     * @param to   the day after the last
     * @return the forecast of close dates in {@code [from, to)} learnt from every closed opportunity
     * @throws ValidationException as the constructor
     */
    public static PipelineOptions of(LocalDate from, LocalDate to) {
        return new PipelineOptions(from, to, Instant.EPOCH, HISTORY_END);
    }

    /**
     * @param start the start of the closed history, inclusive
     * @param end   its end, exclusive
     * @return a copy learning from the opportunities closed in {@code [start, end)}
     * @throws ValidationException as the constructor
     */
    public PipelineOptions withHistory(Instant start, Instant end) {
        return new PipelineOptions(from, to, start, end);
    }
}
