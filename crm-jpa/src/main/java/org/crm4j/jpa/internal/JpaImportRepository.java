package org.crm4j.jpa.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.crm4j.core.customer.Consent;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.StageChange;
import org.crm4j.core.customer.Tag;
import org.crm4j.core.imports.ImportRepository;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.Sku;
import org.crm4j.jpa.PersonalField;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * {@link ImportRepository} on JPA: plain JDBC on the connection of the JPA transaction, no entity and no flush.
 * Customers are one JDBC batch of INSERTs per table (customers, then their stage changes, consents and tags),
 * products one batch; ids are UUIDs from the CRM's generator (no identity column), so the inserts batch. The taken
 * e-mail addresses or SKUs of a chunk are one {@code IN} query.
 */
final class JpaImportRepository implements ImportRepository {

    private static final String INSERT_CUSTOMER = "INSERT INTO crm_customer (id, name, email, phone, date_of_birth,"
            + " gender, lifecycle_stage, active, created_at, updated_at, version, email_index, phone_index,"
            + " sealed_fields, data_key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_STAGE_CHANGE = "INSERT INTO crm_customer_stage_change (customer_id, seq,"
            + " from_stage, to_stage, changed_at) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_CONSENT = "INSERT INTO crm_customer_consent (customer_id, channel, granted,"
            + " changed_at) VALUES (?, ?, ?, ?)";
    private static final String INSERT_TAG = "INSERT INTO crm_customer_tag (customer_id, tag) VALUES (?, ?)";
    private static final String INSERT_PRODUCT = "INSERT INTO crm_product (id, sku, name, price_amount,"
            + " price_currency, stock, active, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JpaTransactions tx;
    private final Dialect dialect;
    private final FieldCrypto crypto;

    JpaImportRepository(JpaTransactions tx, Dialect dialect, FieldCrypto crypto) {
        this.tx = tx;
        this.dialect = dialect;
        this.crypto = crypto;
    }

    @Override
    public Set<EmailAddress> registeredEmails(Collection<EmailAddress> emails) {
        Objects.requireNonNull(emails, "emails");
        // through the e-mail index: every lookup key of each address (blind index, and clear for rows not yet
        // encrypted), mapped back to the address
        Map<String, EmailAddress> byKey = new HashMap<>();
        for (EmailAddress email : emails) {
            for (String key : crypto.lookupKeys(PersonalField.EMAIL, email.value())) {
                byKey.put(key, email);
            }
        }
        return taken("SELECT email_index FROM crm_customer WHERE email_index IN (", List.copyOf(byKey.keySet()),
                key -> key, byKey::get);
    }

    @Override
    public Set<Sku> registeredSkus(Collection<Sku> skus) {
        Objects.requireNonNull(skus, "skus");
        return taken("SELECT sku FROM crm_product WHERE sku IN (", List.copyOf(skus), Sku::value, Sku::of);
    }

    @Override
    public void insertCustomers(List<Customer> customers) {
        Objects.requireNonNull(customers, "customers");
        if (customers.isEmpty()) {
            return;
        }
        jdbc("customerId", customers.size() == 1 ? customers.get(0).id().value() : null, connection -> {
            try (PreparedStatement rows = connection.prepareStatement(INSERT_CUSTOMER);
                 PreparedStatement stages = connection.prepareStatement(INSERT_STAGE_CHANGE);
                 PreparedStatement consents = connection.prepareStatement(INSERT_CONSENT);
                 PreparedStatement tags = connection.prepareStatement(INSERT_TAG)) {
                boolean anyStage = false;
                boolean anyConsent = false;
                boolean anyTag = false;
                for (Customer customer : customers) {
                    bind(rows, customer);
                    rows.addBatch();
                    int seq = 0;
                    for (StageChange change : customer.stageHistory()) {
                        JdbcValues.setUuid(stages, 1, customer.id().value(), dialect);
                        stages.setInt(2, seq++);
                        stages.setString(3, change.from().name());
                        stages.setString(4, change.to().name());
                        JdbcValues.setInstant(stages, 5, change.at(), dialect);
                        stages.addBatch();
                        anyStage = true;
                    }
                    for (Consent consent : customer.consents().values()) {
                        JdbcValues.setUuid(consents, 1, customer.id().value(), dialect);
                        consents.setString(2, consent.channel().name());
                        consents.setBoolean(3, consent.granted());
                        JdbcValues.setInstant(consents, 4, consent.at(), dialect);
                        consents.addBatch();
                        anyConsent = true;
                    }
                    for (Tag tag : customer.tags()) {
                        JdbcValues.setUuid(tags, 1, customer.id().value(), dialect);
                        tags.setString(2, tag.value());
                        tags.addBatch();
                        anyTag = true;
                    }
                }
                rows.executeBatch();
                if (anyStage) {
                    stages.executeBatch();
                }
                if (anyConsent) {
                    consents.executeBatch();
                }
                if (anyTag) {
                    tags.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public void insertProducts(List<Product> products) {
        Objects.requireNonNull(products, "products");
        if (products.isEmpty()) {
            return;
        }
        jdbc("productId", products.size() == 1 ? products.get(0).id().value() : null, connection -> {
            try (PreparedStatement rows = connection.prepareStatement(INSERT_PRODUCT)) {
                for (Product product : products) {
                    JdbcValues.setUuid(rows, 1, product.id().value(), dialect);
                    rows.setString(2, product.sku().value());
                    rows.setString(3, product.name());
                    rows.setBigDecimal(4, product.price().amount());
                    rows.setString(5, product.price().currency().getCurrencyCode());
                    rows.setInt(6, product.stock());
                    rows.setBoolean(7, product.active());
                    JdbcValues.setInstant(rows, 8, product.createdAt(), dialect);
                    JdbcValues.setInstant(rows, 9, product.updatedAt(), dialect);
                    rows.setLong(10, product.version());
                    rows.addBatch();
                }
                rows.executeBatch();
            }
            return null;
        });
    }

    private void bind(PreparedStatement statement, Customer customer) throws SQLException {
        CustomerMapper.PersonalColumns personal = CustomerMapper.PersonalColumns.of(customer, crypto);
        JdbcValues.setUuid(statement, 1, customer.id().value(), dialect);
        statement.setString(2, personal.name());
        statement.setString(3, personal.email());
        statement.setString(4, personal.phone());
        statement.setString(5, personal.dateOfBirth());
        statement.setString(12, personal.emailIndex());
        statement.setString(13, personal.phoneIndex());
        statement.setInt(14, personal.sealedFields());
        statement.setString(15, personal.dataKeyId());
        statement.setString(6, customer.gender().name());
        statement.setString(7, customer.stage().name());
        statement.setBoolean(8, customer.active());
        JdbcValues.setInstant(statement, 9, customer.createdAt(), dialect);
        JdbcValues.setInstant(statement, 10, customer.updatedAt(), dialect);
        statement.setLong(11, customer.version());
    }

    /** The values among {@code keys} that a unique text column holds already; one query. */
    private <K, V> Set<V> taken(String selectIn, List<K> keys, Function<K, String> text,
            Function<String, V> parse) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        String sql = selectIn + "?, ".repeat(keys.size() - 1) + "?)";
        return jdbc(null, null, connection -> {
            Set<V> found = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < keys.size(); i++) {
                    select.setString(i + 1, text.apply(keys.get(i)));
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        found.add(parse.apply(row.getString(1)));
                    }
                }
            }
            return found;
        });
    }

    /** Runs JDBC work on the transaction's connection, translating failures (a taken key is a duplicate). */
    private <T> T jdbc(String idField, Object id, ReturningWork<T> work) {
        return tx.withEntityManager(em -> {
            try {
                return em.unwrap(Session.class).doReturningWork(work);
            } catch (RuntimeException e) {
                throw PersistenceErrors.translate(e, idField, id);
            }
        });
    }
}
