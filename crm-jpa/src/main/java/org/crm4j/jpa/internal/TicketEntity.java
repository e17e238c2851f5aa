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
import org.hibernate.annotations.BatchSize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of {@code crm_ticket} with its comment thread, status history and assignment history; mapped. */
@Entity(name = "Ticket")
@Table(name = "crm_ticket")
class TicketEntity {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "customer_id", nullable = false)
    UUID customerId;

    @Column(name = "subject", nullable = false, length = 200)
    String subject;

    /** Clear or sealed as {@link #sealedFields} says, like the resolution text and the comments (V25). */
    @Column(name = "description", nullable = false, length = 22_000)
    String description;

    @Column(name = "category", nullable = false, length = 50)
    String category;

    @Column(name = "priority", nullable = false, length = 16)
    String priority;

    @Column(name = "channel", nullable = false, length = 16)
    String channel;

    @Column(name = "sla_first_response_nanos")
    Long slaFirstResponseNanos;

    @Column(name = "sla_resolution_nanos")
    Long slaResolutionNanos;

    @Column(name = "sale_id")
    UUID saleId;

    @Column(name = "product_id")
    UUID productId;

    @Column(name = "assignee", length = 100)
    String assignee;

    @Column(name = "team", length = 100)
    String team;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "resolution_code", length = 50)
    String resolutionCode;

    @Column(name = "resolution_text", length = 22_000)
    String resolutionText;

    /** {@link org.crm4j.jpa.PersonalField#NOTES}'s bit if the free texts of the row (description, resolution text, comments) are sealed, else 0 (V25). */
    @Column(name = "sealed_fields", nullable = false)
    int sealedFields;

    /** The data key of the sealed free texts, or null for a row in clear (V25). */
    @Column(name = "data_key_id", length = 64)
    String dataKeyId;

    @Column(name = "first_response_at")
    Instant firstResponseAt;

    @Column(name = "first_response_seconds")
    Long firstResponseSeconds;

    @Column(name = "first_response_met")
    Boolean firstResponseMet;

    @Column(name = "resolved_at")
    Instant resolvedAt;

    /** {@code year * 100 + month} of {@link #createdAt} in UTC, stored for the reports by month of opening (V24). */
    @Column(name = "created_month", nullable = false)
    int createdMonth;

    /** {@code year * 100 + month} of {@link #firstResponseAt} in UTC, stored to lead an index (V24). */
    @Column(name = "first_response_month")
    Integer firstResponseMonth;

    /** {@code year * 100 + month} of {@link #resolvedAt} in UTC, stored to lead an index (V24). */
    @Column(name = "resolution_month")
    Integer resolutionMonth;

    @Column(name = "resolution_seconds")
    Long resolutionSeconds;

    @Column(name = "resolution_met")
    Boolean resolutionMet;

    /** Derived from the status history, stored for the reports. */
    @Column(name = "reopen_count", nullable = false)
    int reopenCount;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** Checked and raised by the repository's conditional UPDATE, see {@link Repositories}. */
    @Column(name = "version", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_ticket_comment", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderColumn(name = "seq")
    @BatchSize(size = 500)
    List<Comment> comments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_ticket_status_change", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderColumn(name = "seq")
    @BatchSize(size = 500)
    List<StatusChange> statusHistory = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_ticket_assignment", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderColumn(name = "seq")
    @BatchSize(size = 500)
    List<Assignment> assignments = new ArrayList<>();

    TicketEntity() {
    }

    /** One comment of the thread. */
    @Embeddable
    static class Comment {
        @Column(name = "author", nullable = false, length = 100)
        String author;

        /** Clear or sealed as the ticket's {@code sealedFields} says. */
        @Column(name = "body", nullable = false, length = 22_000)
        String text;

        @Column(name = "kind", nullable = false, length = 16)
        String kind;

        @Column(name = "written_at", nullable = false)
        Instant writtenAt;

        Comment() {
        }

        Comment(String author, String text, String kind, Instant writtenAt) {
            this.author = author;
            this.text = text;
            this.kind = kind;
            this.writtenAt = writtenAt;
        }
    }

    /** One status move. */
    @Embeddable
    static class StatusChange {
        @Column(name = "previous_status", nullable = false, length = 16)
        String previous;

        @Column(name = "current_status", nullable = false, length = 16)
        String current;

        @Column(name = "changed_at", nullable = false)
        Instant changedAt;

        StatusChange() {
        }

        StatusChange(String previous, String current, Instant changedAt) {
            this.previous = previous;
            this.current = current;
            this.changedAt = changedAt;
        }
    }

    /** One (re)assignment. */
    @Embeddable
    static class Assignment {
        @Column(name = "assignee", length = 100)
        String assignee;

        @Column(name = "team", length = 100)
        String team;

        @Column(name = "assigned_at", nullable = false)
        Instant assignedAt;

        Assignment() {
        }

        Assignment(String assignee, String team, Instant assignedAt) {
            this.assignee = assignee;
            this.team = team;
            this.assignedAt = assignedAt;
        }
    }
}
