package org.crm4j.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One batch of the key rotation of a table of free texts ({@link org.crm4j.jpa.PersonalField#NOTES}): the rows
 * whose {@code sealed_fields}/{@code data_key_id} are not the current form are read, their texts opened and sealed
 * again (or stored in clear), and written with a conditional {@code UPDATE ... WHERE id = ? AND version = ?} that
 * leaves the version alone, as {@link CustomerKeyRotation} does for customers. A ticket's comments are rewritten
 * in the same transaction once the ticket's own UPDATE has matched (the ticket row is then locked, and the
 * comments read are those of the version read: comments are only ever written with their ticket).
 */
final class FreeTextKeyRotation {

    /**
     * A table of free texts.
     *
     * @param name     the table
     * @param columns  its free-text columns
     * @param comments whether the rows own {@code crm_ticket_comment} rows
     */
    record Table(String name, List<String> columns, boolean comments) {
    }

    /** The tables rotated, in this order (the leads' reason is rotated with the lead's contact). */
    static final List<Table> TABLES = List.of(
            new Table(FieldCrypto.ACTIVITIES, List.of("body"), false),
            new Table(FieldCrypto.TICKETS, List.of("description", "resolution_text"), true),
            new Table(FieldCrypto.SURVEY_INVITATIONS, List.of("comment_text"), false),
            new Table(FieldCrypto.OPPORTUNITIES, List.of("lost_reason"), false));

    private static final String COMMENTS = "SELECT seq, body FROM crm_ticket_comment WHERE ticket_id = ?";
    private static final String REWRITE_COMMENT = "UPDATE crm_ticket_comment SET body = ? WHERE ticket_id = ?"
            + " AND seq = ?";

    private final Dialect dialect;
    private final FieldCrypto crypto;

    FreeTextKeyRotation(Dialect dialect, FieldCrypto crypto) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.crypto = Objects.requireNonNull(crypto, "crypto");
    }

    /**
     * Rotates one batch of {@code table}.
     *
     * @param connection the transaction's connection
     * @param batchSize  rows at most
     * @param table      the table
     * @return rows examined, rows rewritten
     * @throws SQLException if the database fails
     */
    long[] rotate(Connection connection, int batchSize, Table table) throws SQLException {
        int mask = crypto.notesMask();
        String keyId = crypto.notesKeyId();
        String columns = String.join(", ", table.columns());
        String stale = "SELECT id, version, sealed_fields, " + columns + " FROM " + table.name()
                + " WHERE sealed_fields <> ? OR (sealed_fields <> 0 AND (data_key_id IS NULL OR data_key_id <> ?))"
                + " ORDER BY id LIMIT " + batchSize;
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(stale)) {
            select.setInt(1, mask);
            select.setString(2, crypto.currentKeyId());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    UUID id = JdbcValues.getUuid(row, "id", dialect);
                    int sealed = row.getInt("sealed_fields");
                    Object[] values = new Object[3 + table.columns().size()];
                    values[0] = id;
                    values[1] = row.getLong("version");
                    values[2] = sealed;
                    for (int i = 0; i < table.columns().size(); i++) {
                        String column = table.columns().get(i);
                        values[3 + i] = crypto.openText(row.getString(column), table.name(), id.toString(), column,
                                sealed);
                    }
                    rows.add(values);
                }
            }
        }
        StringBuilder rewrite = new StringBuilder("UPDATE ").append(table.name()).append(" SET ");
        for (String column : table.columns()) {
            rewrite.append(column).append(" = ?, ");
        }
        rewrite.append("sealed_fields = ?, data_key_id = ? WHERE id = ? AND version = ?");
        long rewritten = 0;
        try (PreparedStatement update = connection.prepareStatement(rewrite.toString())) {
            for (Object[] row : rows) {
                UUID id = (UUID) row[0];
                int p = 1;
                for (int i = 0; i < table.columns().size(); i++) {
                    update.setString(p++, crypto.sealText((String) row[3 + i], table.name(), id.toString(),
                            table.columns().get(i), keyId));
                }
                update.setInt(p++, mask);
                update.setString(p++, keyId);
                JdbcValues.setUuid(update, p++, id, dialect);
                update.setLong(p, (Long) row[1]);
                int matched = update.executeUpdate();
                if (matched == 1 && table.comments()) {
                    rewriteComments(connection, id, (Integer) row[2], keyId);
                }
                rewritten += matched;
            }
        }
        return new long[] {rows.size(), rewritten};
    }

    /** Re-seals the comments of a ticket whose row this transaction has just rewritten (and so locked). */
    private void rewriteComments(Connection connection, UUID ticket, int sealed, String keyId) throws SQLException {
        List<Object[]> comments = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(COMMENTS)) {
            JdbcValues.setUuid(select, 1, ticket, dialect);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    int seq = row.getInt("seq");
                    comments.add(new Object[] {seq, crypto.openText(row.getString("body"),
                            FieldCrypto.TICKET_COMMENTS, TicketMapper.commentRow(ticket, seq), "body", sealed)});
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(REWRITE_COMMENT)) {
            for (Object[] comment : comments) {
                int seq = (Integer) comment[0];
                update.setString(1, crypto.sealText((String) comment[1], FieldCrypto.TICKET_COMMENTS,
                        TicketMapper.commentRow(ticket, seq), "body", keyId));
                JdbcValues.setUuid(update, 2, ticket, dialect);
                update.setInt(3, seq);
                update.addBatch();
            }
            if (!comments.isEmpty()) {
                update.executeBatch();
            }
        }
    }
}
