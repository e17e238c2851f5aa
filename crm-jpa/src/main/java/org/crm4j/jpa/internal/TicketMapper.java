package org.crm4j.jpa.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.SaleId;
import org.crm4j.core.ticket.AssignmentChange;
import org.crm4j.core.ticket.CommentKind;
import org.crm4j.core.ticket.MeasuredTime;
import org.crm4j.core.ticket.Resolution;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketComment;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketStatus;
import org.crm4j.core.ticket.TicketStatusChange;

/**
 * Copies tickets between the domain record and {@link TicketEntity}, sealing and opening the description, the
 * resolution text and the comments' texts (all under the ticket's {@code sealed_fields} and {@code data_key_id});
 * lists oldest first.
 */
final class TicketMapper {

    private TicketMapper() {
    }

    static void copy(Ticket from, TicketEntity to, FieldCrypto crypto) {
        to.id = from.id().value();
        String row = to.id.toString();
        String keyId = crypto.notesKeyId();
        // the stored comments are in the form written now: an unchanged comment keeps its sealed text, so that
        // Hibernate, which compares the elements, does not rewrite it (sealing again draws a new nonce)
        boolean sameForm = to.sealedFields == crypto.notesMask() && java.util.Objects.equals(to.dataKeyId, keyId);
        List<TicketEntity.Comment> before = sameForm ? new ArrayList<>(to.comments) : List.of();
        int sealedBefore = to.sealedFields;
        to.customerId = from.customer().value();
        to.subject = from.subject();
        to.description = crypto.sealText(from.description(), FieldCrypto.TICKETS, row, "description", keyId);
        to.category = from.category();
        to.priority = from.priority().name();
        to.channel = from.channel().name();
        to.slaFirstResponseNanos = from.slaTargets().map(t -> t.firstResponse().toNanos()).orElse(null);
        to.slaResolutionNanos = from.slaTargets().map(t -> t.resolution().toNanos()).orElse(null);
        to.saleId = from.sale().map(SaleId::value).orElse(null);
        to.productId = from.product().map(ProductId::value).orElse(null);
        to.assignee = from.assignee().orElse(null);
        to.team = from.team().orElse(null);
        to.status = from.status().name();
        to.resolutionCode = from.resolution().map(Resolution::code).orElse(null);
        to.resolutionText = crypto.sealText(from.resolution().map(Resolution::text).orElse(null), FieldCrypto.TICKETS,
                row, "resolution_text", keyId);
        to.sealedFields = crypto.notesMask();
        to.dataKeyId = keyId;
        to.firstResponseAt = Sql.micros(from.firstResponseAt().orElse(null));
        to.firstResponseSeconds = from.firstResponseTime().map(MeasuredTime::seconds).orElse(null);
        to.firstResponseMet = from.firstResponseTime().map(MeasuredTime::met).orElse(null);
        to.resolvedAt = Sql.micros(from.resolvedAt().orElse(null));
        to.firstResponseMonth = utcMonth(to.firstResponseAt);
        to.resolutionMonth = utcMonth(to.resolvedAt);
        to.resolutionSeconds = from.resolutionTime().map(MeasuredTime::seconds).orElse(null);
        to.resolutionMet = from.resolutionTime().map(MeasuredTime::met).orElse(null);
        to.reopenCount = from.reopens();
        to.createdAt = Sql.micros(from.createdAt());
        to.createdMonth = utcMonth(to.createdAt);
        to.updatedAt = Sql.micros(from.updatedAt());
        to.version = from.version();
        List<TicketEntity.Comment> comments = new ArrayList<>(from.comments().size());
        for (TicketComment c : from.comments()) {
            int seq = comments.size();
            Instant at = Sql.micros(c.at());
            String stored = null;
            if (seq < before.size()) {
                TicketEntity.Comment old = before.get(seq);
                if (old.author.equals(c.author()) && old.kind.equals(c.kind().name()) && old.writtenAt.equals(at)
                        && c.text().equals(crypto.openText(old.text, FieldCrypto.TICKET_COMMENTS,
                                commentRow(to.id, seq), "body", sealedBefore))) {
                    stored = old.text;
                }
            }
            if (stored == null) {
                stored = crypto.sealText(c.text(), FieldCrypto.TICKET_COMMENTS, commentRow(to.id, seq), "body", keyId);
            }
            comments.add(new TicketEntity.Comment(c.author(), stored, c.kind().name(), at));
        }
        List<TicketEntity.StatusChange> history = new ArrayList<>(from.statusHistory().size());
        for (TicketStatusChange c : from.statusHistory()) {
            history.add(new TicketEntity.StatusChange(c.from().name(), c.to().name(), Sql.micros(c.at())));
        }
        List<TicketEntity.Assignment> assignments = new ArrayList<>(from.assignments().size());
        for (AssignmentChange a : from.assignments()) {
            assignments.add(new TicketEntity.Assignment(a.assignee().orElse(null), a.team().orElse(null),
                    Sql.micros(a.at())));
        }
        replace(to.comments, comments);
        replace(to.statusHistory, history);
        replace(to.assignments, assignments);
    }

