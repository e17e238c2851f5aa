package org.crm4j.core.timeline;

import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;

/**
 * A customer's timeline: everything that happened to the customer, newest first. Implementations are thread-safe.
 */
public interface TimelineService {

    /**
     * Creates the service.
     *
     * @param reader       the timeline port
     * @param customers    the customer port, to check the customer
     * @param transactions the transaction port
     * @return the service
     */
    static TimelineService create(TimelineReader reader, CustomerRepository customers,
            Transactions transactions) {
        return new DefaultTimelineService(Require.nonNull("reader", reader), Require.nonNull("customers", customers),
                Require.nonNull("transactions", transactions));
    }

    /**
     * One page of a customer's timeline in the order {@link TimelineEntry#NEWEST_FIRST}: activities, sales and
     * returns, the stage changes of the customer's opportunities, campaign responses and conversions, the openings
     * and resolutions of the customer's tickets, and the customer's survey answers.
     *
     * @param customer the customer
     * @param page     the page, from 0
     * @param size     the page size, in [1, {@value PageRequest#MAX_SIZE}]
     * @return the page
     * @throws NotFoundException   on {@code "customerId"}
     * @throws ValidationException on {@code "page"} or {@code "size"} out of range
     */
    Page<TimelineEntry> timeline(CustomerId customer, int page, int size);
}
