-- crm4j schema, version 6 (H2, PostgreSQL): opportunities with their stage history and line items; the
-- opportunity a converted lead became.
CREATE TABLE crm_opportunity (
    id                   UUID           NOT NULL,
    customer_id          UUID,
    name                 VARCHAR(200)   NOT NULL,
    owner_id             VARCHAR(100)   NOT NULL,
    amount               DECIMAL(19, 4) NOT NULL,
    currency             CHAR(3)        NOT NULL,
    expected_close_date  DATE           NOT NULL,
    stage                VARCHAR(16)    NOT NULL,
    probability          INTEGER        NOT NULL,
    lost_reason          VARCHAR(500),
    -- the time of the change to CLOSED_WON or CLOSED_LOST, null while open (for the reports)
    closed_at            TIMESTAMP(6) WITH TIME ZONE,
    created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version              BIGINT         NOT NULL,
    CONSTRAINT pk_opportunity PRIMARY KEY (id),
    CONSTRAINT fk_opportunity_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
    CONSTRAINT ck_opportunity_amount CHECK (amount >= 0),
    CONSTRAINT ck_opportunity_probability CHECK (probability BETWEEN 0 AND 100)
);
-- the pipeline by stage (per owner and currency) reads this index only
CREATE INDEX ix_opportunity_pipeline ON crm_opportunity (stage, owner_id, currency, amount, probability);
CREATE INDEX ix_opportunity_customer ON crm_opportunity (customer_id);
CREATE INDEX ix_opportunity_closed_at ON crm_opportunity (closed_at);

CREATE TABLE crm_opportunity_stage_change (
    opportunity_id  UUID         NOT NULL,
    seq             INTEGER      NOT NULL,
    previous_stage  VARCHAR(16)  NOT NULL,
    current_stage   VARCHAR(16)  NOT NULL,
    changed_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_opportunity_stage_change PRIMARY KEY (opportunity_id, seq),
    CONSTRAINT fk_opportunity_stage_change FOREIGN KEY (opportunity_id) REFERENCES crm_opportunity (id)
        ON DELETE CASCADE
);
CREATE INDEX ix_opportunity_stage_change_time ON crm_opportunity_stage_change (changed_at);

CREATE TABLE crm_opportunity_line_item (
    opportunity_id  UUID           NOT NULL,
    seq             INTEGER        NOT NULL,
    product_id      UUID           NOT NULL,
    quantity        INTEGER        NOT NULL,
    unit_price      DECIMAL(19, 4) NOT NULL,
    CONSTRAINT pk_opportunity_line_item PRIMARY KEY (opportunity_id, seq),
    CONSTRAINT fk_line_item_opportunity FOREIGN KEY (opportunity_id) REFERENCES crm_opportunity (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_line_item_product FOREIGN KEY (product_id) REFERENCES crm_product (id),
    CONSTRAINT ck_line_item_quantity CHECK (quantity > 0),
    CONSTRAINT ck_line_item_unit_price CHECK (unit_price >= 0)
);
CREATE INDEX ix_line_item_product ON crm_opportunity_line_item (product_id);

ALTER TABLE crm_lead ADD COLUMN opportunity_id UUID;
ALTER TABLE crm_lead ADD CONSTRAINT fk_lead_opportunity FOREIGN KEY (opportunity_id) REFERENCES crm_opportunity (id);
