package org.crm4j.core.ticket;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * Which {@link SlaTargets} a ticket gets: one per {@link TicketPriority} (every priority needs one), optionally
 * overridden for a category. A ticket keeps the targets it got when it was opened, so a changed policy applies to
 * new tickets only.
 *
 * <pre>{@code
 * SlaPolicy policy = SlaPolicy.builder()
 *         .targets(TicketPriority.URGENT, new SlaTargets(Duration.ofHours(1), Duration.ofHours(8)))
 *         ...                                                  // LOW, NORMAL, HIGH
 *         .targets("BILLING", TicketPriority.URGENT, new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(4)))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SlaPolicy {

    /** The rule of a policy that lacks the targets of a priority. */
    public static final String EVERY_PRIORITY = "must be set for every priority";

    private final Map<TicketPriority, SlaTargets> byPriority;
    private final Map<String, Map<TicketPriority, SlaTargets>> byCategory;

    private SlaPolicy(Builder builder) {
        this.byPriority = Collections.unmodifiableMap(new EnumMap<>(builder.byPriority));
        Map<String, Map<TicketPriority, SlaTargets>> copy = new HashMap<>();
        builder.byCategory.forEach((category, targets) ->
                copy.put(category, Collections.unmodifiableMap(new EnumMap<>(targets))));
        this.byCategory = Collections.unmodifiableMap(copy);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param category the ticket's category, not null
     * @param priority the ticket's priority, not null
     * @return the category's targets for the priority if the policy has them, else the priority's
     */
    public SlaTargets targetsFor(String category, TicketPriority priority) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        SlaTargets special = byCategory.getOrDefault(category.strip(), Map.of()).get(priority);
        return special != null ? special : byPriority.get(priority);
    }

    /** Collects the targets of an {@link SlaPolicy}; not thread-safe. */
    public static final class Builder {

        private final Map<TicketPriority, SlaTargets> byPriority = new EnumMap<>(TicketPriority.class);
        private final Map<String, Map<TicketPriority, SlaTargets>> byCategory = new HashMap<>();

        private Builder() {
        }

        /**
         * @param priority a priority, not null
         * @param targets  its targets, not null; replaces earlier ones
         * @return this builder
         */
        public Builder targets(TicketPriority priority, SlaTargets targets) {
            byPriority.put(Require.nonNull("priority", priority), Require.nonNull("targets", targets));
            return this;
        }

        /**
         * @param category a category, not blank
         * @param priority a priority, not null
         * @param targets  the targets of tickets of that category and priority, not null; replaces earlier ones
         * @return this builder
         * @throws ValidationException {@code category} {@code must not be blank}
         */
        public Builder targets(String category, TicketPriority priority, SlaTargets targets) {
            String name = Require.text("category", category, 100);
            Require.nonNull("priority", priority);
            Require.nonNull("targets", targets);
            byCategory.computeIfAbsent(name, c -> new EnumMap<>(TicketPriority.class)).put(priority, targets);
            return this;
        }

        /**
         * @return the policy
         * @throws ValidationException {@code targets.<PRIORITY>} {@value #EVERY_PRIORITY}, naming the first priority
         *                             without targets
         */
        public SlaPolicy build() {
            for (TicketPriority priority : List.of(TicketPriority.values())) {
                if (!byPriority.containsKey(priority)) {
                    throw new ValidationException("targets." + priority, EVERY_PRIORITY, null);
                }
            }
            return new SlaPolicy(this);
        }
    }
}
