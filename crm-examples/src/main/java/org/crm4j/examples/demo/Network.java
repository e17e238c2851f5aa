package org.crm4j.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipStatus;
import org.crm4j.core.relationship.RelationshipType;

/**
 * Writes relationships between customers: friends, colleagues and clients, three for every ten customers,
 * established after both joined. A relationship of a customer who lapses deteriorates 10 to 60 days before they stop
 * buying; one in ten of the others becomes FAIR.
 */
final class Network {

    private static final RelationshipType[] TYPES = RelationshipType.values();
    private static final double[] TYPE_WEIGHTS = {50, 30, 20};

    private final Context ctx;
    private final Draw draw;

    Network(Context ctx, Draw draw) {
        this.ctx = ctx;
        this.draw = draw;
    }

    /** @return the relationships written */
    int write() {
        int customers = ctx.people.size();
        int wanted = customers * 3 / 10;
        Set<Long> pairs = new HashSet<>();
        int written = 0;
        LocalDate lastDay = LocalDate.ofInstant(ctx.end, ZoneOffset.UTC);
        for (int attempt = 0; written < wanted && attempt < wanted * 4; attempt++) {
            int a = draw.between(0, customers);
            int b = draw.between(0, customers);
            if (a == b || !pairs.add((long) Math.min(a, b) * customers + Math.max(a, b))) {
                continue;
            }
            People.Planned from = ctx.people.get(a);
            People.Planned to = ctx.people.get(b);
            Instant both = from.joined().isAfter(to.joined()) ? from.joined() : to.joined();
            LocalDate validFrom = LocalDate.ofInstant(both, ZoneOffset.UTC).plusDays(draw.between(1, 60));
            if (!validFrom.isBefore(lastDay)) {
                continue;
            }
            RelationshipType type = TYPES[draw.weighted(TYPE_WEIGHTS, 100)];
            Instant established = validFrom.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(10));
            ctx.at(established);
            CustomerRelationship relationship = ctx.crm.relationships().establish(NewRelationship.of(
                    ctx.customers.get(a), ctx.customers.get(b), type, validFrom));
            written++;
            Instant lapse = from.lapsed().or(to::lapsed).orElse(null);
            if (lapse != null) {
                Instant worse = lapse.minus(Duration.ofDays(draw.between(10, 61)));
                if (worse.isAfter(established) && worse.isBefore(ctx.end)) {
                    ctx.at(worse);
                    ctx.crm.relationships().changeStatus(relationship.id(), RelationshipStatus.DETERIORATING);
                }
            } else if (draw.chance(0.1)) {
                Instant fair = draw.instant(established, ctx.end);
                ctx.at(fair);
                ctx.crm.relationships().changeStatus(relationship.id(), RelationshipStatus.FAIR);
            }
        }
        ctx.done("established " + written + " relationships");
        return written;
    }
}
