package org.crm4j.core.campaign;

import java.time.LocalDate;
import org.crm4j.core.Money;

/**
 * Command to plan a campaign. Its values are checked by {@link CampaignService#plan(NewCampaign)} against the
 * invariants of {@link Campaign}: a name that is not blank, {@code endDate >= startDate}, a budget that is not
 * negative, no null component.
 *
 * @param name      the name
 * @param startDate the first day
 * @param endDate   the last day
 * @param target    the audience and goal
 * @param channel   the channel
 * @param budget    the budget
 */
public record NewCampaign(String name, LocalDate startDate, LocalDate endDate, CampaignTarget target,
        CampaignChannel channel, Money budget) {
}
