-- crm4j schema, version 21 (H2, PostgreSQL): a lead's contact (person_name, email, phone) may be encrypted at rest
-- like a customer's personal data (V19): the columns are widened to hold keyId$base64(nonce, ciphertext, tag),
-- sealed_fields says which are sealed (bits: 1 name, 2 email, 4 phone; 0 = all in clear) and data_key_id under
-- which key. company_name stays in clear. Existing rows are in clear.
ALTER TABLE crm_lead ALTER COLUMN person_name SET DATA TYPE VARCHAR(1000);
ALTER TABLE crm_lead ALTER COLUMN email SET DATA TYPE VARCHAR(500);
ALTER TABLE crm_lead ALTER COLUMN phone SET DATA TYPE VARCHAR(160);
ALTER TABLE crm_lead ADD COLUMN sealed_fields INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE crm_lead ADD COLUMN data_key_id VARCHAR(64);
CREATE INDEX ix_lead_data_key ON crm_lead (data_key_id);
