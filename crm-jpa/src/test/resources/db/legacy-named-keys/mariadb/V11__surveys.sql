-- crm4j schema, version 11 (MariaDB): satisfaction surveys. A survey row holds its definition (which of
-- CSAT, NPS and comment it asks, the validity of its invitations in nanoseconds, the unhappy-answer thresholds and
-- the follow-up ticket's category and priority); its custom questions are ordered child rows. An invitation row
-- holds the SHA-256 hash of its token (never the token), and its one answer in nullable columns; answers to custom
-- questions are child rows by question code. A survey invites a ticket at most once (NULL tickets are distinct).
CREATE TABLE crm_survey (
    id                   BINARY(16)          NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    asks_csat            BOOLEAN       NOT NULL,
    asks_nps             BOOLEAN       NOT NULL,
    asks_comment         BOOLEAN       NOT NULL,
    validity_nanos       BIGINT        NOT NULL,
    follow_up_csat_at_most INTEGER     NOT NULL,
    follow_up_nps_at_most  INTEGER     NOT NULL,
    follow_up_category   VARCHAR(50)   NOT NULL,
    follow_up_priority   VARCHAR(16)   NOT NULL,
    created_at           DATETIME(6) NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_survey PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE crm_survey_question (
    survey_id    BINARY(16)          NOT NULL,
    seq          INTEGER       NOT NULL,
    code         VARCHAR(30)   NOT NULL,
    question_text VARCHAR(500)  NOT NULL,
    min_score    INTEGER       NOT NULL,
    max_score    INTEGER       NOT NULL,
    CONSTRAINT pk_survey_question PRIMARY KEY (survey_id, seq),
    CONSTRAINT fk_survey_question_survey FOREIGN KEY (survey_id) REFERENCES crm_survey (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE crm_survey_invitation (
    id                   BINARY(16)          NOT NULL,
    survey_id            BINARY(16)          NOT NULL,
    customer_id          BINARY(16)          NOT NULL,
    ticket_id            BINARY(16),
    campaign_id          BINARY(16),
    channel              VARCHAR(16)   NOT NULL,
    token_hash           VARCHAR(64)    NOT NULL,
    sent_at              DATETIME(6) NOT NULL,
    expires_at           DATETIME(6) NOT NULL,
    answered_at          DATETIME(6),
    csat                 INTEGER,
    nps                  INTEGER,
    comment_text         VARCHAR(4000),
    follow_up_ticket_id  BINARY(16),
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_survey_invitation PRIMARY KEY (id),
    CONSTRAINT uk_survey_invitation_token UNIQUE (token_hash),
    CONSTRAINT uk_survey_invitation_ticket UNIQUE (survey_id, ticket_id),
    CONSTRAINT fk_survey_invitation_survey FOREIGN KEY (survey_id) REFERENCES crm_survey (id),
    CONSTRAINT fk_survey_invitation_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
    CONSTRAINT fk_survey_invitation_ticket FOREIGN KEY (ticket_id) REFERENCES crm_ticket (id),
    CONSTRAINT fk_survey_invitation_campaign FOREIGN KEY (campaign_id) REFERENCES crm_campaign (id),
    CONSTRAINT fk_survey_invitation_follow_up FOREIGN KEY (follow_up_ticket_id) REFERENCES crm_ticket (id),
    CONSTRAINT ck_survey_invitation_source CHECK ((ticket_id IS NULL) <> (campaign_id IS NULL)),
    CONSTRAINT ck_survey_invitation_csat CHECK (csat IS NULL OR csat BETWEEN 1 AND 5),
    CONSTRAINT ck_survey_invitation_nps CHECK (nps IS NULL OR nps BETWEEN 0 AND 10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- a customer's invitations (and timeline), oldest first; a campaign's invitations per survey
CREATE INDEX ix_survey_invitation_customer ON crm_survey_invitation (customer_id, sent_at);
CREATE INDEX ix_survey_invitation_campaign ON crm_survey_invitation (survey_id, campaign_id);
CREATE INDEX ix_survey_invitation_answered ON crm_survey_invitation (answered_at);

CREATE TABLE crm_survey_score (
    invitation_id  BINARY(16)         NOT NULL,
    code           VARCHAR(30)  NOT NULL,
    score          INTEGER      NOT NULL,
    CONSTRAINT pk_survey_score PRIMARY KEY (invitation_id, code),
    CONSTRAINT fk_survey_score_invitation FOREIGN KEY (invitation_id) REFERENCES crm_survey_invitation (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
