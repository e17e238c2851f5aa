package org.crm4j.examples.console;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crm4j.core.Crm;
import org.crm4j.core.Money;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerService;
import org.crm4j.core.customer.CustomerSort;
import org.crm4j.core.security.AccessPolicy;
import org.crm4j.core.security.Scope;
import org.crm4j.core.product.Product;
import org.springframework.stereotype.Component;

/**
 * What a person types into a form (an e-mail address for a customer, a SKU for a product, a number) turned into
 * crm4j's values, with a {@link ValidationException} naming the form's field when it cannot be.
 */
@Component
class Lookups {

    private final Crm crm;
    private final AccessPolicy policy;
    private final ConsoleSecurityContext security;

    Lookups(Crm crm, AccessPolicy policy, ConsoleSecurityContext security) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.security = Objects.requireNonNull(security, "security");
    }

    /**
     * The customers of a list page of records that are not owned (sales, relationships), as far as the signed-in
     * user may see them: crm4j lets a role with {@code SALE_READ} read every sale, but refuses to name a customer
     * outside the user's scope. A user of scope ALL gets them all in one call; any other user the customers of
     * their scope among them (crm4j narrows a customer search to the user's scope), so no refusal is provoked.
     *
     * @param ids customers' ids, at most {@value CustomerService#LOOKUP_LIMIT}
     * @return the customers of {@code ids} the user sees, by id
     */
    Map<CustomerId, Customer> visibleCustomers(Collection<CustomerId> ids) {
        if (policy.scopeOf(security.current()) == Scope.ALL) {
            return crm.customers().getAll(ids);
        }
        Set<CustomerId> wanted = new HashSet<>(ids);
        Map<CustomerId, Customer> found = new HashMap<>();
        Page<Customer> page;
        int number = 0;
        do {
            page = crm.customers().search(CustomerQuery.all(), PageRequest.of(number++, PageRequest.MAX_SIZE,
                    Sort.asc(CustomerSort.ID)));
            page.content().stream().filter(c -> wanted.contains(c.id())).forEach(c -> found.put(c.id(), c));
        } while (page.hasNext() && found.size() < wanted.size());
        return found;
    }

    /**
     * @param field the form's field
     * @param email a customer's e-mail address
     * @return the customer
     * @throws ValidationException on {@code field} if no customer has that address
     */
    Customer customer(String field, String email) {
        String text = email == null ? "" : email.strip();
        if (text.isEmpty()) {
            throw new ValidationException(field, "must not be blank", text);
        }
        return crm.customers().findByEmail(text).orElseThrow(
                () -> new ValidationException(field, "must be the e-mail address of a registered customer", text));
    }

    /**
     * @param field the form's field
     * @param sku   a product's SKU
     * @return the product
     * @throws ValidationException on {@code field} if no product has that SKU
     */
    Product product(String field, String sku) {
        String text = sku == null ? "" : sku.strip();
        return crm.products().findBySku(text).orElseThrow(
                () -> new ValidationException(field, "must be the SKU of a product", text));
    }

    /**
     * @param field the form's field
     * @param text  a whole number
     * @return the number
     * @throws ValidationException on {@code field} if it is not one
     */
    static int integer(String field, String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "must be a whole number", text);
        }
    }

    /**
     * @param field    the form's field of the amount
     * @param amount   a decimal number
     * @param currency an ISO 4217 code
     * @return the money
     * @throws ValidationException on {@code field} (the amount) or {@code currency}
     */
    static Money money(String field, String amount, String currency) {
        try {
            return Money.of(amount == null ? "" : amount.strip(),
                    currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT));
        } catch (ValidationException e) {
            if (e.field().equals("currency")) {
                throw e;
            }
            throw new ValidationException(field, e.rule(), amount);
        }
    }

    /**
     * @param field the form's field
     * @param text  an ISO date such as {@code 2026-12-31}
     * @return the date
     * @throws ValidationException on {@code field} if it is not one
     */
    static java.time.LocalDate date(String field, String text) {
        try {
            return java.time.LocalDate.parse(text == null ? "" : text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(field, "must be a date such as 2026-12-31", text);
        }
    }
}
