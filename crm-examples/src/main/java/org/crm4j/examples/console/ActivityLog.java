package org.crm4j.examples.console;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The host application's own table, {@code console_activity}: who did what in the console, written with the
 * host's {@link JdbcTemplate} in the same transaction as the crm4j call it describes (see {@link Operations}).
 * The console creates the table itself on start ({@code CREATE TABLE IF NOT EXISTS}, the same SQL on H2,
 * PostgreSQL and MariaDB); it is not one of crm4j's migrations.
 */
@Repository
public class ActivityLog {

    /** The longest description the host's column holds; a longer one is refused by the database. */
    public static final int MAX_WHAT_LENGTH = 300;

    /** One row of the host's table. */
    public record Entry(Instant at, String username, String what) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ActivityLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.clock = Objects.requireNonNull(clock, "clock");
        jdbc.execute("CREATE TABLE IF NOT EXISTS console_activity ("
                + "at_millis BIGINT NOT NULL, username VARCHAR(100) NOT NULL, what VARCHAR(" + MAX_WHAT_LENGTH
                + ") NOT NULL)");
    }

    /**
     * Records one action in the current (host) transaction.
     *
     * @param username who did it
     * @param what     what was done, at most {@value #MAX_WHAT_LENGTH} characters (the column refuses more)
     */
    public void record(String username, String what) {
        jdbc.update("INSERT INTO console_activity (at_millis, username, what) VALUES (?, ?, ?)",
                clock.millis(), username, what);
    }

    /**
     * @param limit how many, at most
     * @return the latest entries, newest first
     */
    public List<Entry> latest(int limit) {
        return jdbc.query("SELECT at_millis, username, what FROM console_activity ORDER BY at_millis DESC",
                (rs, row) -> new Entry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3)))
                .stream().limit(limit).toList();
    }

    /**
     * @param text part of a description
     * @return how many entries contain it
     */
    public long count(String text) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM console_activity WHERE what LIKE ?", Long.class,
                "%" + text + "%");
        return n == null ? 0 : n;
    }
}
