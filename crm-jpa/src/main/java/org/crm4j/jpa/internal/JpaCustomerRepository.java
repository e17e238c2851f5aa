package org.crm4j.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.customer.CustomerSort;
import org.crm4j.core.security.RecordType;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.LifecycleStage;
import org.crm4j.jpa.PersonalDataEncryption;
import org.crm4j.jpa.PersonalField;
import org.hibernate.Session;

/** {@link CustomerRepository} on JPA; searches are native SQL so that text orders the same on every database. */
final class JpaCustomerRepository implements CustomerRepository {

    private static final String ID_FIELD = "customerId";
    private static final String FIND_WITH_CHILDREN = "SELECT c FROM Customer c LEFT JOIN FETCH"
            + " c.stageChanges LEFT JOIN FETCH c.consents LEFT JOIN FETCH c.tags WHERE ";

    private final JpaTransactions tx;
    private final Dialect dialect;
    private final FieldCrypto crypto;

    JpaCustomerRepository(JpaTransactions tx, Dialect dialect, FieldCrypto crypto) {
        this.tx = tx;
        this.dialect = dialect;
        this.crypto = crypto;
    }

    @Override
    public Customer save(Customer customer) {
        Objects.requireNonNull(customer, "customer");
        return tx.withEntityManager(em -> {
            CustomerEntity row = new CustomerEntity();
            CustomerMapper.copy(customer, row, crypto);
            Customer stored = CustomerMapper.toDomain(row, crypto);
            Repositories.insert(em, row, ID_FIELD, row.id);
            return stored;
        });
    }

