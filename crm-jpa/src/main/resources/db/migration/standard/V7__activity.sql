-- crm4j schema, version 7 (H2, PostgreSQL): activities (calls, e-mails, meetings, notes, tasks).
CREATE TABLE crm_activity (
    id              UUID           NOT NULL,
    type            VARCHAR(16)    NOT NULL,
    subject         VARCHAR(200)   NOT NULL,
    body            VARCHAR(10000),
    customer_id     UUID,
    lead_id         UUID,
    opportunity_id  UUID,
    occurred_at     TIMESTAMP(6) WITH TIME ZONE,
    due_date        DATE,
    completed_at    TIMESTAMP(6) WITH TIME ZONE,
    -- occurred_at, else completed_at, else created_at: the place on the customer's timeline
    timeline_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT pk_activity PRIMARY KEY (id),
    CONSTRAINT fk_activity_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
    CONSTRAINT fk_activity_lead FOREIGN KEY (lead_id) REFERENCES crm_lead (id),
    CONSTRAINT fk_activity_opportunity FOREIGN KEY (opportunity_id) REFERENCES crm_opportunity (id),
    CONSTRAINT ck_activity_linked CHECK (customer_id IS NOT NULL OR lead_id IS NOT NULL
        OR opportunity_id IS NOT NULL)
);
-- a customer's timeline, newest first: one range scan per page
CREATE INDEX ix_activity_timeline ON crm_activity (customer_id, timeline_at, id);
CREATE INDEX ix_activity_lead ON crm_activity (lead_id);
CREATE INDEX ix_activity_opportunity ON crm_activity (opportunity_id);
