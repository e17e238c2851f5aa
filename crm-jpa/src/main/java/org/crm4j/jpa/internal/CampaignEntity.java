package org.crm4j.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code crm_campaign} with its members; mapped. */
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

    @Column(name = "target_segment", nullable = false, length = 200)
    String targetSegment;

    @Column(name = "channel", nullable = false, length = 16)
    String channel;

    @Column(name = "budget_amount", nullable = false, precision = 19, scale = 4)
    BigDecimal budgetAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "budget_currency", nullable = false, length = 3)
    String budgetCurrency;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** Members by customer id. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_campaign_member", joinColumns = @JoinColumn(name = "campaign_id"))
    @MapKeyColumn(name = "customer_id")
    Map<UUID, Member> members = new HashMap<>();

    CampaignEntity() {
    }

    /** A targeted customer and when they responded and converted, if they did. */
    @Embeddable
    static class Member {
        @Column(name = "responded_at")
        Instant respondedAt;

        @Column(name = "converted_at")
        Instant convertedAt;

        Member() {
        }

        Member(Instant respondedAt, Instant convertedAt) {
            this.respondedAt = respondedAt;
            this.convertedAt = convertedAt;
        }
    }
}
