package org.crm4j.core.campaign;

import java.time.LocalDate;
import org.crm4j.core.Money;

/**
 * Command to update a campaign, as an edit form would: the new name, dates, target, channel and budget, all
 * replaced at once. Start from {@link #from(Campaign)} and change what needs changing. Checked by
 * {@link CampaignService#update(CampaignId, CampaignUpdate)} against the invariants of {@link Campaign}.
 *
 * @param expectedVersion the version the caller read; a different stored version is a
 *                        {@link org.crm4j.core.ConcurrentUpdateException}
 * @param name            the name
 * @param startDate       the first day
 * @param endDate         the last day
 * @param target          the audience and goal
 * @param channel         the channel
 * @param budget          the budget
 */
public record CampaignUpdate(long expectedVersion, String name, LocalDate startDate, LocalDate endDate, CampaignTarget target,
        CampaignChannel channel, Money budget) {

    /**
     * An update that starts from a campaign's current values, to change some with the withers.
     *
     * @param campaign the campaign as read, not null
     * @return the command, expecting the campaign's version
     */
    public static CampaignUpdate from(Campaign campaign) {
        return new CampaignUpdate(campaign.version(), campaign.name(), campaign.startDate(), campaign.endDate(),
                campaign.target(), campaign.channel(), campaign.budget());
    }

    /**
     * @param newName the new name
     * @return a copy with the new name
     */
    public CampaignUpdate withName(String newName) {
        return new CampaignUpdate(expectedVersion, newName, startDate, endDate, target, channel, budget);
    }

    /**
     * @param newStartDate the new first day
     * @param newEndDate   the new last day
     * @return a copy with the new dates
     */
    public CampaignUpdate withDates(LocalDate newStartDate, LocalDate newEndDate) {
        return new CampaignUpdate(expectedVersion, name, newStartDate, newEndDate, target, channel, budget);
    }

    /**
     * @param newTarget the new audience and goal
     * @return a copy with the new target
     */
    public CampaignUpdate withTarget(CampaignTarget newTarget) {
        return new CampaignUpdate(expectedVersion, name, startDate, endDate, newTarget, channel, budget);
    }

    /**
     * @param newChannel the new channel
     * @return a copy with the new channel
     */
    public CampaignUpdate withChannel(CampaignChannel newChannel) {
        return new CampaignUpdate(expectedVersion, name, startDate, endDate, target, newChannel, budget);
    }

    /**
     * @param newBudget the new budget
     * @return a copy with the new budget
     */
    public CampaignUpdate withBudget(Money newBudget) {
        return new CampaignUpdate(expectedVersion, name, startDate, endDate, target, channel, newBudget);
    }
}
