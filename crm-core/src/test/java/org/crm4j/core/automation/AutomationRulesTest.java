package org.crm4j.core.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The automation rules refuse what they cannot apply, one rule per test. */
class AutomationRulesTest {

    private static final Team CARE = new Team("care", List.of("ann", "bob"), "lea");

    private static void refused(String field, String rule, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(rule, e.rule(), e.getMessage());
    }

    @Test
    void team_withoutMembers() {
        refused("members", Team.HAS_MEMBERS, () -> new Team("care", List.of(), "lea"));
    }

    @Test
    void team_memberTwice() {
        refused("members[1]", Team.UNIQUE_MEMBER, () -> new Team("care", List.of("ann", " ann "), "lea"));
    }

    @Test
    void team_blankLead() {
        refused("lead", "must not be blank", () -> new Team("care", List.of("ann"), " "));
    }

    @Test
    void rules_twoTeamsOfOneName() {
        refused("teams[1].name", AutomationRules.UNIQUE_TEAM, () -> AutomationRules.none().withTeam(CARE)
                .withTeam(new Team("care", List.of("cid"), "lea")));
    }

    @Test
    void rules_assignmentToAnUnknownTeam() {
        refused("assignments[0].team", "must be one of [care]", () -> AutomationRules.none().withTeam(CARE)
                .assigning("COMPLAINT", "billing", AssignmentStrategy.ROUND_ROBIN));
    }

    @Test
    void rules_twoAssignmentsOfOneCategory() {
        refused("assignments[1].category", AutomationRules.ONE_RULE_PER_CATEGORY, () -> AutomationRules.none()
                .withTeam(CARE).assigning("COMPLAINT", "care", AssignmentStrategy.ROUND_ROBIN)
                .assigning("COMPLAINT", "care", AssignmentStrategy.LEAST_LOADED));
    }

    @Test
    void rules_autoCloseOutsideItsRange() {
        refused("autoCloseAfter", AutomationRules.AUTO_CLOSE_RULE,
                () -> AutomationRules.none().autoClosingAfter(Duration.ofMinutes(59)));
        refused("autoCloseAfter", AutomationRules.AUTO_CLOSE_RULE,
                () -> AutomationRules.none().autoClosingAfter(Duration.ofDays(366)));
    }

    @Test
    void escalation_leadTimeOutsideItsRange() {
        refused("escalation.leadTime", EscalationRule.LEAD_TIME_RULE,
                () -> new EscalationRule(Duration.ofSeconds(-1), true, true));
        refused("escalation.leadTime", EscalationRule.LEAD_TIME_RULE,
                () -> new EscalationRule(Duration.ofDays(31), true, true));
    }
}
