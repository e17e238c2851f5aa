package org.crm4j.jpa;

import java.util.stream.Stream;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.jpa.internal.CustomerImporter;

/**
 * Bulk registration of customers with JDBC batching, for loading a customer list into a JPA-backed CRM. crm-core's
 * {@code CustomerService} registers one customer per transaction; this adapter-specific service registers a whole
 * stream in one.
 *
 * <p>Each row is validated exactly as {@code CustomerService.register} validates it (name, e-mail, phone with the
 * CRM's default region, date of birth not in the future, tags) and gets a fresh id from the CRM's id generator
 * (UUIDs: no identity column, so the inserts batch). The import is all-or-nothing: one invalid row, or an e-mail
 * address that is taken or repeated, and nothing is written; the {@link CustomerImportException} names the row.
 * The stream is read in chunks of {@value CustomerImporter#CHUNK} rows, so it may be longer than memory would
 * hold (only the e-mail addresses are kept, to find repeats).
 *
 * <p>Obtain one with {@link JpaCrm#customerImport(org.crm4j.core.Crm)}. Thread-safe; each call is one transaction
 * (or joins the caller's, inside {@code Transactions.inTransaction}).
 */
public final class CustomerImport {

    private final CustomerImporter importer;

    CustomerImport(CustomerImporter importer) {
        this.importer = importer;
    }

    /**
     * Registers every customer of a stream, or none.
     *
     * @param rows the customers to register, in order; consumed, not closed
     * @return the number of customers registered
     * @throws CustomerImportException if a row is invalid or its e-mail address is taken or repeated; nothing was
     *                                 written
     */
    public long importCustomers(Stream<NewCustomer> rows) {
        return importer.importCustomers(rows);
    }
}
