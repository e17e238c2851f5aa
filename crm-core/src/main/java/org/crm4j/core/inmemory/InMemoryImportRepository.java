package org.crm4j.core.inmemory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.imports.ImportRepository;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.Sku;

/**
 * {@link ImportRepository} over the store's customer and product maps: each call reads the taken e-mail addresses
 * or SKUs once, so that a chunk costs one pass over the store, not one per row.
 */
final class InMemoryImportRepository implements ImportRepository {

    private final InMemoryStore store;

    InMemoryImportRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Set<EmailAddress> registeredEmails(Collection<EmailAddress> emails) {
        Objects.requireNonNull(emails, "emails");
        return store.locked(() -> {
            Set<EmailAddress> found = emails();
            found.retainAll(emails);
            return found;
        });
    }

    @Override
    public void insertCustomers(List<Customer> customers) {
        Objects.requireNonNull(customers, "customers");
        store.locked(() -> {
            Set<EmailAddress> taken = emails();
            for (Customer customer : customers) {
                if (store.customers.containsKey(customer.id())) {
                    throw new DuplicateException("customerId", customer.id());
                }
                if (!taken.add(customer.email())) {
                    throw new DuplicateException("email", customer.email());
                }
            }
            customers.forEach(customer -> store.put(store.customers, customer.id(), customer));
            return null;
        });
    }

    @Override
    public Set<Sku> registeredSkus(Collection<Sku> skus) {
        Objects.requireNonNull(skus, "skus");
        return store.locked(() -> {
            Set<Sku> found = skus();
            found.retainAll(skus);
            return found;
        });
    }

    @Override
    public void insertProducts(List<Product> products) {
        Objects.requireNonNull(products, "products");
        store.locked(() -> {
            Set<Sku> taken = skus();
            for (Product product : products) {
                if (store.products.containsKey(product.id())) {
                    throw new DuplicateException("productId", product.id());
                }
                if (!taken.add(product.sku())) {
                    throw new DuplicateException("sku", product.sku());
                }
            }
            products.forEach(product -> store.put(store.products, product.id(), product));
            return null;
        });
    }

    private Set<EmailAddress> emails() {
        Set<EmailAddress> emails = new HashSet<>();
        store.customers.values().forEach(c -> emails.add(c.email()));
        return emails;
    }

    private Set<Sku> skus() {
        Set<Sku> skus = new HashSet<>();
        store.products.values().forEach(p -> skus.add(p.sku()));
        return skus;
    }
}
