package org.crm4j.jpa.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.campaign.CampaignMemberDetails;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.campaign.CampaignMemberSort;
import org.crm4j.core.campaign.ControlGroup;
import org.crm4j.core.campaign.MemberCounts;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.jpa.PersonalDataEncryption;
import org.crm4j.jpa.PersonalField;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * {@link CampaignMemberRepository} on JPA: one row of {@code crm_campaign_member} per member (primary key campaign
 * and customer), read and written in plain JDBC on the transaction's connection, so that no entity is loaded and
 * nothing is flushed or dirty-checked. {@link #addAll} is one JDBC batch of INSERTs, {@link #update} one UPDATE of
 * one row, {@link #count} one aggregate query, {@link #page} one COUNT and one SELECT joined with the customers.
 */
final class JpaCampaignMemberRepository implements CampaignMemberRepository {

    private static final String FIELD = "member";
    private static final String COLUMNS = "m.campaign_id, m.customer_id, m.targeted_at, m.responded_at,"
            + " m.converted_at, m.control_group";
    private static final String INSERT = "INSERT INTO crm_campaign_member (campaign_id, customer_id, targeted_at,"
            + " responded_at, converted_at, control_group) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CONTROL_GROUP = "INSERT INTO crm_campaign_control_group (campaign_id, share,"
            + " seed) VALUES (?, ?, ?)";
    private static final String CONTROL_GROUP = "SELECT share, seed FROM crm_campaign_control_group"
            + " WHERE campaign_id = ?";
    private static final String LOCK = "SELECT " + COLUMNS + " FROM crm_campaign_member m"
            + " WHERE m.campaign_id = ? AND m.customer_id = ? FOR UPDATE";
    private static final String UPDATE = "UPDATE crm_campaign_member SET responded_at = ?, converted_at = ?"
            + " WHERE campaign_id = ? AND customer_id = ?";
    /** Contacted, their responses and conversions; held out and their conversions (COUNT ignores NULL). */
    private static final String COUNT = "SELECT COUNT(CASE WHEN NOT control_group THEN 1 END),"
            + " COUNT(CASE WHEN NOT control_group THEN responded_at END),"
            + " COUNT(CASE WHEN NOT control_group THEN converted_at END),"
            + " COUNT(CASE WHEN control_group THEN 1 END), COUNT(CASE WHEN control_group THEN converted_at END)"
            + " FROM crm_campaign_member WHERE campaign_id = ?";

    private final JpaTransactions tx;
    private final Dialect dialect;
    private final FieldCrypto crypto;

    JpaCampaignMemberRepository(JpaTransactions tx, Dialect dialect, FieldCrypto crypto) {
        this.crypto = crypto;
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public void addAll(List<CampaignMember> members) {
        Objects.requireNonNull(members, "members");
        members.forEach(member -> Objects.requireNonNull(member, "member"));
        if (members.isEmpty()) {
            return;
        }
        jdbc(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (CampaignMember member : members) {
                    JdbcValues.setUuid(insert, 1, member.campaign().value(), dialect);
                    JdbcValues.setUuid(insert, 2, member.customer().value(), dialect);
                    JdbcValues.setInstant(insert, 3, member.targetedAt(), dialect);
                    JdbcValues.setInstant(insert, 4, member.respondedAt().orElse(null), dialect);
                    JdbcValues.setInstant(insert, 5, member.convertedAt().orElse(null), dialect);
                    insert.setBoolean(6, member.control());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** {@code SELECT ... FOR UPDATE}: the row lock holds concurrent changes of this member until commit. */
    @Override
    public Optional<CampaignMember> lock(CampaignId campaign, CustomerId customer) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(customer, "customer");
        return jdbc(connection -> {
            try (PreparedStatement select = connection.prepareStatement(LOCK)) {
                JdbcValues.setUuid(select, 1, campaign.value(), dialect);
                JdbcValues.setUuid(select, 2, customer.value(), dialect);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(member(row)) : Optional.<CampaignMember>empty();
                }
            }
        });
    }

    @Override
    public void update(CampaignMember member) {
        Objects.requireNonNull(member, "member");
        int rows = jdbc(connection -> {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                JdbcValues.setInstant(update, 1, member.respondedAt().orElse(null), dialect);
                JdbcValues.setInstant(update, 2, member.convertedAt().orElse(null), dialect);
                JdbcValues.setUuid(update, 3, member.campaign().value(), dialect);
                JdbcValues.setUuid(update, 4, member.customer().value(), dialect);
                return update.executeUpdate();
            }
        });
        if (rows == 0) {
            throw new NotFoundException(FIELD, member.customer());
        }
    }

    @Override
    public Page<CampaignMemberDetails> page(CampaignId campaign, PageRequest<CampaignMemberSort> request) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(request, "request");
        String order = Sql.orderBy(request, key -> switch (key) {
            case ID -> "m.customer_id";
            case TARGETED_AT -> "m.targeted_at";
            case NAME -> Sql.lowerTextOrder(dialect, "c.name");
        }, "m.customer_id");
        if (request.sort().map(Sort::key).orElse(null) == CampaignMemberSort.NAME
                && crypto.encrypts(PersonalField.NAME)) {
            throw new ValidationException("sort.key", PersonalDataEncryption.NOT_SEARCHABLE, CampaignMemberSort.NAME);
        }
        String select = "SELECT " + COLUMNS + ", c.name, c.email, c.active, c.sealed_fields"
                + " FROM crm_campaign_member m"
                + " JOIN crm_customer c ON c.id = m.customer_id WHERE m.campaign_id = ? ORDER BY " + order
                + " LIMIT " + request.size() + " OFFSET " + request.offset();
        return jdbc(connection -> {
            long total = count(connection, campaign).members();
            List<CampaignMemberDetails> content = new ArrayList<>();
            try (PreparedStatement page = connection.prepareStatement(select)) {
                JdbcValues.setUuid(page, 1, campaign.value(), dialect);
                try (ResultSet row = page.executeQuery()) {
                    while (row.next()) {
                        CampaignMember member = member(row);
                        UUID customer = member.customer().value();
                        int sealed = row.getInt("sealed_fields");
                        content.add(new CampaignMemberDetails(member,
                                crypto.open(PersonalField.NAME, row.getString("name"), customer, sealed),
                                EmailAddress.of(crypto.open(PersonalField.EMAIL, row.getString("email"), customer,
                                        sealed)), row.getBoolean("active")));
                    }
                }
            }
            return new Page<>(content, request.page(), request.size(), total);
        });
    }

    @Override
    public MemberCounts count(CampaignId campaign) {
        Objects.requireNonNull(campaign, "campaign");
        return jdbc(connection -> count(connection, campaign));
    }

    private MemberCounts count(Connection connection, CampaignId campaign) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(COUNT)) {
            JdbcValues.setUuid(count, 1, campaign.value(), dialect);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return new MemberCounts(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5));
            }
        }
    }

    /** One INSERT; the primary key on the campaign finds a second control group, the foreign key a missing campaign. */
    @Override
    public void saveControlGroup(CampaignId campaign, ControlGroup controlGroup) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(controlGroup, "controlGroup");
        tx.withEntityManager(em -> {
            try {
                return em.unwrap(Session.class).doReturningWork(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(INSERT_CONTROL_GROUP)) {
                        JdbcValues.setUuid(insert, 1, campaign.value(), dialect);
                        insert.setDouble(2, controlGroup.share());
                        insert.setLong(3, controlGroup.seed());
                        return insert.executeUpdate();
                    }
                });
            } catch (RuntimeException e) {
                throw PersistenceErrors.translate(e, "controlGroup", campaign);
            }
        });
    }

    @Override
    public Optional<ControlGroup> controlGroup(CampaignId campaign) {
        Objects.requireNonNull(campaign, "campaign");
        return jdbc(connection -> {
            try (PreparedStatement select = connection.prepareStatement(CONTROL_GROUP)) {
                JdbcValues.setUuid(select, 1, campaign.value(), dialect);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(ControlGroup.of(row.getDouble(1), row.getLong(2)))
                            : Optional.<ControlGroup>empty();
                }
            }
        });
    }

    /**
     * Reads a member row. A held-out member's {@code responded_at} is ignored: before held-out members were refused
     * responses (issue 19), converting one also stored its conversion time as a response, which it never was.
     */
    private CampaignMember member(ResultSet row) throws SQLException {
        boolean control = row.getBoolean("control_group");
        Instant responded = control ? null : JdbcValues.getInstant(row, "responded_at", dialect);
        return new CampaignMember(new CampaignId(JdbcValues.getUuid(row, "campaign_id", dialect)),
                new CustomerId(JdbcValues.getUuid(row, "customer_id", dialect)),
                JdbcValues.getInstant(row, "targeted_at", dialect), Optional.ofNullable(responded),
                Optional.ofNullable(JdbcValues.getInstant(row, "converted_at", dialect)), control);
    }

    /** Runs JDBC work on the transaction's connection; a taken primary key is a duplicate {@code member}. */
    private <T> T jdbc(ReturningWork<T> work) {
        return tx.withEntityManager(em -> {
            try {
                return em.unwrap(Session.class).doReturningWork(work);
            } catch (RuntimeException e) {
                throw PersistenceErrors.translate(e, FIELD, null);
            }
        });
    }

    @Override
    public List<CampaignMember> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return jdbc(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM crm_campaign_member m WHERE m.customer_id = ? ORDER BY m.targeted_at, m.campaign_id")) {
                JdbcValues.setUuid(select, 1, customer.value(), dialect);
                List<CampaignMember> members = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        members.add(member(row));
                    }
                }
                return members;
            }
        });
    }
}
