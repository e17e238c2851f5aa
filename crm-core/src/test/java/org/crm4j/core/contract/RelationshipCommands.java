package org.crm4j.core.contract;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.crm4j.core.contract.Commands.Invalid;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipStatus;
import org.crm4j.core.relationship.RelationshipType;

/**
 * jqwik generators of valid and invalid {@link NewRelationship} commands between the customers
 * {@link Fixtures#customerId(long) customerId(1)} to {@code customerId(customers)}: the ids a CRM with an
 * {@link org.crm4j.core.IdGenerator#sequence() id sequence} gives its first customers.
 */
public final class RelationshipCommands {

    private RelationshipCommands() {
    }

    /**
     * @param customers how many customers there are, at least 2
     * @return commands between two different customers, valid from a year before to a year after
     *         {@link Commands#TODAY}, open-ended or ending 1 to 400 days later
     */
    public static Arbitrary<NewRelationship> validNewRelationships(int customers) {
        Arbitrary<Long> one = Arbitraries.longs().between(1, customers);
        Arbitrary<LocalDate> from = Arbitraries.integers().between(-366, 366).map(Commands.TODAY::plusDays);
        Arbitrary<Optional<Integer>> days = Arbitraries.integers().between(1, 400).optional(0.5);
        return Combinators.combine(one, one, Arbitraries.of(RelationshipType.class),
                Arbitraries.of(RelationshipStatus.class), from, days)
                .filter((a, b, type, status, start, length) -> !a.equals(b))
                .as((a, b, type, status, start, length) -> new NewRelationship(Fixtures.customerId(a),
                        Fixtures.customerId(b), type, status, start, length.map(start::plusDays)));
    }

    /**
     * @param customers how many customers there are, at least 2
     * @return commands the relationship service must refuse, each with one broken field: a customer related to
     *         itself ({@code to}) or a period ending on or before its first day ({@code validTo})
     */
    public static Arbitrary<Invalid<NewRelationship>> invalidNewRelationships(int customers) {
        Arbitrary<Integer> daysBefore = Arbitraries.integers().between(0, 3_000);
        return Combinators.combine(validNewRelationships(customers), Arbitraries.integers().between(0, 1), daysBefore)
                .as((r, which, before) -> which == 0
                        ? new Invalid<>(new NewRelationship(r.from(), r.from(), r.type(), r.status(), r.validFrom(),
                                r.validTo()), "to")
                        : new Invalid<>(new NewRelationship(r.from(), r.to(), r.type(), r.status(), r.validFrom(),
                                Optional.of(r.validFrom().minusDays(before))), "validTo"));
    }

    /**
     * @param customers how many customers there are
     * @return one of their ids
     */
    public static Arbitrary<CustomerId> customers(int customers) {
        return Arbitraries.longs().between(1, customers).map(Fixtures::customerId);
    }
}
