-- crm4j schema, version 12 (H2 and PostgreSQL): service automation. An escalation flag records that one SLA target
-- of a ticket was escalated at one level (at risk, breached), once: the primary key makes a second run find it.
-- A team's round-robin turn is the number of tickets its rule has handed out so far.
CREATE TABLE crm_ticket_escalation (
    ticket_id         UUID          NOT NULL,
    sla_target        VARCHAR(16)   NOT NULL,
    escalation_level  VARCHAR(16)   NOT NULL,
    escalated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ticket_escalation PRIMARY KEY (ticket_id, sla_target, escalation_level),
    CONSTRAINT fk_ticket_escalation_ticket FOREIGN KEY (ticket_id) REFERENCES crm_ticket (id) ON DELETE CASCADE
);

CREATE TABLE crm_team_turn (
    team        VARCHAR(100)  NOT NULL,
    handed_out  BIGINT        NOT NULL,
    CONSTRAINT pk_team_turn PRIMARY KEY (team),
    CONSTRAINT ck_team_turn CHECK (handed_out >= 0)
);
