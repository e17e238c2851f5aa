-- crm4j schema, version 7 (MariaDB): activities (calls, e-mails, meetings, notes, tasks).
CREATE TABLE crm_activity (
    id              BINARY(16)     NOT NULL,
    type            VARCHAR(16)    NOT NULL,
    subject         VARCHAR(200)   NOT NULL,
    body            TEXT,
    customer_id     BINARY(16),
    lead_id         BINARY(16),
    opportunity_id  BINARY(16),
    occurred_at     DATETIME(6),
    due_date        DATE,
    completed_at    DATETIME(6),
    -- occurred_at, else completed_at, else created_at: the place on the customer's timeline
    timeline_at     DATETIME(6) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    version         BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_activity_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
    CONSTRAINT fk_activity_lead FOREIGN KEY (lead_id) REFERENCES crm_lead (id),
    CONSTRAINT fk_activity_opportunity FOREIGN KEY (opportunity_id) REFERENCES crm_opportunity (id),
    CONSTRAINT ck_activity_linked CHECK (customer_id IS NOT NULL OR lead_id IS NOT NULL
        OR opportunity_id IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- a customer's timeline, newest first: one range scan per page
CREATE INDEX ix_activity_timeline ON crm_activity (customer_id, timeline_at, id);
CREATE INDEX ix_activity_lead ON crm_activity (lead_id);
CREATE INDEX ix_activity_opportunity ON crm_activity (opportunity_id);
