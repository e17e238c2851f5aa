-- crm4j schema, version 5 (MariaDB): leads and their status history.
CREATE TABLE crm_lead (
    id                    BINARY(16)        NOT NULL,
    person_name           VARCHAR(200)  NOT NULL,
    company_name          VARCHAR(200),
    email                 VARCHAR(254),
    phone                 VARCHAR(16),
    source                VARCHAR(16)   NOT NULL,
    campaign_id           BINARY(16),
    owner_id              VARCHAR(100)  NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    disqualified_because  VARCHAR(500),
    customer_id           BINARY(16),
    created_at            DATETIME(6) NOT NULL,
    updated_at            DATETIME(6) NOT NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lead_campaign FOREIGN KEY (campaign_id) REFERENCES crm_campaign (id),
    CONSTRAINT fk_lead_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
    CONSTRAINT ck_lead_reachable CHECK (email IS NOT NULL OR phone IS NOT NULL),
    CONSTRAINT ck_lead_converted CHECK ((status = 'CONVERTED') = (customer_id IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- searches by owner and status (a user's open leads), and the customer a lead was converted into
CREATE INDEX ix_lead_owner_status ON crm_lead (owner_id, status);
CREATE INDEX ix_lead_customer ON crm_lead (customer_id);
CREATE INDEX ix_lead_campaign ON crm_lead (campaign_id);

CREATE TABLE crm_lead_status_change (
    lead_id          BINARY(16)       NOT NULL,
    seq              INTEGER      NOT NULL,
    previous_status  VARCHAR(16)  NOT NULL,
    current_status   VARCHAR(16)  NOT NULL,
    changed_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (lead_id, seq),
    CONSTRAINT fk_lead_status_change_lead FOREIGN KEY (lead_id) REFERENCES crm_lead (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
