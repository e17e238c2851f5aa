-- crm4j schema, version 2: the client's request id of a sale (idempotent recording), unique in the CRM.
-- NULL for sales recorded without one; a unique constraint allows any number of NULLs on every database.
ALTER TABLE crm_sale ADD COLUMN request_id VARCHAR(100);
ALTER TABLE crm_sale ADD CONSTRAINT uk_sale_request_id UNIQUE (request_id);
