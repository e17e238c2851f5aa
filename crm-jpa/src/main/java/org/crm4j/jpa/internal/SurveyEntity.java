package org.crm4j.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of {@code crm_survey} with its custom questions; mapped. */
@Entity(name = "Survey")
@Table(name = "crm_survey")
class SurveyEntity {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "asks_csat", nullable = false)
    boolean asksCsat;

    @Column(name = "asks_nps", nullable = false)
    boolean asksNps;

    @Column(name = "asks_comment", nullable = false)
    boolean asksComment;

    @Column(name = "validity_nanos", nullable = false)
    long validityNanos;

    @Column(name = "follow_up_csat_at_most", nullable = false)
    int followUpCsatAtMost;

    @Column(name = "follow_up_nps_at_most", nullable = false)
    int followUpNpsAtMost;

    @Column(name = "follow_up_category", nullable = false, length = 50)
    String followUpCategory;

    @Column(name = "follow_up_priority", nullable = false, length = 16)
    String followUpPriority;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "version", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_survey_question", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderColumn(name = "seq")
    List<Question> questions = new ArrayList<>();

    SurveyEntity() {
    }

    /** One custom question. */
    @Embeddable
    static class Question {
        @Column(name = "code", nullable = false, length = 30)
        String code;

        @Column(name = "question_text", nullable = false, length = 500)
        String text;

        @Column(name = "min_score", nullable = false)
        int min;

        @Column(name = "max_score", nullable = false)
        int max;

        Question() {
        }

        Question(String code, String text, int min, int max) {
            this.code = code;
            this.text = text;
            this.min = min;
            this.max = max;
        }
    }
}
