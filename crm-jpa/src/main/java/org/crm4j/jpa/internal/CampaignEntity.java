package org.crm4j.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Row of {@code crm_campaign}. The status is not stored: the domain derives it from the dates and the
 * finished/cancelled timestamps. Members are rows of {@code crm_campaign_member}, written by
 * {@link JpaCampaignMemberRepository} in plain JDBC, not mapped here.
 */
@Entity(name = "Campaign")
@Table(name = "crm_campaign")
class CampaignEntity {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "start_date", nullable = false)
    LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    LocalDate endDate;

    @Column(name = "audience", nullable = false, length = 1000)
    String audience;

    @Column(name = "goal", nullable = false, length = 1000)
    String goal;

    @Column(name = "channel", nullable = false, length = 16)
    String channel;

    @Column(name = "budget_amount", nullable = false, precision = 19, scale = 4)
    BigDecimal budgetAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "budget_currency", nullable = false, length = 3)
    String budgetCurrency;

    @Column(name = "finished_at")
    Instant finishedAt;

    @Column(name = "cancelled_at")
    Instant cancelledAt;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** Checked and raised by the repository's conditional UPDATE, see {@link Repositories}. */
    @Column(name = "version", nullable = false)
    long version;

    CampaignEntity() {
    }
}
