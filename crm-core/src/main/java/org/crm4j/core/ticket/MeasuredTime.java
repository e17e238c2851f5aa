package org.crm4j.core.ticket;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * How long a ticket took to reach one SLA target (its first response or its resolution), in business time of the
 * calendar of {@link ServiceLevels}, and whether the target was met. Measured once by the ticket service when the
 * target is achieved (see {@link Ticket#measured(BusinessCalendar)}) and stored with the ticket, so that the
 * reports ({@link TicketReports}) can aggregate it in SQL. Immutable.
 *
 * @param businessTime the business time from the opening to the achievement, outside pauses, in whole seconds
 *                     (rounded down), &gt;= 0
 * @param met          whether the target was achieved at or before its due instant ({@link SlaMeasure.State#MET})
 */
public record MeasuredTime(Duration businessTime, boolean met) {

    /**
     * @throws ValidationException {@code businessTime} {@code must not be null}, {@code must be >= 0} or
     *                             {@code must be whole seconds}
     */
    public MeasuredTime {
        Require.nonNull("businessTime", businessTime);
        if (businessTime.isNegative()) {
            throw new ValidationException("businessTime", Require.NOT_NEGATIVE, businessTime);
        }
        if (businessTime.getNano() != 0) {
            throw new ValidationException("businessTime", "must be whole seconds", businessTime);
        }
    }

    /**
     * @param measure a measure of an achieved target ({@link SlaMeasure.State#MET} or
     *                {@link SlaMeasure.State#BREACHED})
     * @return its elapsed business time rounded down to whole seconds, and whether it was met
     */
    static MeasuredTime of(SlaMeasure measure) {
        return new MeasuredTime(measure.elapsed().truncatedTo(ChronoUnit.SECONDS),
                measure.state() == SlaMeasure.State.MET);
    }

    /** @return the business time in seconds */
    public long seconds() {
        return businessTime.getSeconds();
    }
}
