package org.crm4j.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.opportunity.OpportunityStage;

/**
 * One step of the stage-to-stage conversion funnel: of the opportunities that entered stage {@code from} in the
 * report's period, how many reached stage {@code to} afterwards (at any time up to now). An opportunity enters its
 * first stage when it is created and every later stage with a stage change. Immutable.
 *
 * @param from    an open stage (PROSPECTING, QUALIFICATION, PROPOSAL or NEGOTIATION)
 * @param to      a stage after {@code from} in the enum's order (CLOSED_WON and CLOSED_LOST follow every open stage)
 * @param entered how many opportunities entered {@code from} in the period (each counted once), &gt;= 1
 * @param reached how many of them entered {@code to} after their first entry into {@code from} in the period, in
 *                [0, entered]
 */
public record StageConversion(OpportunityStage from, OpportunityStage to, long entered, long reached) {

    /** Checks the components. */
    public StageConversion {
        Require.nonNull("from", from);
        Require.nonNull("to", to);
        if (from.closed() || to.ordinal() <= from.ordinal()) {
            throw new ValidationException("to", "must be a stage after the open stage " + from, to);
        }
        if (entered < 1) {
            throw new ValidationException("entered", Require.POSITIVE, entered);
        }
        if (reached < 0 || reached > entered) {
            throw new ValidationException("reached", "must be in [0, entered]", reached);
        }
    }

    /** @return reached / entered, a fraction in [0, 1] */
    public double rate() {
        return (double) reached / entered;
    }

    /**
     * The full funnel from counts: for every open stage entered at least once, one row per later stage (zero when
     * none reached it), ordered by {@code from}, then {@code to}. Adapters count and call this.
     *
     * @param entered per open stage, how many opportunities entered it in the period
     * @param reached per open stage and later stage, how many of those reached the later one
     * @return the rows
     */
    public static List<StageConversion> funnel(Map<OpportunityStage, Long> entered,
            Map<OpportunityStage, Map<OpportunityStage, Long>> reached) {
        List<StageConversion> rows = new ArrayList<>();
        for (OpportunityStage from : OpportunityStage.values()) {
            long count = entered.getOrDefault(from, 0L);
            if (from.closed() || count == 0) {
                continue;
            }
            for (OpportunityStage to : OpportunityStage.values()) {
                if (to.ordinal() > from.ordinal()) {
                    rows.add(new StageConversion(from, to, count,
                            reached.getOrDefault(from, Map.of()).getOrDefault(to, 0L)));
                }
            }
        }
        return List.copyOf(rows);
    }
}
