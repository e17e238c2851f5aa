package org.crm4j.core.ticket;

/** Who wrote a {@link TicketComment} and who sees it. */
public enum CommentKind {
    /** An agent's answer the customer sees; the first one is the ticket's first response. */
    AGENT_REPLY,
    /** An agent's note only agents see. */
    INTERNAL_NOTE,
    /** A message of the customer. */
    CUSTOMER_MESSAGE
}
