package org.crm4j.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntFunction;
import org.crm4j.jpa.KeyRotationReport;
import org.crm4j.jpa.PersonalField;
import org.hibernate.Session;

/**
 * Re-encrypts, in batches of short transactions, the customer rows whose personal columns are not in the form of
 * the current {@link FieldCrypto} (another data key, or another set of sealed fields), then likewise the lead rows
 * (the contact's name, e-mail and phone, and the disqualification reason), then the rows of free texts
 * ({@link FreeTextKeyRotation#TABLES}: activities, tickets with their comments, survey invitations,
 * opportunities). Plain JDBC on the
 * transaction's connection. A row is rewritten only if its {@code version} is still the one read (a conditional
 * UPDATE that leaves {@code version} alone, so that no writer sees a conflict): a row a user changed meanwhile was
 * stored in the current form by that user, and a row deleted meanwhile is gone.
 */
public final class CustomerKeyRotation implements IntFunction<KeyRotationReport> {

    private static final String STALE = "SELECT id, version, name, email, phone, date_of_birth, sealed_fields"
            + " FROM crm_customer WHERE sealed_fields <> ? OR (sealed_fields <> 0 AND (data_key_id IS NULL"
            + " OR data_key_id <> ?)) ORDER BY id";
    private static final String REWRITE = "UPDATE crm_customer SET name = ?, email = ?, email_index = ?, phone = ?,"
            + " phone_index = ?, date_of_birth = ?, sealed_fields = ?, data_key_id = ? WHERE id = ? AND version = ?";
    private static final String STALE_LEADS = "SELECT id, version, person_name, email, phone, disqualified_because,"
            + " sealed_fields"
            + " FROM crm_lead WHERE sealed_fields <> ? OR (sealed_fields <> 0 AND (data_key_id IS NULL"
            + " OR data_key_id <> ?)) ORDER BY id";
    private static final String REWRITE_LEAD = "UPDATE crm_lead SET person_name = ?, email = ?, phone = ?,"
            + " disqualified_because = ?, sealed_fields = ?, data_key_id = ? WHERE id = ? AND version = ?";

    private final JpaTransactions tx;
    private final Dialect dialect;
    private final FieldCrypto crypto;
    private final FreeTextKeyRotation freeTexts;

    /**
     * @param factory the CRM's entity manager factory
     * @param dialect its dialect
     * @param crypto  the current form, with encryption switched on
     */
    public CustomerKeyRotation(EntityManagerFactory factory, Dialect dialect, FieldCrypto crypto) {
        this.tx = new JpaTransactions(Objects.requireNonNull(factory, "factory"));
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.crypto = Objects.requireNonNull(crypto, "crypto");
        if (!crypto.enabled()) {
            throw new IllegalArgumentException("crypto must have encryption switched on");
        }
        this.freeTexts = new FreeTextKeyRotation(dialect, crypto);
    }

    /**
     * @param batchSize rows per transaction, at least 1
     * @return what was done, summed over the tables (a ticket's comments count with their ticket's row)
     */
    @Override
    public KeyRotationReport apply(int batchSize) {
        long[] total = run(batchSize, this::rotate);
        add(total, run(batchSize, this::rotateLeads));
        for (FreeTextKeyRotation.Table table : FreeTextKeyRotation.TABLES) {
            add(total, run(batchSize, (connection, size) -> freeTexts.rotate(connection, size, table)));
        }
        return new KeyRotationReport(total[0], total[1], (int) total[2]);
    }

    private static void add(long[] total, long[] table) {
        for (int i = 0; i < total.length; i++) {
            total[i] += table[i];
        }
    }

    /** One table's batches: examined, rewritten, batches. */
    private long[] run(int batchSize, Batch batch) {
        long examined = 0;
        long rewritten = 0;
        int batches = 0;
        while (true) {
            long[] done = tx.withEntityManager(em -> em.unwrap(Session.class)
                    .doReturningWork(connection -> batch.rotate(connection, batchSize)));
            batches++;
            examined += done[0];
            rewritten += done[1];
            // nothing left, or only rows that changed under us (their writers stored the current form): stop
            if (done[0] < batchSize || done[1] == 0) {
                return new long[] {examined, rewritten, batches};
            }
        }
    }

