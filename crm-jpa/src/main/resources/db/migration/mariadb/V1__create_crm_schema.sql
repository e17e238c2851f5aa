-- crm4j schema, version 1 (MariaDB 10.7+, InnoDB, utf8mb4). Applied by Flyway with the history table
-- crm4j_schema_history. Ids are BINARY(16), big-endian, so that they sort in the unsigned order of the UUID (the
-- native UUID type of MariaDB reorders version-1 UUIDs). Instants are DATETIME(6) in UTC.
-- Constraint names are the same on every database: the adapter recognises the uk_* names to report duplicates.
-- Primary keys are unnamed: MariaDB ignores their names (and warned about each).

CREATE TABLE crm_customer (
    id               BINARY(16)          NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    email            VARCHAR(254)  NOT NULL,
    phone            VARCHAR(16),
    date_of_birth    DATE,
    gender           VARCHAR(16)   NOT NULL,
    lifecycle_stage  VARCHAR(16)   NOT NULL,
    active           BOOLEAN       NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    -- e-mail addresses are stored lower-cased, so this unique key is case-insensitive
    CONSTRAINT uk_customer_email UNIQUE (email),
    CONSTRAINT ck_customer_email_lower CHECK (email = LOWER(email))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_customer_created ON crm_customer (created_at);

CREATE TABLE crm_customer_stage_change (
    customer_id  BINARY(16)         NOT NULL,
    seq          INTEGER      NOT NULL,
    from_stage   VARCHAR(16)  NOT NULL,
    to_stage     VARCHAR(16)  NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (customer_id, seq),
    CONSTRAINT fk_stage_change_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE crm_customer_consent (
    customer_id  BINARY(16)         NOT NULL,
    channel      VARCHAR(16)  NOT NULL,
    granted      BOOLEAN      NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (customer_id, channel),
    CONSTRAINT fk_consent_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE crm_customer_tag (
    customer_id  BINARY(16)         NOT NULL,
    tag          VARCHAR(50)  NOT NULL,
    PRIMARY KEY (customer_id, tag),
    CONSTRAINT fk_tag_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_customer_tag ON crm_customer_tag (tag);

CREATE TABLE crm_product (
    id              BINARY(16)           NOT NULL,
    sku             VARCHAR(64)    NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    price_amount    DECIMAL(19, 4) NOT NULL,
    price_currency  CHAR(3)        NOT NULL,
    stock           INTEGER        NOT NULL,
    active          BOOLEAN        NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    version         BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_product_sku UNIQUE (sku),
    CONSTRAINT ck_product_stock CHECK (stock >= 0),
    CONSTRAINT ck_product_price CHECK (price_amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_product_created ON crm_product (created_at);

CREATE TABLE crm_campaign (
    id               BINARY(16)           NOT NULL,
    name             VARCHAR(200)   NOT NULL,
    start_date       DATE           NOT NULL,
    end_date         DATE           NOT NULL,
    audience         VARCHAR(1000)  NOT NULL,
    goal             VARCHAR(1000)  NOT NULL,
    channel          VARCHAR(16)    NOT NULL,
    budget_amount    DECIMAL(19, 4) NOT NULL,
    budget_currency  CHAR(3)        NOT NULL,
    finished_at      DATETIME(6),
    cancelled_at     DATETIME(6),
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_campaign_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_campaign_budget CHECK (budget_amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_campaign_dates ON crm_campaign (start_date, end_date);

CREATE TABLE crm_campaign_member (
    campaign_id   BINARY(16)     NOT NULL,
    seq           INTEGER  NOT NULL,
    customer_id   BINARY(16)     NOT NULL,
    targeted_at   DATETIME(6) NOT NULL,
    responded_at  DATETIME(6),
    converted_at  DATETIME(6),
    PRIMARY KEY (campaign_id, seq),
    CONSTRAINT fk_member_campaign FOREIGN KEY (campaign_id) REFERENCES crm_campaign (id) ON DELETE CASCADE,
    CONSTRAINT fk_member_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_campaign_member_customer ON crm_campaign_member (customer_id);

CREATE TABLE crm_sale (
    id                   BINARY(16)           NOT NULL,
    customer_id          BINARY(16)           NOT NULL,
    product_id           BINARY(16)           NOT NULL,
    quantity             INTEGER        NOT NULL,
    unit_price_amount    DECIMAL(19, 4) NOT NULL,
    unit_price_currency  CHAR(3)        NOT NULL,
    sold_at              DATETIME(6) NOT NULL,
    campaign_id          BINARY(16),
    return_of            BINARY(16),
    PRIMARY KEY (id),
    CONSTRAINT fk_sale_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
    CONSTRAINT fk_sale_product FOREIGN KEY (product_id) REFERENCES crm_product (id),
    CONSTRAINT fk_sale_campaign FOREIGN KEY (campaign_id) REFERENCES crm_campaign (id),
    CONSTRAINT fk_sale_return_of FOREIGN KEY (return_of) REFERENCES crm_sale (id),
    CONSTRAINT ck_sale_quantity CHECK (quantity <> 0),
    CONSTRAINT ck_sale_return_sign CHECK ((return_of IS NULL AND quantity > 0) OR (return_of IS NOT NULL AND quantity < 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- lookups by customer/product/campaign and the reports, which all filter on sold_at
CREATE INDEX ix_sale_customer_time ON crm_sale (customer_id, sold_at);
CREATE INDEX ix_sale_product_time ON crm_sale (product_id, sold_at);
CREATE INDEX ix_sale_time ON crm_sale (sold_at);
CREATE INDEX ix_sale_campaign ON crm_sale (campaign_id);
CREATE INDEX ix_sale_return_of ON crm_sale (return_of);

CREATE TABLE crm_relationship (
    id                BINARY(16)         NOT NULL,
    from_customer_id  BINARY(16)         NOT NULL,
    to_customer_id    BINARY(16)         NOT NULL,
    type              VARCHAR(16)  NOT NULL,
    -- the key: (from, to) for directed types, the two ids in ascending order for symmetric ones
    key_first         BINARY(16)         NOT NULL,
    key_second        BINARY(16)         NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    created_at        DATETIME(6) NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    version           BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_relationship_key UNIQUE (type, key_first, key_second),
    CONSTRAINT fk_relationship_from FOREIGN KEY (from_customer_id) REFERENCES crm_customer (id),
    CONSTRAINT fk_relationship_to FOREIGN KEY (to_customer_id) REFERENCES crm_customer (id),
    CONSTRAINT ck_relationship_distinct CHECK (from_customer_id <> to_customer_id),
    CONSTRAINT ck_relationship_validity CHECK (valid_to IS NULL OR valid_to > valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_relationship_from ON crm_relationship (from_customer_id);
CREATE INDEX ix_relationship_to ON crm_relationship (to_customer_id);

CREATE TABLE crm_relationship_status_change (
    relationship_id  BINARY(16)         NOT NULL,
    seq              INTEGER      NOT NULL,
    previous_status  VARCHAR(16)  NOT NULL,
    current_status   VARCHAR(16)  NOT NULL,
    changed_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (relationship_id, seq),
    CONSTRAINT fk_status_change_relationship FOREIGN KEY (relationship_id) REFERENCES crm_relationship (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_relationship_status_change_time ON crm_relationship_status_change (changed_at);
