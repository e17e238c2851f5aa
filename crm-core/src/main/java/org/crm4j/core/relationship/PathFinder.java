package org.crm4j.core.relationship;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.customer.CustomerId;

/**
 * Breadth-first search over the relationships a query accepts, treating every relationship as an undirected edge.
 * Costs one {@link RelationshipRepository#findByCustomer(CustomerId)} per customer visited.
 */
final class PathFinder {

    /** UUIDs in unsigned order, the byte order of their text and of database UUID columns. */
    static final Comparator<UUID> UUID_ORDER = (a, b) -> {
        int most = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return most != 0 ? most : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    /** Neighbours in id order, then relationships in id order: the search is deterministic. */
    static final Comparator<Neighbour> ORDER = Comparator
            .comparing((Neighbour n) -> n.customer().value(), UUID_ORDER)
            .thenComparing(n -> n.relationship().id().value(), UUID_ORDER);

    private final RelationshipRepository relationships;

    PathFinder(RelationshipRepository relationships) {
        this.relationships = relationships;
    }

    /** The neighbours of {@code customer} through relationships {@code via} accepts on {@code day}, in order. */
    List<Neighbour> neighbours(CustomerId customer, NeighbourQuery via, LocalDate day) {
        List<Neighbour> result = new ArrayList<>();
        for (CustomerRelationship r : relationships.findByCustomer(customer)) {
            if (via.matches(r, day)) {
                result.add(new Neighbour(r.otherThan(customer), r));
            }
        }
        result.sort(ORDER);
        return result;
    }

    Optional<RelationshipPath> shortestPath(CustomerId from, CustomerId to, NeighbourQuery via, LocalDate day) {
        Map<CustomerId, Neighbour> reachedThrough = new HashMap<>();
        reachedThrough.put(from, null);
        ArrayDeque<CustomerId> frontier = new ArrayDeque<>();
        frontier.add(from);
        while (!frontier.isEmpty() && !reachedThrough.containsKey(to)) {
            CustomerId current = frontier.poll();
            for (Neighbour next : neighbours(current, via, day)) {
                if (!reachedThrough.containsKey(next.customer())) {
                    reachedThrough.put(next.customer(), new Neighbour(current, next.relationship()));
                    frontier.add(next.customer());
                }
            }
        }
        if (!reachedThrough.containsKey(to)) {
            return Optional.empty();
        }
        List<CustomerId> customers = new ArrayList<>();
        List<CustomerRelationship> links = new ArrayList<>();
        CustomerId step = to;
        customers.add(step);
        for (Neighbour back = reachedThrough.get(step); back != null; back = reachedThrough.get(step)) {
            links.add(back.relationship());
            step = back.customer();
            customers.add(step);
        }
        Collections.reverse(customers);
        Collections.reverse(links);
        return Optional.of(new RelationshipPath(customers, links));
    }
}
