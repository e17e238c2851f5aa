package org.crm4j.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.audit.AuditEntry;
import org.crm4j.jpa.testing.RowWriteCounter;
import org.crm4j.jpa.testing.TestDatabase;

/**
 * One migrated test database and entity manager factory per dialect for the whole test run (they are expensive
 * to build), emptied before every test by {@link #emptyPorts()}. The databases are dropped when the test JVM
 * exits.
 */
public final class JpaTestFixture {

    /** Child tables first, so that deleting in this order never violates a foreign key. */
    private static final List<String> TABLES = List.of("crm_audit_entry", "crm_record_owner", "crm_survey_score",
            "crm_survey_invitation", "crm_survey_question", "crm_survey", "crm_ticket_escalation", "crm_team_turn",
            "crm_ticket_comment",
            "crm_ticket_status_change", "crm_ticket_assignment", "crm_ticket", "crm_activity", "crm_lead_status_change", "crm_lead", "crm_opportunity_line_item",
            "crm_opportunity_stage_change", "crm_opportunity", "crm_relationship_status_change", "crm_relationship",
            "crm_campaign_member", "crm_campaign_control_group", "crm_sale", "crm_campaign", "crm_customer_stage_change", "crm_customer_consent",
            "crm_customer_tag", "crm_customer", "crm_product");

    private static final Map<Dialect, JpaTestFixture> OPEN = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.values().forEach(JpaTestFixture::close),
                "crm4j-test-databases"));
    }

    private final Dialect dialect;
    private final TestDatabase database;
    private final EntityManagerFactory factory;
    private final RowWriteCounter memberWrites = new RowWriteCounter("crm_campaign_member");
    private EntityManagerFactory countingFactory;

    private JpaTestFixture(Dialect dialect) {
        this.dialect = dialect;
        this.database = TestDatabase.create(dialect);
        try {
            Migrations.migrate(database.dataSource(), dialect);
            this.factory = PersistenceUnit.create(database.dataSource(), dialect, Entities.all());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * The fixture of a dialect, created on first use.
     *
     * @param dialect the database
     * @return the fixture
     * @throws IllegalStateException if the database server cannot be reached
     */
    public static JpaTestFixture on(Dialect dialect) {
        return OPEN.computeIfAbsent(dialect, JpaTestFixture::new);
    }

    /** @return fresh ports over the emptied database */
    public CrmPorts emptyPorts() {
        clean();
        return JpaPorts.create(factory, dialect);
    }

    /**
     * @param crypto how personal columns are stored
     * @return fresh ports over the emptied database that store personal data through {@code crypto}
     */
    public CrmPorts emptyPorts(FieldCrypto crypto) {
        clean();
        return JpaPorts.create(factory, dialect, crypto);
    }

    /**
     * @param crypto how personal columns are stored
     * @return ports over the database as it is (not emptied)
     */
    public CrmPorts ports(FieldCrypto crypto) {
        return JpaPorts.create(factory, dialect, crypto);
    }

    /**
     * Ports over the emptied database whose connections count the rows written to {@code crm_campaign_member}
     * and every statement executed ({@link #memberWrites()}); a second entity manager factory, created on first
     * use.
     *
     * @return fresh ports; the counts are reset
     */
    public synchronized CrmPorts emptyPortsCountingMemberWrites() {
        clean();
        if (countingFactory == null) {
            countingFactory = PersistenceUnit.create(memberWrites.wrap(database.dataSource()), dialect,
                    Entities.all());
        }
        memberWrites.reset();
        return JpaPorts.create(countingFactory, dialect);
    }

    /** @return the rows written to {@code crm_campaign_member} through {@link #emptyPortsCountingMemberWrites()} */
    public RowWriteCounter memberWrites() {
        return memberWrites;
    }

    /** @return the dialect */
    public Dialect dialect() {
        return dialect;
    }

    /** @return the data source of the test database */
    public DataSource dataSource() {
        return database.dataSource();
    }

    /** @return the entity manager factory */
    public EntityManagerFactory factory() {
        return factory;
    }

    /**
     * Reads rows with plain JDBC, bypassing crm4j, as a test that checks what is stored needs them.
     *
     * @param select a query
     * @return every row, each as its columns' text by lower-case column label
     */
    public List<Map<String, String>> rows(String select) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(select)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Map<String, String>> all = new ArrayList<>();
            while (rows.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rows.getString(i));
                }
                all.add(row);
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException(select, e);
        }
    }

    /**
     * Changes rows with plain JDBC, behind crm4j's back (to tamper with stored values).
     *
     * @param update a statement with {@code ?} for each of {@code values}
     * @param values its text parameters, in order
     * @return the rows changed
     */
    public int update(String update, String... values) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(update)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(update, e);
        }
    }

    /** Deletes every row of every crm4j table. */
    public void clean() {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            // returns first: InnoDB checks the self-reference of crm_sale row by row
            statement.executeUpdate("DELETE FROM crm_sale WHERE return_of IS NOT NULL");
            for (String table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            statement.executeUpdate("UPDATE crm_audit_head SET last_sequence = 0, last_hash = '"
                    + AuditEntry.GENESIS + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the " + dialect + " test database", e);
        }
    }

    private void close() {
        try {
            if (countingFactory != null) {
                countingFactory.close();
            }
            factory.close();
        } finally {
            database.close();
        }
    }
}
