package org.crm4j.examples.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.crm4j.core.CrmException;
import org.crm4j.core.Money;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.Gender;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.PhoneNumber;
import org.crm4j.core.customer.Tag;
import org.crm4j.core.imports.ImportException;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.NewSale;
import org.crm4j.core.sales.Sale;

/**
 * Customers, products and sales as CSV files (RFC 4180, a header line, UTF-8 is the caller's choice of reader and
 * writer), read and written with Apache Commons CSV, for {@code Crm.imports()} and for exports.
 *
 * <pre>{@code
 * try (Reader file = Files.newBufferedReader(Path.of("customers.csv"))) {
 *     long imported = crm.imports().importCustomers(CrmCsv.customers(file));
 * }
 * }</pre>
 *
 * <p>Columns, by header name (order free, extra columns ignored; empty cells are absent values; the first ones
 * listed, up to the quantity or currency, are required in the header, the others may be left out):
 * <ul>
 *   <li>customers: {@code name, email}, then {@code phone, dateOfBirth} (ISO {@code 1990-12-31}), {@code gender} (a
 *       {@link Gender} name), {@code tags} (separated by {@code ;})</li>
 *   <li>products: {@code sku, name, price} (a decimal), {@code currency} (ISO 4217), {@code stock} (0 if
 *       absent)</li>
 *   <li>sales: {@code customerId, productId} (UUIDs), {@code quantity}, {@code soldAt} (ISO instant
 *       {@code 2026-03-01T09:00:00Z}), {@code campaignId} (UUID)</li>
 * </ul>
 * The readers are lazy: a record is parsed when the import takes it, so a file may be larger than memory. A cell
 * that cannot be converted (a date that is not ISO, a quantity that is not a number) or a missing column stops the
 * import like any refused row: an {@link ImportException} naming the row (the n-th data record, line n + 1 with the
 * header) and the column, and nothing is imported. Not thread-safe per stream; the class itself is stateless.
 */
public final class CrmCsv {

    /** The customer columns, in the order {@link #writeCustomers} writes them. */
    public static final String[] CUSTOMER_COLUMNS = {"name", "email", "phone", "dateOfBirth", "gender", "tags"};
    /** The product columns, in the order {@link #writeProducts} writes them. */
    public static final String[] PRODUCT_COLUMNS = {"sku", "name", "price", "currency", "stock"};
    /** The sale columns, in the order {@link #writeSales} writes them. */
    public static final String[] SALE_COLUMNS = {"customerId", "productId", "quantity", "soldAt", "campaignId"};

    private static final String TAG_SEPARATOR = ";";

    private CrmCsv() {
    }

    /**
     * Reads customers lazily.
     *
     * @param in the CSV text with a header line; closed when the stream is closed
     * @return the rows, for {@code ImportService.importCustomers}
     * @throws ValidationException on field {@code header} if the header lacks {@code name} or {@code email}
     * @throws ImportException      when consumed, for a row whose cell cannot be read (row and column named)
     * @throws UncheckedIOException if reading fails
     */
    public static Stream<NewCustomer> customers(Reader in) {
        return read(in, List.of("name", "email"), row -> new NewCustomer(row.text("name"), row.text("email"),
                Optional.ofNullable(row.text("phone")), Optional.ofNullable(row.convert("dateOfBirth",
                        LocalDate::parse)), Optional.ofNullable(row.convert("gender",
                                g -> Gender.valueOf(g.toUpperCase(Locale.ROOT)))).orElse(Gender.UNDISCLOSED),
                Optional.ofNullable(row.convert("tags", CrmCsv::tags)).orElse(Set.of())));
    }

    /**
     * Reads products lazily.
     *
     * @param in the CSV text with a header line; closed when the stream is closed
     * @return the rows, for {@code ImportService.importProducts}
     * @throws ValidationException on field {@code header} if the header lacks {@code sku}, {@code name},
     *                             {@code price} or {@code currency}
     * @throws ImportException      when consumed, for a row whose cell cannot be read (row and column named)
     * @throws UncheckedIOException if reading fails
     */
    public static Stream<NewProduct> products(Reader in) {
        return read(in, List.of("sku", "name", "price", "currency"), row -> {
            BigDecimal amount = row.convert("price", BigDecimal::new);
            Currency currency = row.convert("currency", c -> Currency.getInstance(c.toUpperCase(Locale.ROOT)));
            Integer stock = row.convert("stock", Integer::valueOf);
            return new NewProduct(row.text("sku"), row.text("name"),
                    amount == null || currency == null ? null : Money.of(amount, currency), stock == null ? 0 : stock);
        });
    }

