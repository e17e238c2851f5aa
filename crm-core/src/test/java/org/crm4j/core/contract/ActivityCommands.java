package org.crm4j.core.contract;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.activity.ActivityType;
import org.crm4j.core.activity.NewActivity;
import org.crm4j.core.contract.Commands.Invalid;
import org.crm4j.core.customer.CustomerId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid and invalid {@link NewActivity} commands about the customers
 * {@link Fixtures#customerId(long) customerId(1)} to {@code customerId(customers)}, at {@link Fixtures#NOW}.
 */
public final class ActivityCommands {

    private static final List<ActivityType> TIMED = List.of(ActivityType.CALL, ActivityType.EMAIL,
            ActivityType.MEETING, ActivityType.NOTE);

    private ActivityCommands() {
    }

    /**
     * @param customers how many customers there are, at least 1
     * @return commands the activity service must accept: a call, e-mail, meeting or note up to a year before
     *         {@link Fixtures#NOW} (microsecond times), or a task due within 100 days of {@link Commands#TODAY};
     *         with or without a body; about one customer
     */
    public static Gen<NewActivity> validNewActivities(int customers) {
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be >= 1, was " + customers);
        }
        Gen<CustomerId> customer = longs().between(1, customers).map(Fixtures::customerId);
        Gen<ActivityType> types = Generate.enumValues(ActivityType.class);
        Gen<String> subjects = Commands.names();
        Gen<Optional<String>> bodies = Text.strings(Text.range('a', 'z') + " .,\n", 1, 500).toOptionals(60);
        Gen<Instant> times = longs().between(0, 365L * 24 * 3600 * 1_000_000)
                .map(micros -> Fixtures.NOW.minus(Duration.ofNanos(micros * 1000)));
        Gen<LocalDate> due = integers().between(-100, 100).map(Commands.TODAY::plusDays);
        return in -> {
            ActivityType type = types.generate(in);
            boolean task = type == ActivityType.TASK;
            return new NewActivity(type, subjects.generate(in), bodies.generate(in),
                    Optional.of(customer.generate(in)), Optional.empty(), Optional.empty(),
                    task ? Optional.empty() : Optional.of(times.generate(in)),
                    task ? Optional.of(due.generate(in)) : Optional.empty());
        };
    }

    /**
     * @param customers as for {@link #validNewActivities(int)}
     * @return commands the activity service must refuse, each with one broken field: linked to nothing
     *         ({@code link}), a blank subject ({@code subject}), a body over 10 000 characters ({@code body}), a
     *         time in the future or a task with a time ({@code occurredAt}), a task without due date or another
     *         type with one ({@code dueDate})
     */
    public static Gen<Invalid<NewActivity>> invalidNewActivities(int customers) {
        Gen<NewActivity> valid = validNewActivities(customers);
        Gen<Long> secondsAhead = longs().between(1, 10L * 365 * 24 * 3600);
        Gen<ActivityType> timed = Generate.pick(TIMED);
        Gen<Integer> which = integers().between(0, 6);
        return in -> {
            NewActivity a = valid.generate(in);
            return switch (which.generate(in)) {
                case 0 -> new Invalid<>(new NewActivity(a.type(), a.subject(), a.body(), Optional.empty(),
                        Optional.empty(), Optional.empty(), a.occurredAt(), a.dueDate()), "link");
                case 1 -> new Invalid<>(new NewActivity(a.type(), "  ", a.body(), a.customer(), a.lead(),
                        a.opportunity(), a.occurredAt(), a.dueDate()), "subject");
                case 2 -> new Invalid<>(a.withBody("b".repeat(10_001)), "body");
                case 3 -> new Invalid<>(new NewActivity(timed.generate(in), a.subject(), a.body(), a.customer(),
                        a.lead(), a.opportunity(), Optional.of(Fixtures.NOW.plusSeconds(secondsAhead.generate(in))),
                        Optional.empty()), "occurredAt");
                case 4 -> new Invalid<>(new NewActivity(ActivityType.TASK, a.subject(), a.body(), a.customer(),
                        a.lead(), a.opportunity(), Optional.of(Fixtures.NOW), Optional.of(Commands.TODAY)),
                        "occurredAt");
                case 5 -> new Invalid<>(new NewActivity(ActivityType.TASK, a.subject(), a.body(), a.customer(),
                        a.lead(), a.opportunity(), Optional.empty(), Optional.empty()), "dueDate");
                default -> new Invalid<>(new NewActivity(timed.generate(in), a.subject(), a.body(), a.customer(),
                        a.lead(), a.opportunity(), Optional.of(Fixtures.NOW), Optional.of(Commands.TODAY)),
                        "dueDate");
            };
        };
    }
}
