/**
 * Marketing campaigns: the {@link org.crm4j.core.campaign.Campaign} aggregate (dates, target, channel, budget,
 * status by dates and actions, members with their responses and conversions), its commands
 * ({@link org.crm4j.core.campaign.NewCampaign}, {@link org.crm4j.core.campaign.CampaignUpdate}), the
 * {@link org.crm4j.core.campaign.CampaignService} and the {@link org.crm4j.core.campaign.CampaignRepository} port.
 * Sales are attributed to a campaign by its {@link org.crm4j.core.campaign.CampaignId}.
 */
package org.crm4j.core.campaign;
