package org.crm4j.core.timeline;

import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;

/** The timeline service over the ports; see {@link TimelineService}. Thread-safe if the ports are. */
final class DefaultTimelineService implements TimelineService {

    private final TimelineReader reader;
    private final CustomerRepository customers;
    private final Transactions transactions;

    DefaultTimelineService(TimelineReader reader, CustomerRepository customers, Transactions transactions) {
        this.reader = reader;
        this.customers = customers;
        this.transactions = transactions;
    }

    @Override
    public Page<TimelineEntry> timeline(CustomerId customer, int page, int size) {
        Require.nonNull("customerId", customer);
        PageRequest<?> request = PageRequest.of(page, size);
        return transactions.inTransaction(() -> {
            if (customers.find(customer).isEmpty()) {
                throw new NotFoundException("customerId", customer);
            }
            long end = request.offset() + (long) size;
            if (end > Integer.MAX_VALUE) {
                throw new ValidationException("page", "must end before entry " + Integer.MAX_VALUE, page);
            }
            var entries = reader.newest(customer, (int) end);
            int from = (int) Math.min(request.offset(), entries.size());
            return new Page<>(entries.subList(from, entries.size()), page, size, reader.count(customer));
        });
    }
}
