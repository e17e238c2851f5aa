package org.crm4j.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.crm4j.core.CrmException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.customer.PhoneNumber;
import org.crm4j.core.customer.PhoneRegion;
import org.crm4j.core.customer.Tag;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a stream of customers in one transaction with JDBC batches of {@value #CHUNK} rows on the connection of
 * the current JPA transaction. Row failures are reported through a factory, so that the public exception type
 * stays in the exported package.
 */
public final class CustomerImporter {

    /** Rows per JDBC batch and per duplicate check. */
    public static final int CHUNK = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(CustomerImporter.class);
    private static final String INSERT_CUSTOMER = "INSERT INTO crm_customer (id, name, email, phone, date_of_birth,"
            + " gender, lifecycle_stage, active, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String INSERT_TAG = "INSERT INTO crm_customer_tag (customer_id, tag) VALUES (?, ?)";

    private final JpaTransactions tx;
    private final Dialect dialect;
    private final Clock clock;
    private final IdGenerator ids;
    private final PhoneRegion defaultRegion;
    private final BiFunction<Long, CrmException, CrmException> rowFailure;

    /**
     * Creates the importer.
     *
     * @param tx            the transactions of the CRM's ports
     * @param dialect       the database
     * @param clock         the CRM's clock
     * @param ids           the CRM's id generator
     * @param defaultRegion the CRM's default phone region, or null
     * @param rowFailure    makes the exception for a refused row (1-based) and its cause
     */
    public CustomerImporter(JpaTransactions tx, Dialect dialect, Clock clock, IdGenerator ids,
            PhoneRegion defaultRegion, BiFunction<Long, CrmException, CrmException> rowFailure) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.defaultRegion = defaultRegion;
        this.rowFailure = Objects.requireNonNull(rowFailure, "rowFailure");
    }

    /**
     * Registers every customer of a stream, or none.
     *
     * @param rows the customers
     * @return how many were registered
     */
    public long importCustomers(Stream<NewCustomer> rows) {
        Objects.requireNonNull(rows, "rows");
        long start = System.nanoTime();
        Iterator<NewCustomer> iterator = rows.iterator();
        long imported = tx.withEntityManager(em -> em.unwrap(Session.class)
                .doReturningWork(connection -> write(connection, iterator)));
        long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        LOG.info("crm4j imported {} customers in {} ms ({} rows/s)", imported, millis, imported * 1000 / millis);
        return imported;
    }

    private long write(Connection connection, Iterator<NewCustomer> rows) throws SQLException {
        Set<String> seen = new HashSet<>();
        long row = 0;
        try (PreparedStatement customers = connection.prepareStatement(INSERT_CUSTOMER);
             PreparedStatement tags = connection.prepareStatement(INSERT_TAG)) {
            while (rows.hasNext()) {
                long first = row + 1;
                List<Customer> chunk = new ArrayList<>(CHUNK);
                Map<String, Long> rowOfEmail = new HashMap<>();
                Instant now = clock.instant();
                LocalDate today = LocalDate.ofInstant(now, clock.getZone());
                while (rows.hasNext() && chunk.size() < CHUNK) {
                    row++;
                    Customer customer = validate(row, rows.next(), now, today);
                    if (!seen.add(customer.email().value())) {
                        throw rowFailure.apply(row, new DuplicateException("email", customer.email()));
                    }
                    rowOfEmail.put(customer.email().value(), row);
                    chunk.add(customer);
                }
                requireNewEmails(connection, rowOfEmail);
                for (Customer customer : chunk) {
                    bind(customers, customer);
                    customers.addBatch();
                    for (Tag tag : customer.tags()) {
                        JdbcValues.setUuid(tags, 1, customer.id().value(), dialect);
                        tags.setString(2, tag.value());
                        tags.addBatch();
                    }
                }
                try {
                    customers.executeBatch();
                    tags.executeBatch();
                } catch (SQLException e) {
                    throw new CrmException("customer import failed in rows " + first + " to " + row
                            + ", nothing was imported: " + e.getMessage(), e);
                }
            }
        }
        return row;
    }

    private Customer validate(long row, NewCustomer command, Instant now, LocalDate today) {
        try {
            if (command == null) {
                throw new ValidationException("command", "must not be null", null);
            }
            LocalDate dateOfBirth = command.dateOfBirth().orElse(null);
            if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
                throw new ValidationException("dateOfBirth", "must not be in the future", dateOfBirth);
            }
            PhoneNumber phone = command.phone().filter(text -> !text.isBlank())
                    .map(text -> PhoneNumber.parse(text, defaultRegion)).orElse(null);
            Set<Tag> tags = new LinkedHashSet<>();
            for (String tag : command.tags()) {
                tags.add(Tag.of(tag));
            }
            return Customer.register(new CustomerId(ids.next()), command.name(), EmailAddress.of(command.email()),
                    phone, dateOfBirth, command.gender(), tags, now);
        } catch (CrmException e) {
            throw rowFailure.apply(row, e);
        }
    }

    private void requireNewEmails(Connection connection, Map<String, Long> rowOfEmail) throws SQLException {
        if (rowOfEmail.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("SELECT email FROM crm_customer WHERE email IN (");
        for (int i = 0; i < rowOfEmail.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        long firstTaken = Long.MAX_VALUE;
        String taken = null;
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (String email : rowOfEmail.keySet()) {
                statement.setString(index++, email);
            }
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    String email = found.getString(1);
                    long row = rowOfEmail.getOrDefault(email, Long.MAX_VALUE);
                    if (row < firstTaken) {
                        firstTaken = row;
                        taken = email;
                    }
                }
            }
        }
        if (taken != null) {
            throw rowFailure.apply(firstTaken, new DuplicateException("email", taken));
        }
    }

    private void bind(PreparedStatement statement, Customer customer) throws SQLException {
        JdbcValues.setUuid(statement, 1, customer.id().value(), dialect);
        statement.setString(2, customer.name());
        statement.setString(3, customer.email().value());
        statement.setString(4, customer.phone().map(PhoneNumber::value).orElse(null));
        statement.setObject(5, customer.dateOfBirth().orElse(null), Types.DATE);
        statement.setString(6, customer.gender().name());
        statement.setString(7, customer.stage().name());
        statement.setBoolean(8, customer.active());
        JdbcValues.setInstant(statement, 9, customer.createdAt(), dialect);
        JdbcValues.setInstant(statement, 10, customer.updatedAt(), dialect);
    }
}
