package org.crm4j.core.campaign;

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
    EVENT
}
