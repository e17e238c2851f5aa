package org.crm4j.core.ticket;

import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.SaleId;

/**
 * A command to open a ticket.
 *
 * @param customer    the customer it is about, not null; must exist
 * @param subject     one line, 1 to 200 characters
 * @param description the customer's words, 1 to 4 000 characters
 * @param category    one of the host's categories ({@link TicketSettings#categories()})
 * @param priority    not null
 * @param channel     not null
 * @param sale        the sale it is about, if any; must exist
 * @param product     the product it is about, if any; must exist
 */
public record NewTicket(CustomerId customer, String subject, String description, String category,
                        TicketPriority priority, TicketChannel channel, Optional<SaleId> sale,
                        Optional<ProductId> product) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public NewTicket {
        Require.nonNull("sale", sale);
        Require.nonNull("product", product);
    }

    /**
     * A ticket about no particular sale or product.
     *
     * @param customer    the customer
     * @param subject     the subject
     * @param description the description
     * @param category    the category
     * @param priority    the priority
     * @param channel     the channel
     * @return the command
     */
    public static NewTicket of(CustomerId customer, String subject, String description, String category,
                               TicketPriority priority, TicketChannel channel) {
        return new NewTicket(customer, subject, description, category, priority, channel, Optional.empty(),
                Optional.empty());
    }

    /**
     * @param value the sale the ticket is about
     * @return a copy about that sale
     */
    public NewTicket withSale(SaleId value) {
        return new NewTicket(customer, subject, description, category, priority, channel,
                Optional.of(Require.nonNull("sale", value)), product);
    }

    /**
     * @param value the product the ticket is about
     * @return a copy about that product
     */
    public NewTicket withProduct(ProductId value) {
        return new NewTicket(customer, subject, description, category, priority, channel, sale,
                Optional.of(Require.nonNull("product", value)));
    }
}