    /** One batch of one table. */
    @FunctionalInterface
    private interface Batch {
        long[] rotate(Connection connection, int batchSize) throws SQLException;
    }

    private long[] rotateLeads(Connection connection, int batchSize) throws SQLException {
        int mask = LeadMapper.mask(crypto);
        String keyId = mask == 0 ? null : crypto.currentKeyId();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(STALE_LEADS + " LIMIT " + batchSize)) {
            select.setInt(1, mask);
            select.setString(2, crypto.currentKeyId());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    UUID id = JdbcValues.getUuid(row, "id", dialect);
                    int sealed = row.getInt("sealed_fields");
                    rows.add(new Object[] {id, row.getLong("version"),
                        crypto.open(PersonalField.NAME, row.getString("person_name"), FieldCrypto.LEADS, id, sealed),
                        crypto.open(PersonalField.EMAIL, row.getString("email"), FieldCrypto.LEADS, id, sealed),
                        crypto.open(PersonalField.PHONE, row.getString("phone"), FieldCrypto.LEADS, id, sealed),
                        crypto.openText(row.getString("disqualified_because"), FieldCrypto.LEADS, id.toString(),
                                "disqualified_because", sealed)});
                }
            }
        }
        long rewritten = 0;
        try (PreparedStatement update = connection.prepareStatement(REWRITE_LEAD)) {
            for (Object[] row : rows) {
                UUID id = (UUID) row[0];
                update.setString(1, crypto.seal(PersonalField.NAME, (String) row[2], FieldCrypto.LEADS, id, keyId));
                update.setString(2, crypto.seal(PersonalField.EMAIL, (String) row[3], FieldCrypto.LEADS, id, keyId));
                update.setString(3, crypto.seal(PersonalField.PHONE, (String) row[4], FieldCrypto.LEADS, id, keyId));
                update.setString(4, crypto.sealText((String) row[5], FieldCrypto.LEADS, id.toString(),
                        "disqualified_because", keyId));
                update.setInt(5, mask);
                update.setString(6, keyId);
                JdbcValues.setUuid(update, 7, id, dialect);
                update.setLong(8, (Long) row[1]);
                rewritten += update.executeUpdate();
            }
        }
        return new long[] {rows.size(), rewritten};
    }

    private long[] rotate(Connection connection, int batchSize) throws SQLException {
        String keyId = crypto.currentKeyId();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(STALE + " LIMIT " + batchSize)) {
            select.setInt(1, crypto.mask());
            select.setString(2, keyId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    UUID id = JdbcValues.getUuid(row, "id", dialect);
                    int sealed = row.getInt("sealed_fields");
                    rows.add(new Object[] {id, row.getLong("version"),
                        crypto.open(PersonalField.NAME, row.getString("name"), id, sealed),
                        crypto.open(PersonalField.EMAIL, row.getString("email"), id, sealed),
                        crypto.open(PersonalField.PHONE, row.getString("phone"), id, sealed),
                        crypto.open(PersonalField.DATE_OF_BIRTH, row.getString("date_of_birth"), id, sealed)});
                }
            }
        }
        long rewritten = 0;
        try (PreparedStatement update = connection.prepareStatement(REWRITE)) {
            for (Object[] row : rows) {
                UUID id = (UUID) row[0];
                CustomerMapper.PersonalColumns sealed = CustomerMapper.PersonalColumns.of(id, (String) row[2],
                        (String) row[3], (String) row[4], (String) row[5], crypto);
                update.setString(1, sealed.name());
                update.setString(2, sealed.email());
                update.setString(3, sealed.emailIndex());
                update.setString(4, sealed.phone());
                update.setString(5, sealed.phoneIndex());
                update.setString(6, sealed.dateOfBirth());
                update.setInt(7, sealed.sealedFields());
                update.setString(8, sealed.dataKeyId());
                JdbcValues.setUuid(update, 9, id, dialect);
                update.setLong(10, (Long) row[1]);
                rewritten += update.executeUpdate();
            }
        }
        return new long[] {rows.size(), rewritten};
    }
}
