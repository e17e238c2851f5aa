-- crm4j schema, version 20 (MariaDB): the append-only audit trail. One row per created, changed or
-- deleted record and per refused operation, numbered without gaps, each with the SHA-256 of the row before
-- (previous_hash) and its own (hash) over its canonical text; changes are FieldChange.encode'd. crm4j never
-- updates or deletes a row of crm_audit_entry. crm_audit_head holds the end of the chain in one row, locked
-- (SELECT ... FOR UPDATE) by each appending transaction just before its commit, so the chain never forks.
CREATE TABLE crm_audit_entry (
    entry_sequence BIGINT        NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    entry_action   VARCHAR(16)   NOT NULL,
    operation      VARCHAR(200)  NOT NULL,
    record_type    VARCHAR(40)   NOT NULL,
    record_id      VARCHAR(200)  NOT NULL,
    changes        MEDIUMTEXT    NOT NULL,
    previous_hash  VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL,
    PRIMARY KEY (entry_sequence)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_audit_entry_record ON crm_audit_entry (record_type, record_id);
CREATE INDEX ix_audit_entry_actor ON crm_audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_time ON crm_audit_entry (occurred_at);

CREATE TABLE crm_audit_head (
    id             INTEGER       NOT NULL,
    last_sequence  BIGINT        NOT NULL,
    last_hash      VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_audit_head_one CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO crm_audit_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
