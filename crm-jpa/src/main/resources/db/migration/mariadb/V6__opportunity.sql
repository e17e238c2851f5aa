-- crm4j schema, version 6 (MariaDB): opportunities with their stage history and line items; the
-- opportunity a converted lead became.
CREATE TABLE crm_opportunity (
    id                   BINARY(16)         NOT NULL,
    customer_id          BINARY(16),
    name                 VARCHAR(200)   NOT NULL,
    owner_id             VARCHAR(100)   NOT NULL,
    amount               DECIMAL(19, 4) NOT NULL,
    currency             CHAR(3)        NOT NULL,
    expected_close_date  DATE           NOT NULL,
    stage                VARCHAR(16)    NOT NULL,
    probability          INTEGER        NOT NULL,
    lost_reason          VARCHAR(500),
    -- the time of the change to CLOSED_WON or CLOSED_LOST, null while open (for the reports)
    closed_at            DATETIME(6),
    created_at           DATETIME(6) NOT NULL,
    updated_at           DATETIME(6) NOT NULL,
    version              BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_opportunity_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
    CONSTRAINT ck_opportunity_amount CHECK (amount >= 0),
    CONSTRAINT ck_opportunity_probability CHECK (probability BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- the pipeline by stage (per owner and currency) reads this index only
CREATE INDEX ix_opportunity_pipeline ON crm_opportunity (stage, owner_id, currency, amount, probability);
CREATE INDEX ix_opportunity_customer ON crm_opportunity (customer_id);
CREATE INDEX ix_opportunity_closed_at ON crm_opportunity (closed_at);

CREATE TABLE crm_opportunity_stage_change (
    opportunity_id  BINARY(16)       NOT NULL,
    seq             INTEGER      NOT NULL,
    previous_stage  VARCHAR(16)  NOT NULL,
    current_stage   VARCHAR(16)  NOT NULL,
    changed_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (opportunity_id, seq),
    CONSTRAINT fk_opportunity_stage_change FOREIGN KEY (opportunity_id) REFERENCES crm_opportunity (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_opportunity_stage_change_time ON crm_opportunity_stage_change (changed_at);

CREATE TABLE crm_opportunity_line_item (
    opportunity_id  BINARY(16)         NOT NULL,
    seq             INTEGER        NOT NULL,
    product_id      BINARY(16)         NOT NULL,
    quantity        INTEGER        NOT NULL,
    unit_price      DECIMAL(19, 4) NOT NULL,
    PRIMARY KEY (opportunity_id, seq),
    CONSTRAINT fk_line_item_opportunity FOREIGN KEY (opportunity_id) REFERENCES crm_opportunity (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_line_item_product FOREIGN KEY (product_id) REFERENCES crm_product (id),
    CONSTRAINT ck_line_item_quantity CHECK (quantity > 0),
    CONSTRAINT ck_line_item_unit_price CHECK (unit_price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_line_item_product ON crm_opportunity_line_item (product_id);

ALTER TABLE crm_lead ADD COLUMN opportunity_id BINARY(16);
ALTER TABLE crm_lead ADD CONSTRAINT fk_lead_opportunity FOREIGN KEY (opportunity_id) REFERENCES crm_opportunity (id);