    /** One query with the three child collections joined, whatever the number of ids. */
    @Override
    public Map<CustomerId, Customer> findAll(Collection<CustomerId> ids) {
        Objects.requireNonNull(ids, "ids");
        List<UUID> list = ids.stream().map(CustomerId::value).distinct().toList();
        if (list.isEmpty()) {
            return Map.of();
        }
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.createQuery(FIND_WITH_CHILDREN + "c.id IN :ids", CustomerEntity.class)
                        .setParameter("ids", list)
                        .getResultList(),
                rows -> {
                    Map<CustomerId, Customer> found = new HashMap<>();
                    for (CustomerEntity row : rows) {
                        Customer customer = CustomerMapper.toDomain(row, crypto);
                        found.put(customer.id(), customer);
                    }
                    return found;
                }));
    }

    /**
     * Plain SQL on the transaction's connection: one SELECT reads which of {@code ids} are prospects (no lock), then
     * each is moved by a conditional {@code UPDATE ... WHERE lifecycle_stage = 'PROSPECT'}, in ascending id order,
     * and its transition appended to the stage history. A customer that a concurrent sale moved first fails the
     * condition once that sale has committed (the UPDATE waits for its row lock and re-reads the row), so it is
     * moved once. Customers that are not prospects cost the one SELECT and take no lock.
     */
    @Override
    public Set<CustomerId> activateProspects(Collection<CustomerId> ids, Instant at) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(at, "at");
        List<CustomerId> list = List.copyOf(new LinkedHashSet<>(ids));
        if (list.isEmpty()) {
            return Set.of();
        }
        String prospects = "SELECT id FROM crm_customer WHERE lifecycle_stage = ? AND id IN ("
                + "?, ".repeat(list.size() - 1) + "?)";
        return tx.withEntityManager(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            List<UUID> candidates = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(prospects)) {
                select.setString(1, LifecycleStage.PROSPECT.name());
                for (int i = 0; i < list.size(); i++) {
                    JdbcValues.setUuid(select, i + 2, list.get(i).value(), dialect);
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        candidates.add(JdbcValues.getUuid(row, "id", dialect));
                    }
                }
            }
            Set<CustomerId> moved = new HashSet<>();
            candidates.sort(null);
            for (UUID id : candidates) {
                if (activate(connection, id, at)) {
                    moved.add(new CustomerId(id));
                }
            }
            return moved;
        }));
    }

    private boolean activate(Connection connection, UUID id, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE crm_customer SET lifecycle_stage = ?,"
                + " version = version + 1, updated_at = ? WHERE id = ? AND lifecycle_stage = ?")) {
            update.setString(1, LifecycleStage.ACTIVE.name());
            JdbcValues.setInstant(update, 2, at, dialect);
            JdbcValues.setUuid(update, 3, id, dialect);
            update.setString(4, LifecycleStage.PROSPECT.name());
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        int seq;
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT COALESCE(MAX(seq) + 1, 0) FROM crm_customer_stage_change WHERE customer_id = ?")) {
            JdbcValues.setUuid(next, 1, id, dialect);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                seq = row.getInt(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO crm_customer_stage_change"
                + " (customer_id, seq, from_stage, to_stage, changed_at) VALUES (?, ?, ?, ?, ?)")) {
            JdbcValues.setUuid(insert, 1, id, dialect);
            insert.setInt(2, seq);
            insert.setString(3, LifecycleStage.PROSPECT.name());
            insert.setString(4, LifecycleStage.ACTIVE.name());
            JdbcValues.setInstant(insert, 5, at, dialect);
            insert.executeUpdate();
        }
        return true;
    }

    /** One plain SQL query on the transaction's connection: the sales path reads only the flags. */
    @Override
    public Map<CustomerId, Boolean> activeFlags(Collection<CustomerId> ids) {
        Objects.requireNonNull(ids, "ids");
        List<CustomerId> list = List.copyOf(ids);
        if (list.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT id, active FROM crm_customer WHERE id IN (" + "?, ".repeat(list.size() - 1) + "?)";
        return tx.withEntityManager(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            Map<CustomerId, Boolean> flags = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < list.size(); i++) {
                    JdbcValues.setUuid(select, i + 1, list.get(i).value(), dialect);
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        flags.put(new CustomerId(JdbcValues.getUuid(row, "id", dialect)), row.getBoolean("active"));
                    }
                }
            }
            return flags;
        }));
    }

    @Override
    public Set<CustomerId> withdrawnConsents(Collection<CustomerId> ids, Channel channel) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(channel, "channel");
        List<CustomerId> list = List.copyOf(ids);
        if (list.isEmpty()) {
            return Set.of();
        }
        String sql = "SELECT customer_id FROM crm_customer_consent WHERE channel = ? AND granted = FALSE"
                + " AND customer_id IN (" + "?, ".repeat(list.size() - 1) + "?)";
        return tx.withEntityManager(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            Set<CustomerId> withdrawn = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, channel.name());
                for (int i = 0; i < list.size(); i++) {
                    JdbcValues.setUuid(select, i + 2, list.get(i).value(), dialect);
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        withdrawn.add(new CustomerId(JdbcValues.getUuid(row, "customer_id", dialect)));
                    }
                }
            }
            return withdrawn;
        }));
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        Objects.requireNonNull(id, "id");
        // One query with the three child collections joined, instead of four round trips: a sale reads the customer.
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.createQuery(FIND_WITH_CHILDREN + "c.id = :id", CustomerEntity.class)
                        .setParameter("id", id.value())
                        .getResultList(),
                rows -> rows.stream().findFirst().map(this::toDomain)));
    }

    private Customer toDomain(CustomerEntity row) {
        return CustomerMapper.toDomain(row, crypto);
    }

    /**
     * Through the e-mail index, in two steps: a plain-SQL probe for the id, then (if found) the customer with its
     * children as {@link #find} reads it. With encryption on, the probe is
     * {@code SELECT id ... WHERE email_index = ? UNION ALL SELECT id ... WHERE email_index = ?}: the blind index,
     * and the clear address of rows written before encryption was switched on. Not one {@code IN} of both keys:
     * while PostgreSQL's statistics still describe the table as small (a new or fast-growing table, until autovacuum
     * analyses it) it plans {@code email_index = ANY(...)} as a sequential scan, and a prepared statement's cached
     * plan keeps it while the table grows (seen with auto_explain: register with encryption on slowed with every
     * customer, 2.4 times the time without); each branch of the union is an equality on the unique index, planned
     * as an index lookup whatever the statistics say. Registering a new address (the common case: nothing found)
     * costs one round trip of index lookups with encryption on or off.
     */
    @Override
    public Optional<Customer> findByEmail(EmailAddress email) {
        Objects.requireNonNull(email, "email");
        List<String> keys = crypto.lookupKeys(PersonalField.EMAIL, email.value());
        String probe = String.join(" UNION ALL ",
                Collections.nCopies(keys.size(), "SELECT id FROM crm_customer WHERE email_index = ?"));
        return tx.withEntityManager(em -> {
            Optional<UUID> id = em.unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement select = connection.prepareStatement(probe)) {
                    for (int i = 0; i < keys.size(); i++) {
                        select.setString(i + 1, keys.get(i));
                    }
                    try (ResultSet row = select.executeQuery()) {
                        return row.next() ? Optional.of(JdbcValues.getUuid(row, 1, dialect)) : Optional.<UUID>empty();
                    }
                }
            });
            return id.isEmpty() ? Optional.<Customer>empty() : find(new CustomerId(id.get()));
        });
    }

    @Override
    public Customer update(Customer customer) {
        Objects.requireNonNull(customer, "customer");
        UUID id = customer.id().value();
        return tx.withEntityManager(em -> Repositories.update(em, "Customer", CustomerEntity.class, ID_FIELD, id,
                customer.version(),
                row -> CustomerMapper.copy(customer.withVersion(customer.version() + 1), row, crypto),
                this::toDomain));
    }

    @Override
    public void delete(CustomerId id) {
        Objects.requireNonNull(id, "id");
        tx.withEntityManager(em -> {
            try {
                CustomerEntity row = em.find(CustomerEntity.class, id.value());
                if (row == null) {
                    throw new NotFoundException(ID_FIELD, id);
                }
                em.remove(row);
                em.flush();
                return null;
            } catch (RuntimeException e) {
                if (!PersistenceErrors.isConstraintViolation(e)) {
                    throw e;
                }
                throw new ValidationException(ID_FIELD, REFERENCED, id);
            } finally {
                em.clear();
            }
        });
    }

    @Override
    public boolean hasSales(CustomerId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> !em.createQuery("SELECT s.id FROM Sale s WHERE s.customerId = :id")
                .setParameter("id", id.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty());
    }

    @Override
    public Page<Customer> search(CustomerQuery query, PageRequest<CustomerSort> request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(request, "request");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (!query.includeArchived()) {
            where.append(" AND c.active = ?");
            parameters.add(Boolean.TRUE);
        }
        query.name().ifPresent(name -> {
            refuseIfSealed(PersonalField.NAME, "name", name);
            where.append(" AND LOWER(c.name) LIKE ?").append(Sql.LIKE_ESCAPE);
            parameters.add(Sql.containsPattern(name));
        });
        query.email().ifPresent(email -> {
            refuseIfSealed(PersonalField.EMAIL, "email", email);
            where.append(" AND c.email LIKE ?").append(Sql.LIKE_ESCAPE);
            parameters.add(Sql.containsPattern(email));
        });
        query.stage().ifPresent(stage -> {
            where.append(" AND c.lifecycle_stage = ?");
            parameters.add(stage.name());
        });
        query.tag().ifPresent(tag -> {
            where.append(" AND EXISTS (SELECT 1 FROM crm_customer_tag t WHERE t.customer_id = c.id AND t.tag = ?)");
            parameters.add(tag.value());
        });
        query.createdFrom().ifPresent(from -> {
            where.append(" AND c.created_at >= ?");
            parameters.add(from);
        });
        query.createdTo().ifPresent(to -> {
            where.append(" AND c.created_at < ?");
            parameters.add(to);
        });
        query.phone().ifPresent(phone -> {
            List<String> keys = crypto.lookupKeys(PersonalField.PHONE, phone.value());
            where.append(" AND c.phone_index IN (").append("?, ".repeat(keys.size() - 1)).append("?)");
            parameters.addAll(keys);
        });
        query.gender().ifPresent(gender -> {
            where.append(" AND c.gender = ?");
            parameters.add(gender.name());
        });
        // ISO-8601 text of years 1600 to 9999 orders as the dates do
        query.bornFrom().ifPresent(from -> {
            refuseIfSealed(PersonalField.DATE_OF_BIRTH, "bornFrom", from);
            where.append(" AND c.date_of_birth >= ?");
            parameters.add(from.toString());
        });
        query.bornTo().ifPresent(to -> {
            refuseIfSealed(PersonalField.DATE_OF_BIRTH, "bornTo", to);
            where.append(" AND c.date_of_birth < ?");
            parameters.add(to.toString());
        });
        request.sort().map(Sort::key).ifPresent(key -> {
            if (key == CustomerSort.NAME) {
                refuseIfSealed(PersonalField.NAME, "sort.key", key);
            } else if (key == CustomerSort.EMAIL) {
                refuseIfSealed(PersonalField.EMAIL, "sort.key", key);
            }
        });
        query.visibleTo().ifPresent(
                visibility -> Visibilities.append(where, parameters, RecordType.CUSTOMER, "c.id", visibility));
        String order = Sql.orderBy(request, key -> switch (key) {
            case ID -> "c.id";
            case NAME -> Sql.lowerTextOrder(dialect, "c.name");
            case EMAIL -> Sql.textOrder(dialect, "c.email");
            case CREATED_AT -> "c.created_at";
            case UPDATED_AT -> "c.updated_at";
        }, "c.id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.page(m, "crm_customer c", where.toString(), parameters, order, request,
                        CustomerEntity.class),
                rows -> new Page<>(rows.rows().stream().map(this::toDomain).toList(), request.page(),
                        request.size(), rows.total())));
    }

    private void refuseIfSealed(PersonalField field, String argument, Object value) {
        if (crypto.encrypts(field)) {
            throw new ValidationException(argument, PersonalDataEncryption.NOT_SEARCHABLE, value);
        }
    }
}
