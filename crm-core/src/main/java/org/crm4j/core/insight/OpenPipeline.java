package org.crm4j.core.insight;

import java.time.YearMonth;
import java.util.Objects;
import org.crm4j.core.Money;
import org.crm4j.core.opportunity.OpportunityStage;

/**
 * The open opportunities in one stage expected to close in one month, in one currency, as
 * {@link PipelineHistories} reports them.
 *
 * @param month  the month of the expected close date, not null
 * @param stage  the (open) stage, not null
 * @param count  how many opportunities, at least 1
 * @param amount the sum of their amounts, exact; its currency is theirs
 */
public record OpenPipeline(YearMonth month, OpportunityStage stage, long count, Money amount) {

    /** Checks the components. */
    public OpenPipeline {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(amount, "amount");
        if (stage.closed() || count < 1) {
            throw new IllegalArgumentException("open pipeline must be of an open stage with count >= 1, was "
                    + stage + ", " + count);
        }
    }
}
