package org.crm4j.core.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.ticket.TicketId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The survey aggregate, its invitation and their policies, one rule per test. */
class SurveyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

    private static void refused(String field, String rule, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(rule, e.rule(), e.getMessage());
    }

    private static Survey survey(NewSurvey command) {
        return Survey.define(new SurveyId(new UUID(0, 1)), command, NOW);
    }

    @Test
    void customQuestion_codeScaleAndOrderAreChecked() {
        refused("code", CustomQuestion.CODE_RULE, () -> new CustomQuestion("ease", "Easy?", 1, 7));
        refused("code", CustomQuestion.CODE_RULE, () -> new CustomQuestion("1EASE", "Easy?", 1, 7));
        refused("min", CustomQuestion.SCALE_RULE, () -> new CustomQuestion("EASE", "Easy?", -1, 7));
        refused("max", CustomQuestion.SCALE_RULE, () -> new CustomQuestion("EASE", "Easy?", 1, 101));
        refused("max", CustomQuestion.MAX_RULE, () -> new CustomQuestion("EASE", "Easy?", 5, 5));
        refused("text", "must not be blank", () -> new CustomQuestion("EASE", " ", 1, 5));
    }

    @Test
    void survey_atMostTwentyQuestions() {
        NewSurvey command = NewSurvey.of("Long", "COMPLAINT");
        for (int i = 0; i <= Survey.MAX_QUESTIONS; i++) {
            command = command.withQuestion(new CustomQuestion("Q" + i, "Question " + i, 0, 10));
        }
        NewSurvey tooMany = command;
        refused("questions", Survey.AT_MOST_QUESTIONS, () -> survey(tooMany));
    }

    @Test
    void followUpRule_unhappyAtOrBelowTheThresholds() {
        FollowUpRule rule = FollowUpRule.defaults("COMPLAINT");
        assertTrue(rule.isUnhappy(Optional.of(2), Optional.empty()));
        assertFalse(rule.isUnhappy(Optional.of(3), Optional.empty()));
        assertTrue(rule.isUnhappy(Optional.empty(), Optional.of(6)));
        assertFalse(rule.isUnhappy(Optional.empty(), Optional.of(7)));
        assertTrue(rule.isUnhappy(Optional.of(5), Optional.of(0)));
        assertFalse(rule.isUnhappy(Optional.empty(), Optional.empty()));
        assertTrue(rule.withCsatAtMost(4).isUnhappy(Optional.of(4), Optional.empty()));
        assertFalse(rule.withNpsAtMost(0).isUnhappy(Optional.empty(), Optional.of(1)));
    }

    @Test
    void token_hashIsSha256OfItsText() {
        // reference: printf '%s' "AAAA…A" (43 × A) | sha256sum  (GNU coreutils 9.1)
        assertEquals("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a",
                new SurveyToken("A".repeat(43)).hash().hex());
    }

    @Test
    void token_formatIsChecked() {
        refused("token", SurveyToken.FORMAT_RULE, () -> new SurveyToken("A".repeat(44)));
        refused("token", SurveyToken.FORMAT_RULE, () -> new SurveyToken("A".repeat(42) + "+"));
        refused("token", "must not be null", () -> new SurveyToken(null));
    }

    @Test
    void token_randomTokensDifferAndUseEveryBase64UrlCharacter() {
        SecureRandom random = new SecureRandom();
        List<String> tokens = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            String value = SurveyToken.random(random).value();
            tokens.add(value);
            all.append(value, 0, 42); // the last character carries 4 random bits only
        }
        assertEquals(1000, tokens.stream().distinct().count());
        assertEquals(64, all.chars().distinct().count());
    }

    @Test
    void invitation_answerIsRefusedAtTheExpiryInstant() {
        Survey survey = survey(NewSurvey.of("S", "COMPLAINT").withValidity(Duration.ofHours(1)));
        SurveyInvitation invitation = SurveyInvitation.send(new InvitationId(new UUID(0, 2)), survey,
                new CustomerId(new UUID(0, 3)), Optional.of(new TicketId(new UUID(0, 4))), Optional.empty(),
                Channel.EMAIL, new SurveyToken("A".repeat(43)), NOW);
        SurveyResponse response = SurveyResponse.empty().withCsat(4).withNps(9);
        assertTrue(invitation.answer(survey, response, NOW.plus(Duration.ofHours(1)).minusNanos(1)).answered());
        refused("token", SurveyInvitation.NOT_EXPIRED,
                () -> invitation.answer(survey, response, NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void invitation_ticketOrCampaignExactlyOne() {
        Survey survey = survey(NewSurvey.of("S", "COMPLAINT"));
        refused("ticket", "must be present exactly when no campaign is", () -> SurveyInvitation.send(
                new InvitationId(new UUID(0, 2)), survey, new CustomerId(new UUID(0, 3)), Optional.empty(),
                Optional.empty(), Channel.EMAIL, new SurveyToken("A".repeat(43)), NOW));
    }
}
