package org.crm4j.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Row of {@code crm_campaign} with its members in the order they were added. The status is not stored: the domain
 * derives it from the dates and the finished/cancelled timestamps.
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

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_campaign_member", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "seq")
    List<Member> members = new ArrayList<>();

    CampaignEntity() {
    }

    /** A targeted customer: when targeted, and when they responded and converted, if they did. */
    @Embeddable
    static class Member {
        @Column(name = "customer_id", nullable = false)
        UUID customerId;

        @Column(name = "targeted_at", nullable = false)
        Instant targetedAt;

        @Column(name = "responded_at")
        Instant respondedAt;

        @Column(name = "converted_at")
        Instant convertedAt;

        Member() {
        }

        Member(UUID customerId, Instant targetedAt, Instant respondedAt, Instant convertedAt) {
            this.customerId = customerId;
            this.targetedAt = targetedAt;
            this.respondedAt = respondedAt;
            this.convertedAt = convertedAt;
        }
    }
}
