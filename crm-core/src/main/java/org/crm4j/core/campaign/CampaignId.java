package org.crm4j.core.campaign;

import java.util.UUID;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The identity of a {@code Campaign}: a UUID, typed so that it cannot be mixed up with other ids. Immutable.
 *
 * @param value the UUID, not null
 */
public record CampaignId(UUID value) {

    /**
     * Validates the UUID.
     *
     * @throws ValidationException on field {@code "campaignId"} if the value is null
     */
    public CampaignId {
        Require.nonNull("campaignId", value);
    }

    /**
     * Parses the textual form of a UUID.
     *
     * @param text for example {@code "00000000-0000-0000-0000-000000000001"}
     * @return the id
     * @throws ValidationException on field {@code "campaignId"} if the text is not a UUID
     */
    public static CampaignId of(String text) {
        Require.nonNull("campaignId", text);
        try {
            return new CampaignId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("campaignId", "must be a UUID", text);
        }
    }

    /** @return the UUID's textual form */
    @Override
    public String toString() {
        return value.toString();
    }
}
