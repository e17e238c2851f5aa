package org.crm4j.core.customer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a customer stands in the customer lifecycle. New customers are {@link #PROSPECT}s. The allowed moves:
 *
 * <table>
 *   <caption>Lifecycle transitions</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>PROSPECT</td><td>ACTIVE</td></tr>
 *   <tr><td>ACTIVE</td><td>LOYAL, AT_RISK</td></tr>
 *   <tr><td>LOYAL</td><td>AT_RISK</td></tr>
 *   <tr><td>AT_RISK</td><td>ACTIVE (recovered), CHURNED</td></tr>
 *   <tr><td>CHURNED</td><td>ACTIVE (won back)</td></tr>
 * </table>
 *
 * Anything else, including staying in the same stage, is an illegal transition.
 */
public enum LifecycleStage {
    /** Known, has not bought yet. */
    PROSPECT,
    /** Buys. */
    ACTIVE,
    /** Buys regularly. */
    LOYAL,
    /** Buys less than before. */
    AT_RISK,
    /** Has stopped buying. */
    CHURNED;

    /** @return the stages this stage may move to; never contains this stage */
    public Set<LifecycleStage> next() {
        return switch (this) {
            case PROSPECT -> EnumSet.of(ACTIVE);
            case ACTIVE -> EnumSet.of(LOYAL, AT_RISK);
            case LOYAL -> EnumSet.of(AT_RISK);
            case AT_RISK -> EnumSet.of(ACTIVE, CHURNED);
            case CHURNED -> EnumSet.of(ACTIVE);
        };
    }

    /**
     * @param target the stage to move to
     * @return whether the move from this stage to {@code target} is allowed
     */
    public boolean canMoveTo(LifecycleStage target) {
        return target != null && next().contains(target);
    }
}
