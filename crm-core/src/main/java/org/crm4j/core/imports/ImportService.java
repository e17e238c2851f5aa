package org.crm4j.core.imports;

import java.time.Clock;
import java.util.Objects;
import java.util.stream.Stream;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.SalesService;

/**
 * Bulk import of customers, products and sales: a whole stream in one transaction, all or nothing. Each row is
 * checked exactly as the single operation checks it ({@code CustomerService.register}, {@code ProductService.create},
 * {@code SalesService.record}); the first refused row stops the import, nothing is written, and the
 * {@link ImportException} names the row (from 1) and the field. Rows are read and written in chunks of
 * {@value ImportRepository#MAX_BATCH} (a few batched port calls per chunk), so a stream may be longer than memory
 * would hold; only the e-mail addresses or SKUs seen so far are kept, to find repeats.
 *
 * <p>Thread-safe. Each call is one transaction of the {@link Transactions} port (or joins the caller's). Obtain one
 * from {@code Crm.imports()}.
 */
public interface ImportService {

    /**
     * Registers every customer of a stream, or none: each as {@code CustomerService.register} would (a prospect,
     * active, at version 0, a new id from the CRM's generator, the CRM's default phone region and clock).
     *
     * @param rows the customers, in order; consumed, not closed; not null
     * @return the number of customers registered
     * @throws ImportException     if a row is null or invalid, or its e-mail address is registered already or
     *                             repeated in the input (any case); nothing was written
     * @throws ValidationException on field {@code rows} if {@code rows} is null
     */
    long importCustomers(Stream<NewCustomer> rows);

    /**
     * Creates every product of a stream, or none: each as {@code ProductService.create} would.
     *
     * @param rows the products, in order; consumed, not closed; not null
     * @return the number of products created
     * @throws ImportException     if a row is null or invalid, or its SKU is taken already or repeated in the input
     *                             (any case); nothing was written
     * @throws ValidationException on field {@code rows} if {@code rows} is null
     */
    long importProducts(Stream<NewProduct> rows);

    /**
     * Records every sale of a stream, or none: each as {@code SalesService.record} would (active buyer and
     * product, existing campaign, sale time not in the future, stock taken at the current price; no product is
     * oversold by the import as a whole).
     *
     * @param rows the sales, in order; consumed, not closed; not null
     * @return the number of sales recorded
     * @throws ImportException     if a row is null or invalid, names an unknown or inactive customer, product or
     *                             campaign, or takes more than the stock left; nothing was written
     * @throws ValidationException on field {@code rows} if {@code rows} is null
     * @throws org.crm4j.core.TransientException if the database failed before the commit (connection lost,
     *                             deadlock, lock or pool timeout): not about a row, so not an {@code ImportException};
     *                             nothing was written
     */
    long importSales(Stream<NewSale> rows);

    /**
     * Creates the service.
     *
     * @param imports            where imported customers and products are stored, not null
     * @param sales              the sales service that records imported sales, over the same transactions, not null
     * @param transactions       the transaction port, not null
     * @param clock              where "now" comes from, not null
     * @param ids                where new ids come from, not null
     * @param defaultPhoneRegion the region of national phone numbers, or null for international numbers only
     * @return the service; thread-safe if its collaborators are
     */
    static ImportService create(ImportRepository imports, SalesService sales, Transactions transactions, Clock clock,
            IdGenerator ids, PhoneRegion defaultPhoneRegion) {
        return new DefaultImportService(Objects.requireNonNull(imports, "imports"),
                Objects.requireNonNull(sales, "sales"), Objects.requireNonNull(transactions, "transactions"),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(ids, "ids"), defaultPhoneRegion);
    }
}
