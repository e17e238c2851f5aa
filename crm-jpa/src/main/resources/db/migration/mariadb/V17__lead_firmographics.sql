-- crm4j schema, version 17 (MariaDB): what a lead says about its company, for searches and lead scoring: the size
-- band (CompanySize), the industry (a code of the host's classification, upper-case) and the ISO 3166-1 alpha-2
-- country. All optional: leads stored before this version have none.
ALTER TABLE crm_lead ADD COLUMN company_size VARCHAR(16);
ALTER TABLE crm_lead ADD COLUMN industry VARCHAR(40);
ALTER TABLE crm_lead ADD COLUMN country VARCHAR(2);
ALTER TABLE crm_lead ADD CONSTRAINT ck_lead_company_size
    CHECK (company_size IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE'));
