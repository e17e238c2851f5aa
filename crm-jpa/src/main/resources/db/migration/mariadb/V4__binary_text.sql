-- crm4j schema, version 4 (MariaDB only; H2 and PostgreSQL compare text by code point already).
-- Text compares by code point on every database, as in memory: MariaDB's default collations are accent- and
-- case-insensitive (tags 'cafe' and 'café' collided, a search for 'jose' found 'José', request ids 'A' and 'a'
-- collided). Searches lower-case both sides explicitly, so they stay case-insensitive and become accent-sensitive.
ALTER TABLE crm_customer CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE crm_customer_stage_change CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE crm_customer_consent CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE crm_customer_tag CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE crm_product CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE crm_campaign CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE crm_campaign_member CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE crm_sale CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE crm_relationship CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE crm_relationship_status_change CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
