-- crm4j schema, version 12 (MariaDB): service automation. An escalation flag records that one SLA target
-- of a ticket was escalated at one level (at risk, breached), once: the primary key makes a second run find it.
-- A team's round-robin turn is the number of tickets its rule has handed out so far.
CREATE TABLE crm_ticket_escalation (
    ticket_id         BINARY(16)    NOT NULL,
    sla_target        VARCHAR(16)   NOT NULL,
    escalation_level  VARCHAR(16)   NOT NULL,
    escalated_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (ticket_id, sla_target, escalation_level),
    CONSTRAINT fk_ticket_escalation_ticket FOREIGN KEY (ticket_id) REFERENCES crm_ticket (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE crm_team_turn (
    team        VARCHAR(100)  NOT NULL,
    handed_out  BIGINT        NOT NULL,
    PRIMARY KEY (team),
    CONSTRAINT ck_team_turn CHECK (handed_out >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
