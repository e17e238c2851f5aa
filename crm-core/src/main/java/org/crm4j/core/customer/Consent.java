package org.crm4j.core.customer;

import java.time.Instant;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * A customer's latest marketing consent decision for one channel. Immutable.
 *
 * @param channel the channel, not null
 * @param granted whether the customer agreed (true) or refused or withdrew (false)
 * @param at      when the decision was recorded, not null
 */
public record Consent(Channel channel, boolean granted, Instant at) {

    /**
     * Validates.
     *
     * @throws ValidationException on field {@code "channel"} or {@code "at"} if null
     */
    public Consent {
        Require.nonNull("channel", channel);
        Require.nonNull("at", at);
    }
}
