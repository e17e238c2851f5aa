package org.crm4j.core.ticket;

import org.crm4j.core.Require;

/**
 * How a ticket was solved.
 *
 * @param code a short code of the host's choosing (for example {@code REFUND}, {@code REPLACED}), 1 to 50 characters
 * @param text what was done, 1 to 4 000 characters
 */
public record Resolution(String code, String text) {

    /**
     * @throws org.crm4j.core.ValidationException {@code resolution.code}/{@code resolution.text}
     *                                            {@code must not be blank} or too long
     */
    public Resolution {
        code = Require.text("resolution.code", code, 50);
        text = Require.text("resolution.text", text, TicketComment.MAX_TEXT);
    }
}