    /** @return the key of a comment's row as bound into its sealed text: {@code ticketId#seq} */
    static String commentRow(java.util.UUID ticket, int seq) {
        return ticket + "#" + seq;
    }

    /** @return {@code year * 100 + month} of an instant in UTC, or null for null */
    static Integer utcMonth(Instant at) {
        if (at == null) {
            return null;
        }
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return day.getYear() * 100 + day.getMonthValue();
    }

    private static <T> void replace(List<T> target, List<T> content) {
        target.clear();
        target.addAll(content);
    }

    static Ticket toDomain(TicketEntity row, FieldCrypto crypto) {
        String id = row.id.toString();
        List<TicketComment> comments = new ArrayList<>(row.comments.size());
        for (TicketEntity.Comment c : row.comments) {
            String text = crypto.openText(c.text, FieldCrypto.TICKET_COMMENTS, commentRow(row.id, comments.size()),
                    "body", row.sealedFields);
            comments.add(new TicketComment(c.author, text, CommentKind.valueOf(c.kind), c.writtenAt));
        }
        List<TicketStatusChange> history = new ArrayList<>(row.statusHistory.size());
        for (TicketEntity.StatusChange c : row.statusHistory) {
            history.add(new TicketStatusChange(TicketStatus.valueOf(c.previous), TicketStatus.valueOf(c.current),
                    c.changedAt));
        }
        List<AssignmentChange> assignments = new ArrayList<>(row.assignments.size());
        for (TicketEntity.Assignment a : row.assignments) {
            assignments.add(new AssignmentChange(Optional.ofNullable(a.assignee), Optional.ofNullable(a.team),
                    a.assignedAt));
        }
        Optional<Resolution> resolution = row.resolutionCode == null ? Optional.empty()
                : Optional.of(new Resolution(row.resolutionCode, crypto.openText(row.resolutionText,
                        FieldCrypto.TICKETS, id, "resolution_text", row.sealedFields)));
        String description = crypto.openText(row.description, FieldCrypto.TICKETS, id, "description",
                row.sealedFields);
        return new Ticket(new TicketId(row.id), new CustomerId(row.customerId), row.subject, description,
                row.category, TicketPriority.valueOf(row.priority), TicketChannel.valueOf(row.channel),
                row.slaFirstResponseNanos == null ? Optional.empty() : Optional.of(new SlaTargets(
                        Duration.ofNanos(row.slaFirstResponseNanos), Duration.ofNanos(row.slaResolutionNanos))),
                Optional.ofNullable(row.saleId).map(SaleId::new), Optional.ofNullable(row.productId).map(ProductId::new),
                Optional.ofNullable(row.assignee), Optional.ofNullable(row.team), TicketStatus.valueOf(row.status),
                resolution, measured(row.firstResponseSeconds, row.firstResponseMet),
                measured(row.resolutionSeconds, row.resolutionMet), comments, history, assignments, row.createdAt,
                row.updatedAt, row.version);
    }

    private static Optional<MeasuredTime> measured(Long seconds, Boolean met) {
        return seconds == null ? Optional.empty() : Optional.of(new MeasuredTime(Duration.ofSeconds(seconds), met));
    }
}
