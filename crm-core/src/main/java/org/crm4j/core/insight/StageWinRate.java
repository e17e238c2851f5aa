package org.crm4j.core.insight;

import org.crm4j.core.opportunity.OpportunityStage;

/**
 * One open stage's chance of ending won: learnt from the closed history and as configured.
 *
 * @param stage      the open stage
 * @param closed     the closed opportunities that were once in the stage (0: nothing to learn from)
 * @param won        how many of them were won
 * @param empirical  {@code won / closed}, in {@code [0, 1]}; the configured probability when {@code closed} is 0
 * @param configured the configured probability ({@code StageProbabilities}) as a share, in {@code [0, 1]}
 */
public record StageWinRate(OpportunityStage stage, long closed, long won, double empirical, double configured) {

    /** @return whether the empirical rate was learnt (at least one closed opportunity went through the stage) */
    public boolean learnt() {
        return closed > 0;
    }
}
