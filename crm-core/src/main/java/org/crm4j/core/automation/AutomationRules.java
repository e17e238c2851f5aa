package org.crm4j.core.automation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The service automation rules a host configures ({@code Crm.builder(ports).automationRules(...)}). Immutable.
 *
 * <pre>{@code
 * AutomationRules rules = AutomationRules.none()
 *         .withTeam(new Team("billing", List.of("ann", "bob"), "lea"))
 *         .assigning("BILLING", "billing", AssignmentStrategy.ROUND_ROBIN)
 *         .escalating(new EscalationRule(Duration.ofMinutes(30), true, true))
 *         .autoClosingAfter(Duration.ofDays(7));
 * }</pre>
 *
 * @param teams          the teams, names unique
 * @param assignments    the assignment rules, at most one per category, each naming a team of {@code teams}
 * @param escalation     the escalation rule, if SLA targets are to be escalated (needs service levels in the
 *                       ticket settings)
 * @param autoCloseAfter how long after its resolution a RESOLVED ticket is closed, in [1 hour, 365 days], if at all
 */
public record AutomationRules(List<Team> teams, List<AssignmentRule> assignments, Optional<EscalationRule> escalation,
                              Optional<Duration> autoCloseAfter) {

    /** The rule of two teams with one name. */
    public static final String UNIQUE_TEAM = "must be unique";
    /** The rule of two assignment rules for one category. */
    public static final String ONE_RULE_PER_CATEGORY = "must have at most one assignment rule";
    /** The rule of an auto-close delay outside [1 hour, 365 days]. */
    public static final String AUTO_CLOSE_RULE = "must be in [1 hour, 365 days]";

    /** @throws ValidationException naming the offending field */
    public AutomationRules {
        teams = List.copyOf(Require.nonNull("teams", teams));
        assignments = List.copyOf(Require.nonNull("assignments", assignments));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < teams.size(); i++) {
            Team team = Require.nonNull("teams[" + i + "]", teams.get(i));
            if (!names.add(team.name())) {
                throw new ValidationException("teams[" + i + "].name", UNIQUE_TEAM, team.name());
            }
        }
        Set<String> categories = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            AssignmentRule rule = Require.nonNull("assignments[" + i + "]", assignments.get(i));
            if (!categories.add(rule.category())) {
                throw new ValidationException("assignments[" + i + "].category", ONE_RULE_PER_CATEGORY,
                        rule.category());
            }
            if (!names.contains(rule.team())) {
                throw new ValidationException("assignments[" + i + "].team", "must be one of " + new TreeSet<>(names),
                        rule.team());
            }
        }
        Require.nonNull("escalation", escalation);
        Require.nonNull("autoCloseAfter", autoCloseAfter);
        autoCloseAfter.ifPresent(after -> {
            if (after.compareTo(Duration.ofHours(1)) < 0 || after.compareTo(Duration.ofDays(365)) > 0) {
                throw new ValidationException("autoCloseAfter", AUTO_CLOSE_RULE, after);
            }
        });
    }

    /** @return no rules: {@code run} does nothing */
    public static AutomationRules none() {
        return new AutomationRules(List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * @param team one more team
     * @return a copy with it
     */
    public AutomationRules withTeam(Team team) {
        List<Team> more = new ArrayList<>(teams);
        more.add(team);
        return new AutomationRules(more, assignments, escalation, autoCloseAfter);
    }

    /**
     * @param category a ticket category
     * @param team     a team of these rules
     * @param strategy how the team shares the category's new tickets
     * @return a copy that assigns the category's new tickets to the team
     */
    public AutomationRules assigning(String category, String team, AssignmentStrategy strategy) {
        List<AssignmentRule> more = new ArrayList<>(assignments);
        more.add(new AssignmentRule(category, team, strategy));
        return new AutomationRules(teams, more, escalation, autoCloseAfter);
    }

    /**
     * @param rule the escalation rule
     * @return a copy that escalates by it
     */
    public AutomationRules escalating(EscalationRule rule) {
        return new AutomationRules(teams, assignments, Optional.of(Require.nonNull("escalation", rule)),
                autoCloseAfter);
    }

    /**
     * @param after how long after its resolution a RESOLVED ticket is closed
     * @return a copy that closes them
     */
    public AutomationRules autoClosingAfter(Duration after) {
        return new AutomationRules(teams, assignments, escalation, Optional.of(Require.nonNull("autoCloseAfter",
                after)));
    }

    /** @return the teams by name */
    Map<String, Team> teamsByName() {
        Map<String, Team> byName = new HashMap<>();
        teams.forEach(team -> byName.put(team.name(), team));
        return byName;
    }

    /** @return the assignment rules by category */
    Map<String, AssignmentRule> rulesByCategory() {
        Map<String, AssignmentRule> byCategory = new HashMap<>();
        assignments.forEach(rule -> byCategory.put(rule.category(), rule));
        return byCategory;
    }
}
