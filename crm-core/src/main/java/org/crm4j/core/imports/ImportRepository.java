package org.crm4j.core.imports;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.Sku;

/**
 * Port: stores imported customers and products in batches. Implemented by the in-memory adapter and by crm-jpa
 * (JDBC batches on the transaction's connection); checked by the {@code ImportServiceContract} suite of crm-core's
 * test-jar. Sales are imported through the ports {@code SalesService.recordAll} uses, which are batched already.
 *
 * <p>Every method may be called inside {@link org.crm4j.core.Transactions#inTransaction} and then takes part in
 * that transaction. Implementations are thread-safe. A method that throws has changed nothing.
 */
public interface ImportRepository {

    /** The most rows one call takes. */
    int MAX_BATCH = 1_000;

    /**
     * Tells which e-mail addresses are registered already.
     *
     * @param emails the normalised addresses, at most {@value #MAX_BATCH}, not null
     * @return those of {@code emails} that a stored customer has
     */
    Set<EmailAddress> registeredEmails(Collection<EmailAddress> emails);

    /**
     * Stores new customers as they are (tags, consents and stage history included), in one batch.
     *
     * @param customers the customers, at most {@value #MAX_BATCH}, with ids and e-mail addresses not taken, not null
     * @throws DuplicateException if an id or an e-mail address is taken after all (a concurrent registration;
     *                            field {@code customerId} or {@code email})
     */
    void insertCustomers(List<Customer> customers);

    /**
     * Tells which product codes are taken already.
     *
     * @param skus the codes, at most {@value #MAX_BATCH}, not null
     * @return those of {@code skus} that a stored product has (compared case-insensitively, as SKUs are)
     */
    Set<Sku> registeredSkus(Collection<Sku> skus);

    /**
     * Stores new products as they are, in one batch.
     *
     * @param products the products, at most {@value #MAX_BATCH}, with ids and SKUs not taken, not null
     * @throws DuplicateException if an id or a SKU is taken after all (field {@code productId} or {@code sku})
     */
    void insertProducts(List<Product> products);
}
