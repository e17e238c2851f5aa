-- crm4j schema, version 21 (MariaDB): a lead's contact (person_name, email, phone) may be encrypted at rest like a
-- customer's personal data (V19): the columns are widened to hold keyId$base64(nonce, ciphertext, tag),
-- sealed_fields says which are sealed (bits: 1 name, 2 email, 4 phone; 0 = all in clear) and data_key_id under
-- which key. company_name stays in clear. Existing rows are in clear.
ALTER TABLE crm_lead
    MODIFY person_name VARCHAR(1000) NOT NULL,
    MODIFY email VARCHAR(500),
    MODIFY phone VARCHAR(160),
    ADD COLUMN sealed_fields INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN data_key_id VARCHAR(64);
CREATE INDEX ix_lead_data_key ON crm_lead (data_key_id);
