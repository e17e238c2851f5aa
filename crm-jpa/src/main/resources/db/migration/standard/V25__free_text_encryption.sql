-- crm4j schema, version 25 (H2, PostgreSQL): the free texts staff write about a customer may be encrypted at rest
-- like the customer's personal data (V19, V21; PersonalField.NOTES): crm_activity.body, crm_ticket.description and
-- resolution_text, crm_ticket_comment.body, crm_survey_invitation.comment_text, crm_lead.disqualified_because and
-- crm_opportunity.lost_reason hold either the clear text or keyId$base64(nonce, AES-256-GCM ciphertext, tag).
--
-- Sizes. The domain limits are UTF-16 lengths (String.length()): 10 000 for an activity body, 4 000 for ticket
-- texts, comments and survey comments, 500 for the two reasons. A UTF-16 unit is at most 3 UTF-8 bytes (a 4-byte
-- character is 2 units), but the columns are sized for 4 bytes per unit, so that they also hold the limit counted
-- in code points: sealed length = 64 (longest key id) + 1 + 4 * ceil((12 + bytes + 16) / 3), i.e.
--   10 000 units: 40 000 bytes -> 53 437 characters -> VARCHAR(54000)
--    4 000 units: 16 000 bytes -> 21 437 characters -> VARCHAR(22000)
--      500 units:  2 000 bytes ->  2 769 characters -> VARCHAR(2800)
-- The sealed form is ASCII. Widening a VARCHAR is a catalogue change on PostgreSQL and H2 (no table rewrite).
--
-- Sealed state: sealed_fields (16 = PersonalField.NOTES: the row's free texts are sealed; 0 = in clear) and
-- data_key_id on each row that owns free text, so that key rotation finds the rows not in the current form. A
-- ticket's comments follow their ticket's sealed_fields and data_key_id (they are only ever written with it). The
-- lead already has both columns (V21; its bit 16 now covers disqualified_because). Existing rows stay in clear.
ALTER TABLE crm_activity ALTER COLUMN body SET DATA TYPE VARCHAR(54000);
ALTER TABLE crm_activity ADD COLUMN sealed_fields INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE crm_activity ADD COLUMN data_key_id VARCHAR(64);
CREATE INDEX ix_activity_data_key ON crm_activity (data_key_id);

ALTER TABLE crm_ticket ALTER COLUMN description SET DATA TYPE VARCHAR(22000);
ALTER TABLE crm_ticket ALTER COLUMN resolution_text SET DATA TYPE VARCHAR(22000);
ALTER TABLE crm_ticket ADD COLUMN sealed_fields INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE crm_ticket ADD COLUMN data_key_id VARCHAR(64);
CREATE INDEX ix_ticket_data_key ON crm_ticket (data_key_id);
ALTER TABLE crm_ticket_comment ALTER COLUMN body SET DATA TYPE VARCHAR(22000);

ALTER TABLE crm_survey_invitation ALTER COLUMN comment_text SET DATA TYPE VARCHAR(22000);
ALTER TABLE crm_survey_invitation ADD COLUMN sealed_fields INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE crm_survey_invitation ADD COLUMN data_key_id VARCHAR(64);
CREATE INDEX ix_survey_invitation_data_key ON crm_survey_invitation (data_key_id);

ALTER TABLE crm_lead ALTER COLUMN disqualified_because SET DATA TYPE VARCHAR(2800);

ALTER TABLE crm_opportunity ALTER COLUMN lost_reason SET DATA TYPE VARCHAR(2800);
ALTER TABLE crm_opportunity ADD COLUMN sealed_fields INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE crm_opportunity ADD COLUMN data_key_id VARCHAR(64);
CREATE INDEX ix_opportunity_data_key ON crm_opportunity (data_key_id);
