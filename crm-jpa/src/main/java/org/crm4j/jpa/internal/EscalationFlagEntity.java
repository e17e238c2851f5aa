package org.crm4j.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Row of {@code crm_ticket_escalation}: one (ticket, target, level) escalated; mapped. */
@Entity(name = "EscalationFlag")
@Table(name = "crm_ticket_escalation")
class EscalationFlagEntity {

    @EmbeddedId
    Key id;

    @Column(name = "escalated_at", nullable = false)
    Instant escalatedAt;

    EscalationFlagEntity() {
    }

    /** The primary key. */
    @Embeddable
    static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "ticket_id", nullable = false)
        UUID ticketId;

        @Column(name = "sla_target", nullable = false, length = 16)
        String target;

        @Column(name = "escalation_level", nullable = false, length = 16)
        String level;

        Key() {
        }

        Key(UUID ticketId, String target, String level) {
            this.ticketId = ticketId;
            this.target = target;
            this.level = level;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && ticketId.equals(k.ticketId) && target.equals(k.target)
                    && level.equals(k.level);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ticketId, target, level);
        }
    }
}
