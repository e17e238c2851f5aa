package org.crm4j.core.ticket;

import java.time.Instant;
import org.crm4j.core.Require;

/**
 * One entry of a ticket's comment thread.
 *
 * @param author   who wrote it (an agent's or the customer's name or id), 1 to 100 characters
 * @param text     the comment, 1 to 4 000 characters
 * @param kind     an agent's reply, an agent's internal note or a customer's message
 * @param at       when it was written, not null
 */
public record TicketComment(String author, String text, CommentKind kind, Instant at) {

    /** The longest comment. */
    public static final int MAX_TEXT = 4_000;

    /**
     * @throws org.crm4j.core.ValidationException {@code author}/{@code text} {@code must not be blank} or too long;
     *                                            {@code kind}/{@code at} {@code must not be null}
     */
    public TicketComment {
        author = Require.text("author", author, 100);
        text = Require.text("text", text, MAX_TEXT);
        Require.nonNull("kind", kind);
        Require.nonNull("at", at);
    }
}
