package org.crm4j.core.lead;

import java.util.Optional;
import org.crm4j.core.CountryCode;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;

/**
 * Search criteria for leads; every criterion is optional and all given ones must match. Immutable.
 *
 * @param status   the status, or empty for any
 * @param owner    the owner, or empty for any
 * @param source   the source, or empty for any
 * @param campaign the campaign, or empty for any
 * @param companySize the company size band, or empty for any (a lead without one never matches a given band)
 * @param industry the industry, or empty for any (a lead without one never matches a given industry)
 * @param country  the country, or empty for any (a lead without one never matches a given country)
 */
public record LeadQuery(Optional<LeadStatus> status, Optional<UserId> owner, Optional<LeadSource> source,
        Optional<CampaignId> campaign, Optional<CompanySize> companySize, Optional<IndustryCode> industry,
        Optional<CountryCode> country) {

    /**
     * Checks that no {@code Optional} is null.
     *
     * @throws ValidationException on the field of a null {@code Optional}
     */
    public LeadQuery {
        Require.nonNull("status", status);
        Require.nonNull("owner", owner);
        Require.nonNull("source", source);
        Require.nonNull("campaign", campaign);
        Require.nonNull("companySize", companySize);
        Require.nonNull("industry", industry);
        Require.nonNull("country", country);
    }

    /** @return criteria matching every lead */
    public static LeadQuery all() {
        return new LeadQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * @param value the status
     * @return a copy that also requires the status
     */
    public LeadQuery withStatus(LeadStatus value) {
        return new LeadQuery(Optional.of(value), owner, source, campaign, companySize, industry, country);
    }

    /**
     * @param value the owner
     * @return a copy that also requires the owner
     */
    public LeadQuery withOwner(UserId value) {
        return new LeadQuery(status, Optional.of(value), source, campaign, companySize, industry, country);
    }

    /**
     * @param value the source
     * @return a copy that also requires the source
     */
    public LeadQuery withSource(LeadSource value) {
        return new LeadQuery(status, owner, Optional.of(value), campaign, companySize, industry, country);
    }

    /**
     * @param value the campaign
     * @return a copy that also requires the campaign
     */
    public LeadQuery withCampaign(CampaignId value) {
        return new LeadQuery(status, owner, source, Optional.of(value), companySize, industry, country);
    }

    /**
     * @param value the company size band
     * @return a copy that also requires the band
     */
    public LeadQuery withCompanySize(CompanySize value) {
        return new LeadQuery(status, owner, source, campaign, Optional.of(value), industry, country);
    }

    /**
     * @param value the industry
     * @return a copy that also requires the industry
     */
    public LeadQuery withIndustry(IndustryCode value) {
        return new LeadQuery(status, owner, source, campaign, companySize, Optional.of(value), country);
    }

    /**
     * @param value the country
     * @return a copy that also requires the country
     */
    public LeadQuery withCountry(CountryCode value) {
        return new LeadQuery(status, owner, source, campaign, companySize, industry, Optional.of(value));
    }

    /**
     * Whether a lead matches: the reference semantics adapters reproduce.
     *
     * @param lead the lead
     * @return whether every given criterion matches
     */
    public boolean matches(Lead lead) {
        return status.map(s -> s == lead.status()).orElse(true)
                && owner.map(o -> o.equals(lead.owner())).orElse(true)
                && source.map(s -> s == lead.source()).orElse(true)
                && campaign.map(c -> lead.campaign().equals(Optional.of(c))).orElse(true)
                && companySize.map(c -> lead.companySize().equals(Optional.of(c))).orElse(true)
                && industry.map(i -> lead.industry().equals(Optional.of(i))).orElse(true)
                && country.map(c -> lead.country().equals(Optional.of(c))).orElse(true);
    }
}
