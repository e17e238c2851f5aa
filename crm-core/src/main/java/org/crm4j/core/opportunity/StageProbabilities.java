package org.crm4j.core.opportunity;

import java.util.EnumMap;
import java.util.Map;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The default probability of winning, in percent, of an opportunity in each stage; a host may set its own
 * ({@code Crm.builder(ports).stageProbabilities(...)}). CLOSED_WON is always 100 and CLOSED_LOST always 0.
 * Immutable.
 *
 * @param percent the percentage of every stage, each in [0, 100]
 */
public record StageProbabilities(Map<OpportunityStage, Integer> percent) {

    /** Rule: a probability is a percentage. */
    public static final String PERCENT = "must be in [0, 100]";

    /**
     * Checks the table.
     *
     * @throws ValidationException on {@code "probability.<STAGE>"} if a stage is missing or out of [0, 100], or a
     *                             closed stage has another value than 100 (won) or 0 (lost)
     */
    public StageProbabilities {
        Require.nonNull("probability", percent);
        EnumMap<OpportunityStage, Integer> copy = new EnumMap<>(OpportunityStage.class);
        for (OpportunityStage stage : OpportunityStage.values()) {
            Integer value = Require.nonNull("probability." + stage, percent.get(stage));
            if (value < 0 || value > 100) {
                throw new ValidationException("probability." + stage, PERCENT, value);
            }
            copy.put(stage, value);
        }
        if (copy.get(OpportunityStage.CLOSED_WON) != 100) {
            throw new ValidationException("probability.CLOSED_WON", "must be 100", copy.get(OpportunityStage.CLOSED_WON));
        }
        if (copy.get(OpportunityStage.CLOSED_LOST) != 0) {
            throw new ValidationException("probability.CLOSED_LOST", "must be 0", copy.get(OpportunityStage.CLOSED_LOST));
        }
        percent = Map.copyOf(copy);
    }

    /** @return 10, 20, 50 and 80 % for PROSPECTING to NEGOTIATION, 100 won, 0 lost */
    public static StageProbabilities defaults() {
        return of(10, 20, 50, 80);
    }

    /**
     * @param prospecting   percent in PROSPECTING
     * @param qualification percent in QUALIFICATION
     * @param proposal      percent in PROPOSAL
     * @param negotiation   percent in NEGOTIATION
     * @return the table, with 100 for CLOSED_WON and 0 for CLOSED_LOST
     * @throws ValidationException if a value is outside [0, 100]
     */
    public static StageProbabilities of(int prospecting, int qualification, int proposal, int negotiation) {
        return new StageProbabilities(Map.of(OpportunityStage.PROSPECTING, prospecting,
                OpportunityStage.QUALIFICATION, qualification, OpportunityStage.PROPOSAL, proposal,
                OpportunityStage.NEGOTIATION, negotiation, OpportunityStage.CLOSED_WON, 100,
                OpportunityStage.CLOSED_LOST, 0));
    }

    /**
     * @param stage a stage
     * @return its probability in percent
     */
    public int of(OpportunityStage stage) {
        return percent.get(Require.nonNull("stage", stage));
    }
}
