package org.crm4j.core.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crm4j.core.CommitOutcomeUnknownException;
import org.crm4j.core.CrmException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.TransientException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.Sku;
import org.crm4j.core.sales.InsufficientStockException;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.SalesService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import service: one transaction per import, rows read in chunks of {@value ImportRepository#MAX_BATCH};
 * customers and products are checked with the domain's factories and stored through the {@link ImportRepository},
 * sales are recorded a chunk at a time by {@link SalesService#recordAll}, whose entry errors are renumbered to rows.
 */
final class DefaultImportService implements ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    private static final int CHUNK = ImportRepository.MAX_BATCH;
    /** The field of a {@code recordAll} entry error: {@code sales[i]} or {@code sales[i].field}. */
    private static final Pattern SALE_ENTRY = Pattern.compile("sales\\[(\\d+)](?:\\.(.+))?");

    private final ImportRepository imports;
    private final SalesService sales;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final PhoneRegion defaultPhoneRegion;

    DefaultImportService(ImportRepository imports, SalesService sales, Transactions transactions, Clock clock,
            IdGenerator ids, PhoneRegion defaultPhoneRegion) {
        this.imports = imports;
        this.sales = sales;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.defaultPhoneRegion = defaultPhoneRegion;
    }

    @Override
    public long importCustomers(Stream<NewCustomer> rows) {
        Iterator<NewCustomer> input = Require.nonNull("rows", rows).iterator();
        long start = System.nanoTime();
        long imported = transactions.inTransaction(() -> {
            Set<EmailAddress> seen = new HashSet<>();
            long row = 0;
            while (input.hasNext()) {
                Instant now = clock.instant();
                LocalDate today = LocalDate.ofInstant(now, clock.getZone());
                List<Customer> chunk = new ArrayList<>(CHUNK);
                Map<EmailAddress, Long> rowOf = new HashMap<>();
                while (input.hasNext() && chunk.size() < CHUNK) {
                    row++;
                    NewCustomer command = input.next();
                    Customer customer = checked(row, () -> Customer.register(new CustomerId(ids.next()),
                            Require.nonNull("row", command), defaultPhoneRegion, now, today));
                    if (!seen.add(customer.email())) {
                        throw new ImportException(row, "email", new DuplicateException("email", customer.email()));
                    }
                    rowOf.put(customer.email(), row);
                    chunk.add(customer);
                }
                Set<EmailAddress> taken = imports.registeredEmails(rowOf.keySet());
                firstTaken(taken, rowOf, "email");
                imports.insertCustomers(chunk);
            }
            return row;
        });
        logRate("customers", imported, start);
        return imported;
    }

    @Override
    public long importProducts(Stream<NewProduct> rows) {
        Iterator<NewProduct> input = Require.nonNull("rows", rows).iterator();
        long start = System.nanoTime();
        long imported = transactions.inTransaction(() -> {
            Set<Sku> seen = new HashSet<>();
            long row = 0;
            while (input.hasNext()) {
                Instant now = clock.instant();
                List<Product> chunk = new ArrayList<>(CHUNK);
                Map<Sku, Long> rowOf = new HashMap<>();
                while (input.hasNext() && chunk.size() < CHUNK) {
                    row++;
                    NewProduct command = input.next();
                    Product product = checked(row, () -> Product.create(new ProductId(ids.next()),
                            Require.nonNull("row", command), now));
                    if (!seen.add(product.sku())) {
                        throw new ImportException(row, "sku", new DuplicateException("sku", product.sku()));
                    }
                    rowOf.put(product.sku(), row);
                    chunk.add(product);
                }
                firstTaken(imports.registeredSkus(rowOf.keySet()), rowOf, "sku");
                imports.insertProducts(chunk);
            }
            return row;
        });
        logRate("products", imported, start);
        return imported;
    }

    @Override
    public long importSales(Stream<NewSale> rows) {
        Iterator<NewSale> input = Require.nonNull("rows", rows).iterator();
        long start = System.nanoTime();
        long imported = transactions.inTransaction(() -> {
            long row = 0;
            while (input.hasNext()) {
                List<NewSale> chunk = new ArrayList<>(CHUNK);
                while (input.hasNext() && chunk.size() < CHUNK) {
                    chunk.add(input.next());
                }
                long first = row + 1;
                try {
                    sales.recordAll(chunk);
                } catch (TransientException | CommitOutcomeUnknownException e) {
                    throw e; // the database failed, not a row: nothing to name
                } catch (CrmException e) {
                    throw renumbered(e, first, chunk);
                }
                row += chunk.size();
            }
            return row;
        });
        logRate("sales", imported, start);
        return imported;
    }

    /** Runs the check of one row; its domain exception becomes an {@link ImportException} naming the row. */
    private static <T> T checked(long row, Supplier<T> check) {
        try {
            return check.get();
        } catch (CrmException e) {
            throw new ImportException(row, fieldOf(e), e);
        }
    }

    /** Refuses the first row (in input order) whose key is taken already. */
    private static <K> void firstTaken(Set<K> taken, Map<K, Long> rowOf, String field) {
        K first = null;
        long firstRow = Long.MAX_VALUE;
        for (K key : taken) {
            long row = rowOf.get(key);
            if (row < firstRow) {
                firstRow = row;
                first = key;
            }
        }
        if (first != null) {
            throw new ImportException(firstRow, field, new DuplicateException(field, first));
        }
    }

    /**
     * Turns an error of {@code recordAll} on a chunk into one naming the import's row: an entry error
     * ({@code sales[i].field}) is row {@code first + i}; too little stock is the chunk's first sale of the product.
     */
    private static ImportException renumbered(CrmException e, long first, List<NewSale> chunk) {
        String field = fieldOf(e);
        if (field != null) {
            Matcher entry = SALE_ENTRY.matcher(field);
            if (entry.matches()) {
                return new ImportException(first + Integer.parseInt(entry.group(1)), entry.group(2), e);
            }
        }
        if (e instanceof InsufficientStockException stock) {
            for (int i = 0; i < chunk.size(); i++) {
                if (chunk.get(i) != null && stock.productId().equals(chunk.get(i).productId())) {
                    return new ImportException(first + i, "quantity", e);
                }
            }
        }
        return new ImportException(first, field, e);
    }

    private static String fieldOf(CrmException e) {
        if (e instanceof ValidationException v) {
            return v.field();
        }
        if (e instanceof DuplicateException d) {
            return d.field();
        }
        if (e instanceof NotFoundException n) {
            return n.field();
        }
        return null;
    }

    private static void logRate(String what, long imported, long start) {
        long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        LOG.info("Imported {} {} in {} ms ({} rows/s)", imported, what, millis, imported * 1000 / millis);
    }
}
