-- crm4j schema, version 18 (H2 and PostgreSQL): access control. The owner and team of each owned record
-- (customer, lead, opportunity, ticket), one row per record, written in the transaction that creates the record.
-- Searches of a user whose scope is not ALL add an EXISTS on this table (record type and id, then owner or team).
-- No foreign key: one table serves four record types; records created before V18 or without a security context
-- have no row (only scope ALL sees them).
CREATE TABLE crm_record_owner (
    record_type  VARCHAR(16)   NOT NULL,
    record_id    UUID          NOT NULL,
    owner_id     VARCHAR(100)  NOT NULL,
    team         VARCHAR(100),
    shared       BOOLEAN       NOT NULL,
    CONSTRAINT pk_record_owner PRIMARY KEY (record_type, record_id)
);

CREATE INDEX ix_record_owner_owner ON crm_record_owner (owner_id, record_type);
CREATE INDEX ix_record_owner_team ON crm_record_owner (team, record_type);
