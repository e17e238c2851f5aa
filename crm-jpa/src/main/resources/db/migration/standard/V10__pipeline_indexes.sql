-- crm4j schema, version 10 (H2, PostgreSQL): indexes of the pipeline reports at scale.
-- The pipeline by stage and the expected revenue by close month select a range of expected close dates and group by
-- owner, stage and currency: this index starts with the close date and holds every column they read, so a quarter
-- of 1 000 000 opportunities is an index-only range scan (crm-jpa/BENCHMARKS.md). It replaces
-- ix_opportunity_pipeline (stage first), which fitted no report's filter.
CREATE INDEX ix_opportunity_close_pipeline ON crm_opportunity (expected_close_date, owner_id, stage, currency, amount,
    probability);
DROP INDEX ix_opportunity_pipeline;
-- win rate by lead source: the lead whose conversion opened an opportunity
CREATE INDEX ix_lead_opportunity ON crm_lead (opportunity_id);
-- the stage funnel: opportunities created in a period (their first stage entry); the changes have
-- ix_opportunity_stage_change_time
CREATE INDEX ix_opportunity_created ON crm_opportunity (created_at);
