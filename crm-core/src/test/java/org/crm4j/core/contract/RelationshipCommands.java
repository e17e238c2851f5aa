package org.crm4j.core.contract;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.Optional;
import org.crm4j.core.contract.Commands.Invalid;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipStatus;
import org.crm4j.core.relationship.RelationshipType;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid and invalid {@link NewRelationship} commands between the customers
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
    public static Gen<NewRelationship> validNewRelationships(int customers) {
        if (customers < 2) {
            throw new IllegalArgumentException("customers must be >= 2, was " + customers);
        }
        Gen<Long> one = longs().between(1, customers);
        Gen<Long> other = longs().between(1, customers - 1);
        Gen<RelationshipType> types = Generate.enumValues(RelationshipType.class);
        Gen<RelationshipStatus> statuses = Generate.enumValues(RelationshipStatus.class);
        Gen<LocalDate> from = integers().between(-366, 366).map(Commands.TODAY::plusDays);
        Gen<Optional<Integer>> days = integers().between(1, 400).toOptionals(50);
        return in -> {
            long a = one.generate(in);
            long b = other.generate(in);
            long to = b < a ? b : b + 1; // every customer but a, equally often
            LocalDate start = from.generate(in);
            return new NewRelationship(Fixtures.customerId(a), Fixtures.customerId(to), types.generate(in),
                    statuses.generate(in), start, days.generate(in).map(start::plusDays));
        };
    }

    /**
     * @param customers how many customers there are, at least 2
     * @return commands the relationship service must refuse, each with one broken field: a customer related to
     *         itself ({@code to}) or a period ending on or before its first day ({@code validTo})
     */
    public static Gen<Invalid<NewRelationship>> invalidNewRelationships(int customers) {
        Gen<NewRelationship> valid = validNewRelationships(customers);
        Gen<Integer> which = integers().between(0, 1);
        Gen<Integer> daysBefore = integers().between(0, 3_000);
        return in -> {
            NewRelationship r = valid.generate(in);
            return which.generate(in) == 0
                    ? new Invalid<>(new NewRelationship(r.from(), r.from(), r.type(), r.status(), r.validFrom(),
                            r.validTo()), "to")
                    : new Invalid<>(new NewRelationship(r.from(), r.to(), r.type(), r.status(), r.validFrom(),
                            Optional.of(r.validFrom().minusDays(daysBefore.generate(in)))), "validTo");
        };
    }

    /**
     * @param customers how many customers there are
     * @return one of their ids
     */
    public static Gen<CustomerId> customers(int customers) {
        return longs().between(1, customers).map(Fixtures::customerId);
    }
}
