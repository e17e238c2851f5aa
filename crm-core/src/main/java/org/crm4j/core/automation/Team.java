package org.crm4j.core.automation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * A team of agents that tickets are assigned to. Immutable.
 *
 * @param name    1 to 100 characters, as stored in {@link org.crm4j.core.ticket.Ticket#team()}
 * @param members the agents, 1 to 100 characters each, at least one, no repeats, in turn order
 * @param lead    the agent escalations are reassigned to, 1 to 100 characters (need not be a member)
 */
public record Team(String name, List<String> members, String lead) {

    /** The rule of a team without members. */
    public static final String HAS_MEMBERS = "must have at least one member";
    /** The rule of a member listed twice. */
    public static final String UNIQUE_MEMBER = "must not be listed twice";

    /** @throws ValidationException on {@code name}, {@code members}, {@code members[i]} or {@code lead} */
    public Team {
        name = Require.text("name", name, 100);
        Require.nonNull("members", members);
        if (members.isEmpty()) {
            throw new ValidationException("members", HAS_MEMBERS, members);
        }
        Set<String> seen = new HashSet<>();
        List<String> stripped = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String member = Require.text("members[" + i + "]", members.get(i), 100);
            if (!seen.add(member)) {
                throw new ValidationException("members[" + i + "]", UNIQUE_MEMBER, member);
            }
            stripped.add(member);
        }
        members = List.copyOf(stripped);
        lead = Require.text("lead", lead, 100);
    }
}
