package org.crm4j.core.campaign;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * Which campaigns to list. Every present criterion must hold; an empty one accepts everything.
 *
 * @param nameContains a text the name contains, ignoring case (compared in {@link Locale#ROOT})
 * @param channel      the channel
 * @param status       the status on the day the query runs (see {@link Campaign#status(LocalDate)})
 * @param from         with {@code to}, the half-open period of days {@code [from, to)} the campaign's days
 *                     {@code [startDate, endDate]} must overlap: campaigns ending on or after this day
 * @param to           campaigns starting before this day (exclusive)
 */
public record CampaignQuery(Optional<String> nameContains, Optional<CampaignChannel> channel,
        Optional<CampaignStatus> status, Optional<LocalDate> from, Optional<LocalDate> to) {


    /** The rule broken by a date range that ends before it starts (field {@code to}). */
    public static final String TO_NOT_BEFORE_FROM = Require.notBefore("from");

    /**
     * Checks the query.
     *
     * @throws ValidationException if a component is null or {@code to} is before {@code from} (field {@code to},
     *                             rule {@link #TO_NOT_BEFORE_FROM})
     */
    public CampaignQuery {
        Require.nonNull("nameContains", nameContains);
        Require.nonNull("channel", channel);
        Require.nonNull("status", status);
        Require.nonNull("from", from);
        Require.nonNull("to", to);
        Require.notBefore("to", to.orElse(null), "from", from.orElse(null));
    }

    /**
     * Every campaign.
     *
     * @return the query without criteria
     */
    public static CampaignQuery all() {
        return new CampaignQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * Campaigns whose name contains a text.
     *
     * @param text the text, not null
     * @return the query
     */
    public static CampaignQuery nameContains(String text) {
        return all().withNameContains(text);
    }

    /**
     * @param text a text the name must contain, ignoring case
     * @return a copy with that criterion
     */
    public CampaignQuery withNameContains(String text) {
        return new CampaignQuery(Optional.of(Require.nonNull("nameContains", text)), channel, status, from, to);
    }

    /**
     * @param newChannel the channel the campaigns must use
     * @return a copy with that criterion
     */
    public CampaignQuery withChannel(CampaignChannel newChannel) {
        return new CampaignQuery(nameContains, Optional.of(Require.nonNull("channel", newChannel)), status, from, to);
    }

    /**
     * @param newStatus the status the campaigns must have on the day the query runs
     * @return a copy with that criterion
     */
    public CampaignQuery withStatus(CampaignStatus newStatus) {
        return new CampaignQuery(nameContains, channel, Optional.of(Require.nonNull("status", newStatus)), from, to);
    }

    /**
     * @param newFrom the first day of the period, inclusive, not null
     * @param newTo   the day after its last, exclusive, not before {@code newFrom}
     * @return a copy accepting the campaigns that run on at least one day of {@code [newFrom, newTo)}
     */
    public CampaignQuery overlapping(LocalDate newFrom, LocalDate newTo) {
        return new CampaignQuery(nameContains, channel, status, Optional.of(Require.nonNull("from", newFrom)),
                Optional.of(Require.nonNull("to", newTo)));
    }

    /**
     * Tells whether a campaign meets every criterion; the reference semantics that adapters translating the query
     * (for example to SQL) must reproduce.
     *
     * @param campaign the campaign, not null
     * @param today    the day the query runs, not null
     * @return true if the campaign is to be listed
     */
    public boolean matches(Campaign campaign, LocalDate today) {
        return nameContains.map(t -> campaign.name().toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT)))
                .orElse(true)
                && channel.map(c -> c == campaign.channel()).orElse(true)
                && status.map(s -> s == campaign.status(today)).orElse(true)
                && from.map(d -> !campaign.endDate().isBefore(d)).orElse(true)
                && to.map(d -> campaign.startDate().isBefore(d)).orElse(true);
    }
}
