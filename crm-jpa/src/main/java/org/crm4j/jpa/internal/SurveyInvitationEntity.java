package org.crm4j.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Row of {@code crm_survey_invitation} with its answer and the answers to custom questions; mapped. */
@Entity(name = "SurveyInvitation")
@Table(name = "crm_survey_invitation")
class SurveyInvitationEntity {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "survey_id", nullable = false)
    UUID surveyId;

    @Column(name = "customer_id", nullable = false)
    UUID customerId;

    @Column(name = "ticket_id")
    UUID ticketId;

    @Column(name = "campaign_id")
    UUID campaignId;

    @Column(name = "channel", nullable = false, length = 16)
    String channel;

    @Column(name = "token_hash", nullable = false, length = 64)
    String tokenHash;

    @Column(name = "sent_at", nullable = false)
    Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "answered_at")
    Instant answeredAt;

    @Column(name = "csat")
    Integer csat;

    @Column(name = "nps")
    Integer nps;

    /** Clear or sealed as {@link #sealedFields} says (V25). */
    @Column(name = "comment_text", length = 22_000)
    String comment;

    /** {@link org.crm4j.jpa.PersonalField#NOTES}'s bit if the free texts of the row are sealed, else 0 (V25). */
    @Column(name = "sealed_fields", nullable = false)
    int sealedFields;

    /** The data key of the sealed free texts, or null for a row in clear (V25). */
    @Column(name = "data_key_id", length = 64)
    String dataKeyId;

    @Column(name = "follow_up_ticket_id")
    UUID followUpTicketId;

    /** Checked and raised by the repository's conditional UPDATE, see {@link Repositories}. */
    @Column(name = "version", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_survey_score", joinColumns = @JoinColumn(name = "invitation_id"))
    @MapKeyColumn(name = "code", length = 30)
    @Column(name = "score", nullable = false)
    Map<String, Integer> scores = new HashMap<>();

    SurveyInvitationEntity() {
    }
}
