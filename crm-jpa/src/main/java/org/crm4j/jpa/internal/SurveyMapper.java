package org.crm4j.jpa.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.survey.CustomQuestion;
import org.crm4j.core.survey.FollowUpRule;
import org.crm4j.core.survey.InvitationId;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyAnswer;
import org.crm4j.core.survey.SurveyId;
import org.crm4j.core.survey.SurveyInvitation;
import org.crm4j.core.survey.TokenHash;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketPriority;

/** Copies surveys and invitations between the domain records and {@link SurveyEntity}, {@link SurveyInvitationEntity}. */
final class SurveyMapper {

    private SurveyMapper() {
    }

    static void copy(Survey from, SurveyEntity to) {
        to.id = from.id().value();
        to.name = from.name();
        to.asksCsat = from.asksCsat();
        to.asksNps = from.asksNps();
        to.asksComment = from.asksComment();
        to.validityNanos = from.validity().toNanos();
        to.followUpCsatAtMost = from.followUp().csatAtMost();
        to.followUpNpsAtMost = from.followUp().npsAtMost();
        to.followUpCategory = from.followUp().category();
        to.followUpPriority = from.followUp().priority().name();
        to.createdAt = Sql.micros(from.createdAt());
        to.version = from.version();
        to.questions.clear();
        for (CustomQuestion q : from.questions()) {
            to.questions.add(new SurveyEntity.Question(q.code(), q.text(), q.min(), q.max()));
        }
    }

    static Survey toDomain(SurveyEntity row) {
        List<CustomQuestion> questions = new ArrayList<>(row.questions.size());
        for (SurveyEntity.Question q : row.questions) {
            questions.add(new CustomQuestion(q.code, q.text, q.min, q.max));
        }
        return new Survey(new SurveyId(row.id), row.name, row.asksCsat, row.asksNps, row.asksComment, questions,
                Duration.ofNanos(row.validityNanos), new FollowUpRule(row.followUpCsatAtMost, row.followUpNpsAtMost,
                row.followUpCategory, TicketPriority.valueOf(row.followUpPriority)), row.createdAt, row.version);
    }

    /** Copies an invitation onto its row, sealing the answer's comment through {@code crypto}. */
    static void copy(SurveyInvitation from, SurveyInvitationEntity to, FieldCrypto crypto) {
        to.id = from.id().value();
        to.surveyId = from.survey().value();
        to.customerId = from.customer().value();
        to.ticketId = from.ticket().map(TicketId::value).orElse(null);
        to.campaignId = from.campaign().map(CampaignId::value).orElse(null);
        to.channel = from.channel().name();
        to.tokenHash = from.tokenHash().hex();
        to.sentAt = Sql.micros(from.sentAt());
        to.expiresAt = Sql.micros(from.expiresAt());
        Optional<SurveyAnswer> answer = from.answer();
        to.answeredAt = answer.map(a -> Sql.micros(a.answeredAt())).orElse(null);
        to.csat = answer.flatMap(SurveyAnswer::csat).orElse(null);
        to.nps = answer.flatMap(SurveyAnswer::nps).orElse(null);
        String keyId = crypto.notesKeyId();
        to.comment = crypto.sealText(answer.flatMap(SurveyAnswer::comment).orElse(null),
                FieldCrypto.SURVEY_INVITATIONS, to.id.toString(), "comment_text", keyId);
        to.sealedFields = crypto.notesMask();
        to.dataKeyId = keyId;
        to.followUpTicketId = answer.flatMap(SurveyAnswer::followUp).map(TicketId::value).orElse(null);
        to.version = from.version();
        to.scores.clear();
        answer.ifPresent(a -> to.scores.putAll(a.scores()));
    }

    /** Reads an invitation from its row, opening the answer's comment through {@code crypto}. */
    static SurveyInvitation toDomain(SurveyInvitationEntity row, FieldCrypto crypto) {
        String comment = crypto.openText(row.comment, FieldCrypto.SURVEY_INVITATIONS, row.id.toString(),
                "comment_text", row.sealedFields);
        Optional<SurveyAnswer> answer = Optional.ofNullable(row.answeredAt).map(at -> new SurveyAnswer(
                Optional.ofNullable(row.csat), Optional.ofNullable(row.nps), Optional.ofNullable(comment),
                row.scores, at, Optional.ofNullable(row.followUpTicketId).map(TicketId::new)));
        return new SurveyInvitation(new InvitationId(row.id), new SurveyId(row.surveyId),
                new CustomerId(row.customerId), Optional.ofNullable(row.ticketId).map(TicketId::new),
                Optional.ofNullable(row.campaignId).map(CampaignId::new), Channel.valueOf(row.channel),
                new TokenHash(row.tokenHash), row.sentAt, row.expiresAt, answer, row.version);
    }
}
