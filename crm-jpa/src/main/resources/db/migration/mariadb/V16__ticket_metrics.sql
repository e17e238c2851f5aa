-- crm4j schema, version 16 (MariaDB): customer-service metrics. A ticket row also holds what the reports
-- aggregate in SQL: when the first agent reply came and when the ticket was (last) resolved, the business time to
-- each in whole seconds with whether its SLA target was met (computed by the ticket service from the host's
-- business calendar, which the database does not know), and how often it was reopened.
-- Existing rows: the times and the reopen count are filled from the comment thread and the status history; the
-- business times cannot be (no calendar here), so they stay NULL until the ticket's next change through the ticket
-- service measures them. Tickets without them are left out of the business-time reports only.
ALTER TABLE crm_ticket ADD COLUMN first_response_at DATETIME(6);
ALTER TABLE crm_ticket ADD COLUMN first_response_seconds BIGINT;
ALTER TABLE crm_ticket ADD COLUMN first_response_met BOOLEAN;
ALTER TABLE crm_ticket ADD COLUMN resolved_at DATETIME(6);
ALTER TABLE crm_ticket ADD COLUMN resolution_seconds BIGINT;
ALTER TABLE crm_ticket ADD COLUMN resolution_met BOOLEAN;
ALTER TABLE crm_ticket ADD COLUMN reopen_count INTEGER DEFAULT 0 NOT NULL;

UPDATE crm_ticket SET first_response_at = (SELECT MIN(c.written_at) FROM crm_ticket_comment c
        WHERE c.ticket_id = crm_ticket.id AND c.kind = 'AGENT_REPLY'),
    resolved_at = CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN (SELECT MAX(h.changed_at)
        FROM crm_ticket_status_change h WHERE h.ticket_id = crm_ticket.id AND h.current_status = 'RESOLVED') END,
    reopen_count = (SELECT COUNT(*) FROM crm_ticket_status_change h WHERE h.ticket_id = crm_ticket.id
        AND h.previous_status = 'RESOLVED' AND h.current_status = 'OPEN');

ALTER TABLE crm_ticket ADD CONSTRAINT ck_ticket_first_response
    CHECK ((first_response_seconds IS NULL) = (first_response_met IS NULL)
        AND (first_response_seconds IS NULL OR first_response_at IS NOT NULL));
ALTER TABLE crm_ticket ADD CONSTRAINT ck_ticket_resolution_time
    CHECK ((resolution_seconds IS NULL) = (resolution_met IS NULL)
        AND (resolution_seconds IS NULL OR resolved_at IS NOT NULL));

CREATE INDEX ix_ticket_first_response ON crm_ticket (first_response_at);
CREATE INDEX ix_ticket_resolved ON crm_ticket (resolved_at);
CREATE INDEX ix_ticket_created ON crm_ticket (created_at);