    /**
     * Reads sales lazily.
     *
     * @param in the CSV text with a header line; closed when the stream is closed
     * @return the rows, for {@code ImportService.importSales}
     * @throws ValidationException on field {@code header} if the header lacks {@code customerId},
     *                             {@code productId} or {@code quantity}
     * @throws ImportException      when consumed, for a row whose cell cannot be read (row and column named)
     * @throws UncheckedIOException if reading fails
     */
    public static Stream<NewSale> sales(Reader in) {
        return read(in, List.of("customerId", "productId", "quantity"), row -> {
            Integer quantity = row.convert("quantity", Integer::valueOf);
            return new NewSale(row.convert("customerId", CustomerId::of), row.convert("productId", ProductId::of),
                    quantity == null ? 0 : quantity, Optional.ofNullable(row.convert("soldAt", Instant::parse)),
                    Optional.ofNullable(row.convert("campaignId", CampaignId::of)), Optional.empty());
        });
    }

    /**
     * Writes customers with {@link #CUSTOMER_COLUMNS}, readable by {@link #customers(Reader)}.
     *
     * @param out       where to write; flushed, not closed
     * @param customers the customers
     * @throws UncheckedIOException if writing fails
     */
    public static void writeCustomers(Appendable out, Iterable<Customer> customers) {
        write(out, CUSTOMER_COLUMNS, customers, c -> new Object[] {c.name(), c.email().value(),
            c.phone().map(PhoneNumber::value).orElse(null), c.dateOfBirth().orElse(null), c.gender().name(),
            String.join(TAG_SEPARATOR, new TreeSet<>(c.tags().stream().map(Tag::value).toList()))});
    }

    /**
     * Writes products with {@link #PRODUCT_COLUMNS}, readable by {@link #products(Reader)}.
     *
     * @param out      where to write; flushed, not closed
     * @param products the products
     * @throws UncheckedIOException if writing fails
     */
    public static void writeProducts(Appendable out, Iterable<Product> products) {
        write(out, PRODUCT_COLUMNS, products, p -> new Object[] {p.sku().value(), p.name(),
            p.price().amount().toPlainString(), p.price().currency().getCurrencyCode(), p.stock()});
    }

    /**
     * Writes sales with {@link #SALE_COLUMNS}, readable by {@link #sales(Reader)}; returns are written as sales of
     * their (negative) quantity, which an import refuses.
     *
     * @param out   where to write; flushed, not closed
     * @param sales the sales
     * @throws UncheckedIOException if writing fails
     */
    public static void writeSales(Appendable out, Iterable<Sale> sales) {
        write(out, SALE_COLUMNS, sales, s -> new Object[] {s.customerId(), s.productId(), s.quantity(), s.soldAt(),
            s.campaign().map(CampaignId::toString).orElse(null)});
    }

    private static Set<String> tags(String cell) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : cell.split(TAG_SEPARATOR, -1)) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        return tags;
    }

    private static <T> Stream<T> read(Reader in, List<String> required, Function<Row, T> mapper) {
        CSVParser parser;
        try {
            parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSV header", e);
        }
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(parser.getHeaderNames());
        if (!missing.isEmpty()) {
            closeQuietly(parser);
            throw new ValidationException("header", "must name the columns " + required, missing);
        }
        Iterator<CSVRecord> records = parser.iterator();
        Iterator<T> rows = new Iterator<>() {
            private long row;

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public T next() {
                row++;
                try {
                    return mapper.apply(new Row(row, records.next()));
                } catch (ValidationException e) {
                    throw new ImportException(row, e.field(), e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(() -> closeQuietly(parser));
    }

    private static void closeQuietly(CSVParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the CSV input", e);
        }
    }

    private static <T> void write(Appendable out, String[] columns, Iterable<T> values, Function<T, Object[]> cells) {
        try {
            CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(columns).get().print(out);
            for (T value : values) {
                printer.printRecord(cells.apply(value));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV", e);
        }
    }

    /** One data record and its 1-based row number. */
    private record Row(long number, CSVRecord record) {

        /** @return the cell, or null if it is empty */
        String text(String column) {
            String value = record.isSet(column) ? record.get(column) : null;
            return value == null || value.isEmpty() ? null : value;
        }

        /** @return the converted cell, or null if it is empty; an unreadable cell stops the import */
        <T> T convert(String column, Function<String, T> parse) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (CrmException e) {
                throw new ImportException(number, column, e);
            } catch (RuntimeException e) {
                throw new ImportException(number, column, new ValidationException(column,
                        "must be readable as " + column + " (" + e.getClass().getSimpleName() + ")", value));
            }
        }
    }
}
