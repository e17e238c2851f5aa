package org.crm4j.core.insight;

import java.util.List;
import org.crm4j.core.lead.LeadId;

/**
 * An open lead's chance of converting, with the features behind it.
 *
 * @param lead        the lead
 * @param probability the model's probability of converting, in {@code [0, 1]}
 * @param factors     every feature's part, largest effect (absolute log-odds) first
 */
public record LeadScore(LeadId lead, double probability, List<LeadFactor> factors) {

    /** Copies the factors. */
    public LeadScore {
        factors = List.copyOf(factors);
    }

    /** @return the factors that raised the score (positive log-odds), largest first */
    public List<LeadFactor> raising() {
        return factors.stream().filter(f -> f.logOdds() > 0).toList();
    }

    /** @return the factors that lowered the score (negative log-odds), largest effect first */
    public List<LeadFactor> lowering() {
        return factors.stream().filter(f -> f.logOdds() < 0).toList();
    }
}
