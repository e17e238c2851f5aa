-- crm4j schema, version 20 (H2 and PostgreSQL): the append-only audit trail. One row per created, changed or
-- deleted record and per refused operation, numbered without gaps, each with the SHA-256 of the row before
-- (previous_hash) and its own (hash) over its canonical text; changes are FieldChange.encode'd. crm4j never
-- updates or deletes a row of crm_audit_entry. crm_audit_head holds the end of the chain in one row, locked
-- (SELECT ... FOR UPDATE) by each appending transaction just before its commit, so the chain never forks.
CREATE TABLE crm_audit_entry (
    entry_sequence BIGINT        NOT NULL,
    occurred_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    entry_action   VARCHAR(16)   NOT NULL,
    operation      VARCHAR(200)  NOT NULL,
    record_type    VARCHAR(40)   NOT NULL,
    record_id      VARCHAR(200)  NOT NULL,
    changes        VARCHAR(100000) NOT NULL,
    previous_hash  VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (entry_sequence)
);

CREATE INDEX ix_audit_entry_record ON crm_audit_entry (record_type, record_id);
CREATE INDEX ix_audit_entry_actor ON crm_audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_time ON crm_audit_entry (occurred_at);

CREATE TABLE crm_audit_head (
    id             INTEGER       NOT NULL,
    last_sequence  BIGINT        NOT NULL,
    last_hash      VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_audit_head PRIMARY KEY (id),
    CONSTRAINT ck_audit_head_one CHECK (id = 1)
);

INSERT INTO crm_audit_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
