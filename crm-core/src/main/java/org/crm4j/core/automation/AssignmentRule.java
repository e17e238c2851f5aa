package org.crm4j.core.automation;

import org.crm4j.core.Require;

/**
 * New tickets of a category go to a team, shared among its members by a strategy. Immutable.
 *
 * @param category the ticket category, 1 to 50 characters
 * @param team     the team's name
 * @param strategy how the team shares them
 */
public record AssignmentRule(String category, String team, AssignmentStrategy strategy) {

    /** @throws org.crm4j.core.ValidationException on {@code category}, {@code team} or {@code strategy} */
    public AssignmentRule {
        category = Require.text("category", category, 50);
        team = Require.text("team", team, 100);
        Require.nonNull("strategy", strategy);
    }
}
