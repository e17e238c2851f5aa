-- crm4j schema, version 19 (MariaDB): personal data that may be encrypted at rest. The personal columns of
-- crm_customer (name, email, phone, date_of_birth) hold either the clear value or a sealed one,
-- keyId$base64(nonce, AES-256-GCM ciphertext, tag), as sealed_fields says column by column (bits: 1 name, 2 email,
-- 4 phone, 8 date of birth; 0 = all in clear) and data_key_id names the key. They are widened to hold the sealed
-- form, and the date of birth becomes ISO-8601 text (which orders as the dates do for years 1600 to 9999).
-- Exact lookups and the e-mail uniqueness move to email_index and phone_index: the clear (normalised) value, or
-- its blind index (hex HMAC-SHA-256) when the field is encrypted. Existing rows are in clear.
ALTER TABLE crm_customer DROP CONSTRAINT ck_customer_email_lower;
ALTER TABLE crm_customer DROP INDEX uk_customer_email;
ALTER TABLE crm_customer
    MODIFY name VARCHAR(1000) NOT NULL,
    MODIFY email VARCHAR(500) NOT NULL,
    MODIFY phone VARCHAR(160),
    MODIFY date_of_birth VARCHAR(160),
    ADD COLUMN email_index VARCHAR(254),
    ADD COLUMN phone_index VARCHAR(64),
    ADD COLUMN sealed_fields INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN data_key_id VARCHAR(64);
UPDATE crm_customer SET email_index = email, phone_index = phone;
ALTER TABLE crm_customer MODIFY email_index VARCHAR(254) NOT NULL;
ALTER TABLE crm_customer ADD CONSTRAINT uk_customer_email_index UNIQUE (email_index);
CREATE INDEX ix_customer_phone_index ON crm_customer (phone_index);
CREATE INDEX ix_customer_data_key ON crm_customer (data_key_id);
