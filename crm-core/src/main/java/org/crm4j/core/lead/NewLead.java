package org.crm4j.core.lead;

import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;

/**
 * Command: enter a lead. Holds the input as entered; {@link LeadService#create(NewLead)} validates it and names
 * the offending field of a rejected command.
 *
 * @param personName  the person's name
 * @param companyName the company, or empty
 * @param companySize the company's size band, or empty
 * @param industry    the company's industry code as written (see {@link IndustryCode}), or empty
 * @param country     the ISO 3166-1 alpha-2 country code as written, any case (see
 *                    {@link org.crm4j.core.CountryCode}), or empty
 * @param email       the e-mail address as written, or empty
 * @param phone       the phone number as written (see {@link org.crm4j.core.customer.PhoneNumber}), or empty; a
 *                    lead needs an e-mail address or a phone number
 * @param source      where the lead came from
 * @param campaign    the campaign the lead answered, or empty
 * @param owner       the host's user who works on the lead
 */
public record NewLead(String personName, Optional<String> companyName, Optional<CompanySize> companySize,
        Optional<String> industry, Optional<String> country, Optional<String> email, Optional<String> phone,
        LeadSource source, Optional<CampaignId> campaign, UserId owner) {

    /**
     * Checks that no {@code Optional} is null.
     *
     * @throws ValidationException on the field of a null {@code Optional}
     */
    public NewLead {
        Require.nonNull("companyName", companyName);
        Require.nonNull("companySize", companySize);
        Require.nonNull("industry", industry);
        Require.nonNull("country", country);
        Require.nonNull("email", email);
        Require.nonNull("phone", phone);
        Require.nonNull("campaign", campaign);
    }

    /**
     * A lead with an e-mail address.
     *
     * @param personName the person's name
     * @param email      the e-mail address
     * @param source     the source
     * @param owner      the owner
     * @return the command, without company details, phone or campaign
     */
    public static NewLead of(String personName, String email, LeadSource source, UserId owner) {
        return new NewLead(personName, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(email), Optional.empty(), source, Optional.empty(), owner);
    }

    /**
     * @param value the company
     * @return a copy with the company
     */
    public NewLead withCompanyName(String value) {
        return new NewLead(personName, Optional.ofNullable(value), companySize, industry, country, email, phone,
                source, campaign, owner);
    }

    /**
     * @param value the company's size band, or null for unknown
     * @return a copy with the size band
     */
    public NewLead withCompanySize(CompanySize value) {
        return new NewLead(personName, companyName, Optional.ofNullable(value), industry, country, email, phone,
                source, campaign, owner);
    }

    /**
     * @param value the industry code, or null for unknown
     * @return a copy with the industry
     */
    public NewLead withIndustry(String value) {
        return new NewLead(personName, companyName, companySize, Optional.ofNullable(value), country, email, phone,
                source, campaign, owner);
    }

    /**
     * @param value the ISO 3166-1 alpha-2 country code, or null for unknown
     * @return a copy with the country
     */
    public NewLead withCountry(String value) {
        return new NewLead(personName, companyName, companySize, industry, Optional.ofNullable(value), email, phone,
                source, campaign, owner);
    }

    /**
     * @param value the e-mail address, or null for none
     * @return a copy with the e-mail address
     */
    public NewLead withEmail(String value) {
        return new NewLead(personName, companyName, companySize, industry, country, Optional.ofNullable(value),
                phone, source, campaign, owner);
    }

    /**
     * @param value the phone number
     * @return a copy with the phone number
     */
    public NewLead withPhone(String value) {
        return new NewLead(personName, companyName, companySize, industry, country, email,
                Optional.ofNullable(value), source, campaign, owner);
    }

    /**
     * @param value the campaign
     * @return a copy attributed to the campaign
     */
    public NewLead withCampaign(CampaignId value) {
        return new NewLead(personName, companyName, companySize, industry, country, email, phone, source,
                Optional.ofNullable(value), owner);
    }
}
