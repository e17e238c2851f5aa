package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.campaign.CampaignMemberDetails;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.campaign.MemberCounts;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.jpa.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V3 re-keys {@code crm_campaign_member} in place: the members a V2 schema held (stored with a position column)
 * are still there afterwards, read through the new port, and the new key refuses a second row for the same
 * customer. Run on every database by {@link JpaContracts}.
 */
abstract class CampaignMemberMigrationSuite {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final UUID CAMPAIGN = new UUID(0x1000, 1);
    private static final UUID ANN = new UUID(0, 11);
    private static final UUID BOB = new UUID(0, 12);

    /** @return the database to run on */
    abstract Dialect dialect();

    @Test
    void migrateToV3_keepsTheMembers() throws SQLException {
        try (TestDatabase db = TestDatabase.create(dialect())) {
            Flyway.configure(Migrations.class.getClassLoader()).dataSource(db.dataSource())
                    .table(Migrations.HISTORY_TABLE).locations(dialect().migrationLocations().toArray(String[]::new))
                    .target("2").load().migrate();
            try (Connection c = db.dataSource().getConnection()) {
                insertV2Rows(c);
            }

            // V3 (and on MariaDB V4) and whatever later features added run: every pending migration, each once
            int pending = Flyway.configure(Migrations.class.getClassLoader()).dataSource(db.dataSource())
                    .table(Migrations.HISTORY_TABLE).locations(dialect().migrationLocations().toArray(String[]::new))
                    .load().info().pending().length;
            assertTrue(pending >= 1, "V3 is pending");
            assertEquals(pending, Migrations.migrate(db.dataSource(), dialect()));

            EntityManagerFactory factory = PersistenceUnit.create(db.dataSource(), dialect(), Entities.all());
            try {
                JpaTransactions tx = new JpaTransactions(factory);
                CampaignMemberRepository members = new JpaCampaignMemberRepository(tx, dialect(), FieldCrypto.CLEAR);
                CampaignId campaign = new CampaignId(CAMPAIGN);
                Page<CampaignMemberDetails> page = tx.inTransaction(() -> members.page(campaign,
                        PageRequest.of(0, 10)));
                assertEquals(List.of(
                        new CampaignMember(campaign, new CustomerId(ANN), T0, Optional.of(T0.plusSeconds(60)),
                                Optional.empty()),
                        new CampaignMember(campaign, new CustomerId(BOB), T0.plusSeconds(1),
                                Optional.of(T0.plusSeconds(120)), Optional.of(T0.plusSeconds(120)))),
                        page.content().stream().map(CampaignMemberDetails::member).toList());
                assertEquals(new MemberCounts(2, 2, 1), tx.inTransaction(() -> members.count(campaign)));
                DuplicateException e = assertThrows(DuplicateException.class, () -> tx.run(() -> members.addAll(
                        List.of(CampaignMember.targeted(campaign, new CustomerId(ANN), T0)))));
                assertEquals("member", e.field());
            } finally {
                factory.close();
            }
        }
    }

    private void insertV2Rows(Connection c) throws SQLException {
        for (UUID customer : List.of(ANN, BOB)) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO crm_customer (id, name, email,"
                    + " gender, lifecycle_stage, active, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, 'UNDISCLOSED', 'PROSPECT', TRUE, ?, ?, 0)")) {
                JdbcValues.setUuid(insert, 1, customer, dialect());
                insert.setString(2, "Customer " + customer.getLeastSignificantBits());
                insert.setString(3, "c" + customer.getLeastSignificantBits() + "@example.org");
                JdbcValues.setInstant(insert, 4, T0, dialect());
                JdbcValues.setInstant(insert, 5, T0, dialect());
                insert.executeUpdate();
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO crm_campaign (id, name, start_date,"
                + " end_date, audience, goal, channel, budget_amount, budget_currency, created_at, updated_at,"
                + " version) VALUES (?, 'Spring sale', ?, ?, 'everyone', 'more sales', 'EMAIL', 100, 'EUR', ?, ?,"
                + " 3)")) {
            JdbcValues.setUuid(insert, 1, CAMPAIGN, dialect());
            insert.setObject(2, LocalDate.of(2026, 3, 1));
            insert.setObject(3, LocalDate.of(2026, 3, 31));
            JdbcValues.setInstant(insert, 4, T0, dialect());
            JdbcValues.setInstant(insert, 5, T0, dialect());
            insert.executeUpdate();
        }
        // V1 and V2 kept the order of addition in seq; Bob was added after Ann but sits at position 0 here on purpose.
        insertV2Member(c, 1, ANN, T0, T0.plusSeconds(60), null);
        insertV2Member(c, 0, BOB, T0.plusSeconds(1), T0.plusSeconds(120), T0.plusSeconds(120));
    }

    private void insertV2Member(Connection c, int seq, UUID customer, Instant targeted, Instant responded,
            Instant converted) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO crm_campaign_member (campaign_id, seq,"
                + " customer_id, targeted_at, responded_at, converted_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            JdbcValues.setUuid(insert, 1, CAMPAIGN, dialect());
            insert.setInt(2, seq);
            JdbcValues.setUuid(insert, 3, customer, dialect());
            JdbcValues.setInstant(insert, 4, targeted, dialect());
            JdbcValues.setInstant(insert, 5, responded, dialect());
            JdbcValues.setInstant(insert, 6, converted, dialect());
            insert.executeUpdate();
        }
    }
}
