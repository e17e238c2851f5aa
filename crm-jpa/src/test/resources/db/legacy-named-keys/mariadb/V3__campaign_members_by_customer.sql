-- crm4j schema, version 3 (MariaDB): campaign members become rows of their own, keyed by campaign and customer.
-- Version 1 stored them as an ordered element collection of the campaign (primary key campaign_id, seq), which
-- Hibernate rewrote as a whole on every change; now each member is inserted once and updated alone. The rows stay
-- where they are: only the position column goes, and the key becomes (campaign_id, customer_id), which the domain
-- already kept unique. One statement, so that the foreign key on campaign_id always has an index that starts with
-- it. Paging by targeting time has its own index.
ALTER TABLE crm_campaign_member
    DROP PRIMARY KEY,
    DROP COLUMN seq,
    ADD CONSTRAINT pk_campaign_member PRIMARY KEY (campaign_id, customer_id);
CREATE INDEX ix_campaign_member_targeted ON crm_campaign_member (campaign_id, targeted_at);
