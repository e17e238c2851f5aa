-- crm4j schema, version 15 (MariaDB): campaign control groups. A campaign may hold out a share of the customers it
-- targets, assigned at random from a recorded seed and never contacted, to measure its effect against them: the
-- share and seed are one row per campaign (removed with it), and each member row says whether the member was held
-- out. Members stored before this version were all contacted.
CREATE TABLE crm_campaign_control_group (
    campaign_id  BINARY(16) NOT NULL,
    share        DOUBLE     NOT NULL,
    seed         BIGINT     NOT NULL,
    PRIMARY KEY (campaign_id),
    CONSTRAINT fk_control_group_campaign FOREIGN KEY (campaign_id) REFERENCES crm_campaign (id) ON DELETE CASCADE,
    CONSTRAINT ck_control_group_share CHECK (share > 0 AND share < 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
ALTER TABLE crm_campaign_member ADD COLUMN control_group BOOLEAN NOT NULL DEFAULT FALSE;
