package org.crm4j.jpa.internal;

import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.crm4j.core.Money;
import org.crm4j.core.backup.BackupStore;
import org.crm4j.core.backup.BackupTable;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleId;
import org.hibernate.Session;

/**
 * {@link BackupStore} in SQL: counts, keyset pages of ids ({@code WHERE id > ? ORDER BY id LIMIT n}, which the
 * primary-key index answers without sorting or skipping rows, so the millionth sale costs what the first did) and
 * sales read in plain JDBC with their columns, so that no entity accumulates in the persistence context. The
 * snapshot is {@link JpaTransactions#inSnapshot}. UUID columns sort in unsigned byte order on all three databases
 * (H2 and PostgreSQL {@code UUID}, MariaDB {@code BINARY(16)}).
 */
final class JpaBackupStore implements BackupStore {

    private final JpaTransactions tx;
    private final Dialect dialect;

    JpaBackupStore(JpaTransactions tx, Dialect dialect) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    @Override
    public <T> T inSnapshot(Supplier<T> work) {
        return tx.inSnapshot(work);
    }

    @Override
    public long count(BackupTable table) {
        Objects.requireNonNull(table, "table");
        return tx.withEntityManager(em -> Repositories.count(em.createNativeQuery("SELECT COUNT(*) FROM "
                + tableName(table))));
    }

    @Override
    public List<UUID> ids(BackupTable table, Optional<UUID> after, int limit) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(after, "after");
        if (!table.keyedById()) {
            throw new IllegalArgumentException("table must be keyed by id, was " + table);
        }
        checkLimit(limit);
        String sql = "SELECT id FROM " + tableName(table) + (after.isPresent() ? " WHERE id > ?" : "")
                + " ORDER BY id LIMIT " + limit;
        return tx.withEntityManager(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (after.isPresent()) {
                    JdbcValues.setUuid(statement, 1, after.get(), dialect);
                }
                List<UUID> ids = new ArrayList<>(limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(JdbcValues.getUuid(rows, 1, dialect));
                    }
                }
                return ids;
            }
        }));
    }

    @Override
    public List<Sale> sales(Optional<SaleId> after, int limit) {
        Objects.requireNonNull(after, "after");
        checkLimit(limit);
        String sql = "SELECT id, customer_id, product_id, quantity, unit_price_amount, unit_price_currency, sold_at,"
                + " campaign_id, return_of, request_id FROM crm_sale" + (after.isPresent() ? " WHERE id > ?" : "")
                + " ORDER BY id LIMIT " + limit;
        return tx.withEntityManager(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (after.isPresent()) {
                    JdbcValues.setUuid(statement, 1, after.get().value(), dialect);
                }
                List<Sale> sales = new ArrayList<>(limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        UUID campaign = JdbcValues.getUuid(rows, "campaign_id", dialect);
                        UUID returnOf = JdbcValues.getUuid(rows, "return_of", dialect);
                        sales.add(new Sale(new SaleId(JdbcValues.getUuid(rows, "id", dialect)),
                                new CustomerId(JdbcValues.getUuid(rows, "customer_id", dialect)),
                                new ProductId(JdbcValues.getUuid(rows, "product_id", dialect)),
                                rows.getInt("quantity"),
                                Money.of(rows.getBigDecimal("unit_price_amount"),
                                        Currency.getInstance(rows.getString("unit_price_currency").trim())),
                                JdbcValues.getInstant(rows, "sold_at", dialect),
                                Optional.ofNullable(campaign).map(CampaignId::new),
                                Optional.ofNullable(returnOf).map(SaleId::new),
                                Optional.ofNullable(rows.getString("request_id"))));
                    }
                }
                return sales;
            }
        }));
    }

    /**
     * {@code jpa:<database>:<version>}, the version being the newest one crm4j's Flyway history records as applied
     * (for example {@code jpa:postgresql:24}), or {@code jpa:<database>} alone when the schema has no such history
     * (a host that migrates crm4j's schema itself). Looks the history table up in the connection's own schema
     * first, so that no failing statement aborts the export's transaction.
     */
    @Override
    public String schema() {
        Optional<String> version = tx.withEntityManager(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            DatabaseMetaData meta = connection.getMetaData();
            String table = null;
            for (String name : List.of(Migrations.HISTORY_TABLE, Migrations.HISTORY_TABLE.toUpperCase(Locale.ROOT))) {
                try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), name,
                        new String[] {"TABLE"})) {
                    if (table == null && tables.next()) {
                        table = name;
                    }
                }
            }
            if (table == null) {
                return Optional.<String>empty();
            }
            // Flyway quotes its lower-case names on H2, where unquoted names are upper case
            UnaryOperator<String> name = dialect == Dialect.H2 && table.equals(Migrations.HISTORY_TABLE)
                    ? n -> '"' + n + '"' : n -> n;
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + name.apply("version")
                    + " FROM " + name.apply(table) + " WHERE " + name.apply("success") + " = ? AND "
                    + name.apply("version") + " IS NOT NULL ORDER BY " + name.apply("installed_rank") + " DESC")) {
                statement.setBoolean(1, true);
                statement.setMaxRows(1);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
                }
            }
        }));
        return "jpa:" + dialect.folder() + version.map(v -> ":" + v).orElse("");
    }

    @Override
    public SortedMap<String, Long> teamTurns() {
        return tx.withEntityManager(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            SortedMap<String, Long> turns = new TreeMap<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT team, handed_out FROM crm_team_turn");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    turns.put(rows.getString(1), rows.getLong(2));
                }
            }
            return turns;
        }));
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be in [1, 1000], was " + limit);
        }
    }

    private static String tableName(BackupTable table) {
        return switch (table) {
            case PRODUCT -> "crm_product";
            case CUSTOMER -> "crm_customer";
            case CAMPAIGN -> "crm_campaign";
            case CAMPAIGN_MEMBER -> "crm_campaign_member";
            case RELATIONSHIP -> "crm_relationship";
            case OPPORTUNITY -> "crm_opportunity";
            case LEAD -> "crm_lead";
            case ACTIVITY -> "crm_activity";
            case SALE -> "crm_sale";
            case TICKET -> "crm_ticket";
            case SURVEY -> "crm_survey";
            case INVITATION -> "crm_survey_invitation";
            case RECORD_OWNER -> "crm_record_owner";
            case ESCALATION_FLAG -> "crm_ticket_escalation";
            case TEAM_TURN -> "crm_team_turn";
            case AUDIT_ENTRY -> "crm_audit_entry";
        };
    }
}
