package org.crm4j.core.campaign;

import java.util.Optional;
import org.crm4j.core.customer.Channel;

/** The medium a {@link Campaign} reaches its audience through. */
public enum CampaignChannel {
    /** E-mail messages. */
    EMAIL,
    /** Text messages. */
    SMS,
    /** Telephone calls. */
    PHONE,
    /** Letters and leaflets sent by post. */
    POSTAL_MAIL,
    /** Social networks. */
    SOCIAL_MEDIA,
    /** Web site, banners and search advertising. */
    WEB,
    /** Fairs, shows and in-store events. */
    EVENT;

    /**
     * The channel whose marketing consent a customer gives or withdraws for this medium: EMAIL, SMS and PHONE
     * map to the customer channel of the same name, POSTAL_MAIL to {@link Channel#POST}; SOCIAL_MEDIA, WEB and
     * EVENT address no one personally and have none.
     *
     * @return the consent channel, or empty if the medium needs no personal consent
     */
    public Optional<Channel> consentChannel() {
        return switch (this) {
            case EMAIL -> Optional.of(Channel.EMAIL);
            case SMS -> Optional.of(Channel.SMS);
            case PHONE -> Optional.of(Channel.PHONE);
            case POSTAL_MAIL -> Optional.of(Channel.POST);
            case SOCIAL_MEDIA, WEB, EVENT -> Optional.empty();
        };
    }
}
