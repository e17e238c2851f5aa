-- crm4j schema, version 24 (H2 and PostgreSQL): indexes that hand the business-time reports their percentiles
-- without sorting. For each measure (first response, resolution) and each grouping of TicketGrouping (all tickets,
-- priority, category, team, UTC month of the measured event) one index on (group key, business seconds, event time,
-- met): a group's count, sum and met count are read from the index alone, and the order statistics the median and
-- the 90th percentile need are read by walking the group's index entries in order of seconds up to their rank
-- (from the low end for the median, from the high end for the 90th percentile), never by sorting the group.
-- The UTC month of each event is stored (written by crm-jpa's ticket mapper with the event time) so that months can
-- lead an index like the other keys, and the month of opening so that the reports by month of opening (categories,
-- reopen rates) group by a column instead of computing the month of every row; their index (opening time, month,
-- category, reopen count, resolution time) covers them for a period and replaces V16's index on the opening time.
-- Existing rows get the months here.
ALTER TABLE crm_ticket ADD COLUMN created_month INTEGER;
ALTER TABLE crm_ticket ADD COLUMN first_response_month INTEGER;
ALTER TABLE crm_ticket ADD COLUMN resolution_month INTEGER;

UPDATE crm_ticket SET
    created_month = CAST(EXTRACT(YEAR FROM created_at AT TIME ZONE 'UTC') * 100
        + EXTRACT(MONTH FROM created_at AT TIME ZONE 'UTC') AS INTEGER),
    first_response_month = CAST(EXTRACT(YEAR FROM first_response_at AT TIME ZONE 'UTC') * 100
        + EXTRACT(MONTH FROM first_response_at AT TIME ZONE 'UTC') AS INTEGER),
    resolution_month = CAST(EXTRACT(YEAR FROM resolved_at AT TIME ZONE 'UTC') * 100
        + EXTRACT(MONTH FROM resolved_at AT TIME ZONE 'UTC') AS INTEGER);
ALTER TABLE crm_ticket ALTER COLUMN created_month SET NOT NULL;

ALTER TABLE crm_ticket ADD CONSTRAINT ck_ticket_event_months
    CHECK ((first_response_month IS NULL) = (first_response_at IS NULL)
        AND (resolution_month IS NULL) = (resolved_at IS NULL));

CREATE INDEX ix_ticket_first_response_all ON crm_ticket (first_response_seconds, first_response_at, first_response_met);
CREATE INDEX ix_ticket_first_response_priority
    ON crm_ticket (priority, first_response_seconds, first_response_at, first_response_met);
CREATE INDEX ix_ticket_first_response_category
    ON crm_ticket (category, first_response_seconds, first_response_at, first_response_met);
CREATE INDEX ix_ticket_first_response_team
    ON crm_ticket (team, first_response_seconds, first_response_at, first_response_met);
CREATE INDEX ix_ticket_first_response_month
    ON crm_ticket (first_response_month, first_response_seconds, first_response_at, first_response_met);
CREATE INDEX ix_ticket_resolution_all ON crm_ticket (resolution_seconds, resolved_at, resolution_met);
CREATE INDEX ix_ticket_resolution_priority ON crm_ticket (priority, resolution_seconds, resolved_at, resolution_met);
CREATE INDEX ix_ticket_resolution_category ON crm_ticket (category, resolution_seconds, resolved_at, resolution_met);
CREATE INDEX ix_ticket_resolution_team ON crm_ticket (team, resolution_seconds, resolved_at, resolution_met);
CREATE INDEX ix_ticket_resolution_month
    ON crm_ticket (resolution_month, resolution_seconds, resolved_at, resolution_met);
DROP INDEX ix_ticket_created;
CREATE INDEX ix_ticket_opening ON crm_ticket (created_at, created_month, category, reopen_count, resolved_at);
