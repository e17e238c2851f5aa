package org.crm4j.core.insight;

import java.util.Objects;
import org.crm4j.core.opportunity.OpportunityStage;

/**
 * How the closed opportunities that were once in an open stage ended, as {@link PipelineHistories} reports it.
 *
 * @param stage  an open stage, not null
 * @param closed the closed opportunities that were in the stage at some time (created in it or moved to it), at
 *               least 1
 * @param won    how many of them were won, in {@code [0, closed]}
 */
public record StageOutcome(OpportunityStage stage, long closed, long won) {

    /** Checks the components. */
    public StageOutcome {
        Objects.requireNonNull(stage, "stage");
        if (stage.closed() || closed < 1 || won < 0 || won > closed) {
            throw new IllegalArgumentException("stage outcome must be of an open stage with 0 <= won <= closed and"
                    + " closed >= 1, was " + stage + ", " + won + " of " + closed);
        }
    }
}
