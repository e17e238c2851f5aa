package org.crm4j.jpa.internal;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Binds ids and instants in plain JDBC the way the mapping stores them: UUID columns on H2 and PostgreSQL,
 * big-endian BINARY(16) on MariaDB; {@code TIMESTAMP WITH TIME ZONE} at UTC on H2 and PostgreSQL, UTC
 * {@code DATETIME(6)} on MariaDB.
 */
public final class JdbcValues {

    private JdbcValues() {
    }

    /**
     * Binds a UUID, or SQL NULL.
     *
     * @param statement the statement
     * @param index     the parameter index
     * @param value     the id, or null
     * @param dialect   the dialect
     * @throws SQLException if binding fails
     */
    public static void setUuid(PreparedStatement statement, int index, UUID value, Dialect dialect)
            throws SQLException {
        if (dialect == Dialect.MARIADB) {
            if (value == null) {
                statement.setNull(index, Types.BINARY);
            } else {
                statement.setBytes(index, ByteBuffer.allocate(16).putLong(value.getMostSignificantBits())
                        .putLong(value.getLeastSignificantBits()).array());
            }
        } else if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    /**
     * Binds an instant, truncated to microseconds, or SQL NULL.
     *
     * @param statement the statement
     * @param index     the parameter index
     * @param value     the instant, or null
     * @param dialect   the dialect
     * @throws SQLException if binding fails
     */
    public static void setInstant(PreparedStatement statement, int index, Instant value, Dialect dialect)
            throws SQLException {
        Instant micros = Sql.micros(value);
        if (dialect == Dialect.MARIADB) {
            if (micros == null) {
                statement.setNull(index, Types.TIMESTAMP);
            } else {
                statement.setObject(index, LocalDateTime.ofInstant(micros, ZoneOffset.UTC));
            }
        } else if (micros == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(micros, ZoneOffset.UTC));
        }
    }

    /**
     * Reads a UUID column, or null.
     *
     * @param row     the result set, on a row
     * @param column  the column label
     * @param dialect the dialect
     * @return the id, or null for SQL NULL
     * @throws SQLException if reading fails
     */
    public static UUID getUuid(ResultSet row, String column, Dialect dialect) throws SQLException {
        if (dialect == Dialect.MARIADB) {
            byte[] bytes = row.getBytes(column);
            if (bytes == null) {
                return null;
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return row.getObject(column, UUID.class);
    }

    /**
     * Reads a UUID column by position, or null.
     *
     * @param row     the result set, on a row
     * @param column  the column's position, from 1
     * @param dialect the dialect
     * @return the id, or null for SQL NULL
     * @throws SQLException if reading fails
     */
    public static UUID getUuid(ResultSet row, int column, Dialect dialect) throws SQLException {
        if (dialect == Dialect.MARIADB) {
            byte[] bytes = row.getBytes(column);
            if (bytes == null) {
                return null;
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return row.getObject(column, UUID.class);
    }

    /**
     * Reads an instant column, or null.
     *
     * @param row     the result set, on a row
     * @param column  the column label
     * @param dialect the dialect
     * @return the instant, or null for SQL NULL
     * @throws SQLException if reading fails
     */
    public static Instant getInstant(ResultSet row, String column, Dialect dialect) throws SQLException {
        if (dialect == Dialect.MARIADB) {
            LocalDateTime value = row.getObject(column, LocalDateTime.class);
            return value == null ? null : value.toInstant(ZoneOffset.UTC);
        }
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
