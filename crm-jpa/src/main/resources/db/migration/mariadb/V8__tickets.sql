-- crm4j schema, version 8 (MariaDB): customer service tickets. A ticket row holds the current state
-- (status, priority, assignee and team, resolution); its comment thread, status moves and (re)assignments are
-- ordered child rows (seq from 0), removed with the ticket. The customer, and the sale or product a ticket is about,
-- are foreign keys; tickets are listed per customer by opening time.
CREATE TABLE crm_ticket (
    id               BINARY(16)        NOT NULL,
    customer_id      BINARY(16)        NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000) NOT NULL,
    category         VARCHAR(50)   NOT NULL,
    priority         VARCHAR(16)   NOT NULL,
    channel          VARCHAR(16)   NOT NULL,
    sla_first_response_nanos BIGINT,
    sla_resolution_nanos     BIGINT,
    sale_id          BINARY(16),
    product_id       BINARY(16),
    assignee         VARCHAR(100),
    team             VARCHAR(100),
    status           VARCHAR(16)   NOT NULL,
    resolution_code  VARCHAR(50),
    resolution_text  VARCHAR(4000),
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ticket_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
    CONSTRAINT fk_ticket_sale FOREIGN KEY (sale_id) REFERENCES crm_sale (id),
    CONSTRAINT fk_ticket_product FOREIGN KEY (product_id) REFERENCES crm_product (id),
    CONSTRAINT ck_ticket_sla CHECK ((sla_first_response_nanos IS NULL) = (sla_resolution_nanos IS NULL)),
    CONSTRAINT ck_ticket_resolution CHECK ((status IN ('RESOLVED', 'CLOSED')) = (resolution_code IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_ticket_customer ON crm_ticket (customer_id, created_at);
CREATE INDEX ix_ticket_status ON crm_ticket (status);
CREATE INDEX ix_ticket_sale ON crm_ticket (sale_id);
CREATE INDEX ix_ticket_product ON crm_ticket (product_id);

CREATE TABLE crm_ticket_comment (
    ticket_id    BINARY(16)        NOT NULL,
    seq          INTEGER       NOT NULL,
    author       VARCHAR(100)  NOT NULL,
    body         VARCHAR(4000) NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    written_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (ticket_id, seq),
    CONSTRAINT fk_ticket_comment_ticket FOREIGN KEY (ticket_id) REFERENCES crm_ticket (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE crm_ticket_status_change (
    ticket_id        BINARY(16)       NOT NULL,
    seq              INTEGER      NOT NULL,
    previous_status  VARCHAR(16)  NOT NULL,
    current_status   VARCHAR(16)  NOT NULL,
    changed_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (ticket_id, seq),
    CONSTRAINT fk_ticket_status_change_ticket FOREIGN KEY (ticket_id) REFERENCES crm_ticket (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE crm_ticket_assignment (
    ticket_id    BINARY(16)        NOT NULL,
    seq          INTEGER       NOT NULL,
    assignee     VARCHAR(100),
    team         VARCHAR(100),
    assigned_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (ticket_id, seq),
    CONSTRAINT fk_ticket_assignment_ticket FOREIGN KEY (ticket_id) REFERENCES crm_ticket (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
