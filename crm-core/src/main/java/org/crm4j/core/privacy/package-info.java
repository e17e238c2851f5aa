/**
 * Privacy requests about one customer: {@link org.crm4j.core.privacy.PrivacyService#export} gathers everything
 * crm4j holds about the customer into one {@link org.crm4j.core.privacy.CustomerRecord} (right of access and data
 * portability), {@link org.crm4j.core.privacy.PrivacyService#erase} anonymises the customer and the leads converted
 * into it while keeping sales, tickets, relationships and campaign results attached to the anonymised customer
 * (right to erasure without losing the business history). Consent per channel is honoured by campaigns and surveys
 * (see {@link org.crm4j.core.campaign.CampaignService} and {@link org.crm4j.core.survey.SurveyService}).
 * {@link org.crm4j.core.privacy.CustomerKeyVault} holds one key per customer outside the CRM's database, so that
 * erasure also reaches backup archives (crypto-shredding).
 */
package org.crm4j.core.privacy;
